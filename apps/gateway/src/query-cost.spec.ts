import { createPortalRepositories } from '@egov/portal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from './test-gateway';

/** Statements the database received while one request was answered. */
async function statementsFor(gateway: RunningGateway, log: string[], query: string): Promise<{ statements: number; data: unknown }> {
  log.length = 0;
  const { body } = await gateway.graphql(query);
  expect(body.errors).toBeUndefined();
  return { statements: log.length, data: body.data };
}

describe('SQL statements per request, over HTTP', () => {
  const log: string[] = [];
  let gateway: RunningGateway;

  beforeAll(async () => {
    gateway = await startTestGateway({ onQuery: (sql) => log.push(sql), responseCache: null });
  });
  afterAll(() => gateway.stop());

  it('answers a 50-item news page with each article’s unit and images in at most 3 statements', async () => {
    const repository = createPortalRepositories(gateway.db).news;
    for (let i = 1; i <= 49; i += 1) {
      const draft = await repository.createDraft(
        {
          title: `Tin số ${i}: hoạt động của Sở`,
          summary: `Tóm tắt ${i}`,
          bodyHtml: `<p>Nội dung ${i}</p>`,
          authorName: 'Nguyễn Như Trang',
          authorUnitCode: 'trung-tam-cntt-tt',
          authorPersonId: null,
          relatedUnitCodes: ['so-tttt'],
          eventDate: null,
          reportsPeriod: null,
          topics: [],
          images: [{ fileName: `anh-${i}.jpg`, captionVi: `Ảnh ${i}`, altVi: `Ảnh ${i}`, position: 1 }],
        },
        { actor: 'test' },
      );
      await repository.publish(draft.id, draft.version, { at: new Date(Date.UTC(2020, 6, i % 28 + 1)).toISOString() }, { actor: 'test' });
    }
    const { statements, data } = await statementsFor(
      gateway,
      log,
      '{ newsArticles(first: 50) { totalCount nodes { title authorUnit { nameVi } images { fileName captionVi } } } }',
    );
    const page = (data as { newsArticles: { totalCount: number; nodes: Array<{ authorUnit: { nameVi: string }; images: unknown[] }> } }).newsArticles;
    expect(page.nodes).toHaveLength(50);
    expect(page.nodes.every((n) => n.authorUnit.nameVi.length > 0 && n.images.length > 0)).toBe(true);
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('answers the whole 2020-H1 indicator dashboard in at most 3 statements', async () => {
    const { statements, data } = await statementsFor(
      gateway,
      log,
      `{ statisticsDashboard(period: "2020-H1") { fields { field { code labelVi } indicators { indicator { code nameVi unitVi } observation { value targetValue targetMet sourceQuote } } } } }`,
    );
    const fields = (data as { statisticsDashboard: { fields: Array<{ indicators: unknown[] }> } }).statisticsDashboard.fields;
    expect(fields).toHaveLength(5);
    expect(fields.flatMap((f) => f.indicators).length).toBeGreaterThanOrEqual(30);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
