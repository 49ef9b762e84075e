import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { composeSchema, createRequestContext, fromGlobalId } from '@egov/graphql';
import { describePeriod, type ObservationInput } from '@egov/kpis-model';
import type { LicenceInput } from '@egov/licences-model';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFirstDataSet } from './first-data-set';
import { firstDataSetProcedures } from './first-data-set/procedures';
import { createPortalRepositories, type PortalRepositories } from './portal-repositories';
import { portalMigrations } from './portal-schema';
import { LATEST_NEWS_COUNT, portalSummaryGraphQLModule } from './portal-summary-graphql';

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SUMMARY = /* GraphQL */ `
  {
    portalSummary {
      latestNews { id title slug publishedAt summary }
      period { code labelVi labelEn startsOn endsOn }
      headlineIndicators { code nameVi nameEn value unitVi unitEn period targetValue targetMet provisional factId }
      counts { procedures licencesValid asOf awards }
      quickLinks { kind labelVi labelEn url external }
    }
  }
`;

/** 10:00 on 6 July 2020 in Lạng Sơn: a few days after the first data set's article. */
const NOW = new Date('2020-07-06T03:00:00Z');
const who = { actor: 'test' };

const licence = (number: string, extra: Partial<LicenceInput> = {}): LicenceInput => ({
  type: 'bulletin_publishing',
  number,
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: null,
  subjectVi: 'Bản tin Nông dân Lạng Sơn',
  issuedOn: '2020-03-10',
  validFrom: '2020-03-10',
  validUntil: '2020-12-31',
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: false,
  ...extra,
});

const figure = (indicatorCode: string, period: string, areaCode: string, value: number, target: number | null = null): ObservationInput => ({
  indicatorCode,
  period,
  areaCode,
  value,
  numerator: null,
  denominator: null,
  target,
  status: 'final',
  sourceQuote: `Số liệu thử ${indicatorCode} ${period}`,
  factId: null,
  ownerUnitCode: 'so-tttt',
  noteVi: null,
  noteEn: null,
});

describe.each(testBackends)('portalSummary on the first data set on %s', (backend) => {
  let db: TestDatabase;
  let repos: PortalRepositories;
  let schema: GraphQLSchema;
  let statements = 0;
  let sent: string[] = [];
  let counting = false;
  let firstCount = 0;

  /** Runs the summary, counting the SQL statements it costs. */
  const summary = async () => {
    statements = 0;
    sent = [];
    counting = true;
    const result = JSON.parse(JSON.stringify(await graphql({ schema, source: SUMMARY, contextValue: createRequestContext(null, 'test') }))) as {
      data?: Data | null;
      errors?: unknown[];
    };
    counting = false;
    expect(result.errors).toBeUndefined();
    return { summary: result.data?.['portalSummary'] as Data, statements };
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, portalMigrations, {
      onQuery: (sql) => {
        if (!counting) return;
        statements += 1;
        sent.push(sql);
      },
    });
    await seedFirstDataSet(db);
    repos = createPortalRepositories(db);
    schema = composeSchema([portalSummaryGraphQLModule(repos, { now: () => NOW })]);
  });
  afterAll(() => db.dispose());

  it("gives the home page the report's article, its six headline figures of 2020-H1, the counts and the quick links", async () => {
    const { summary: home, statements: cost } = await summary();
    firstCount = cost;

    expect(home['latestNews']).toHaveLength(1);
    const [article] = home['latestNews'];
    expect(article).toMatchObject({
      title: 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020',
      slug: 'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020',
      publishedAt: '2020-06-30T08:54:00.000Z',
    });
    expect(article.summary).toMatch(/^Ngày 26\/6\/2020, Sở Thông tin và Truyền thông/);
    expect(fromGlobalId(article.id)?.typeName).toBe('NewsArticle');

    expect(home['period']).toEqual({ code: '2020-H1', labelVi: expect.any(String), labelEn: expect.any(String), startsOn: '2020-01-01', endsOn: '2020-06-30' });
    const headline = home['headlineIndicators'] as Data[];
    expect(headline.map((h) => [h['factId'], h['code'], h['value'], h['unitEn'], h['targetValue'], h['targetMet']])).toEqual([
      ['F07', 'IT_ONLINE_SERVICES_LEVEL4_RATE', 32.4, '% of public services', 30, true],
      ['F09', 'IT_E_OFFICE_USER_ACCOUNTS', 10_641, 'accounts', null, null],
      ['F13', 'POST_SERVICE_POINTS', 238, expect.any(String), null, null],
      ['F18', 'TELECOM_PHONE_SUBSCRIBERS', 819_000, expect.any(String), null, null],
      ['F19', 'TELECOM_PHONE_DENSITY', 105, expect.any(String), null, null],
      ['F20', 'TELECOM_INTERNET_SUBSCRIBERS', 91_000, expect.any(String), null, null],
    ]);
    expect(headline[0]).toMatchObject({ nameVi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', unitVi: '% dịch vụ công', period: '2020-H1', provisional: true });
    for (const figure of headline) for (const text of ['nameVi', 'nameEn', 'unitVi', 'unitEn']) expect(figure[text]).not.toBe('');

    // The first data set has three procedures, three awards of 2020-H1 (F40–F42) and no licence records.
    expect(home['counts']).toEqual({ procedures: 3, licencesValid: 0, asOf: '2020-07-06', awards: 3 });
    expect(home['quickLinks'].map((link: Data) => link['kind'])).toEqual([
      'NATIONAL_PUBLIC_SERVICE_PORTAL',
      'LAW_AND_POLICY',
      'PROCEDURE_CATALOGUE',
      'STATISTICS',
      'OPEN_DATA',
    ]);
    expect(home['quickLinks'][0]).toEqual({
      kind: 'NATIONAL_PUBLIC_SERVICE_PORTAL',
      labelVi: 'Cổng Dịch vụ công quốc gia',
      labelEn: 'National public service portal',
      url: 'https://dichvucong.gov.vn',
      external: true,
    });
    for (const link of home['quickLinks']) expect(link['url']).toMatch(link['external'] ? /^https:\/\// : /^\/[a-z-]+$/);

    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThanOrEqual(7);
  });

  it('follows the data as it grows (newest news, licences in force today, the latest period) at the same number of statements', async () => {
    // Seven more articles published after the report's, one scheduled for later and one draft.
    const publishedAt = ['2020-07-01', '2020-07-02', '2020-07-03', '2020-07-04', '2020-07-05', '2020-07-05', '2020-07-06'];
    for (const [index, day] of [...publishedAt, '2020-07-10', null].entries()) {
      const draft = await repos.news.createDraft(
        { title: `Tin thử số ${index + 1}`, bodyHtml: `<p>Nội dung tin thử số ${index + 1}.</p>`, authorName: 'Biên tập viên', authorUnitCode: 'so-tttt' },
        who,
      );
      if (day) await repos.news.publish(draft.id, draft.version, { at: `${day}T08:00:0${index % 2}+07:00` }, who);
    }
    // Licences: in force, in force until a later revocation, not yet in force (still valid), a sample, expired, revoked.
    await repos.licences.issue(licence('01/GP-STTTT'), who);
    await repos.licences.issue(licence('02/GP-STTTT', { revokedOn: null }), who).then((l) =>
      repos.licences.revoke(l.id, l.version, { revokedOn: '2020-07-10', reason: 'Đơn vị đề nghị thu hồi' }, who),
    );
    await repos.licences.issue(licence('03/GP-STTTT', { issuedOn: '2020-07-01', validFrom: '2020-08-01' }), who);
    await repos.licences.issue(licence('04/GP-STTTT', { isSample: true }), who);
    await repos.licences.issue(licence('05/GP-STTTT', { validUntil: '2020-07-05' }), who);
    await repos.licences.issue(licence('06/GP-STTTT'), who).then((l) =>
      repos.licences.revoke(l.id, l.version, { revokedOn: '2020-07-06', reason: 'Vi phạm quy định' }, who),
    );
    for (const code of ['LSN-TTTT-90', 'LSN-TTTT-91']) await repos.procedures.create({ ...firstDataSetProcedures[0]!, code }, who);
    // 2020-H2 has one headline figure (below its target); 2021-Q1 ends later but has only a district's
    // headline figure and a province figure that is not a headline: neither makes it the latest.
    // 2021-H1 has a headline figure of the province but is open, not published: the public does not see it.
    for (const period of ['2020-H2', '2021-Q1', '2021-H1']) await repos.kpis.createPeriod(describePeriod(period), who);
    for (const period of ['2020-H2', '2021-Q1']) await repos.kpis.publishPeriod(period, who);
    await repos.kpis.upsertObservation(figure('IT_ONLINE_SERVICES_LEVEL4_RATE', '2020-H2', '20', 28, 30), {}, who);
    await repos.kpis.upsertObservation(figure('TELECOM_PHONE_SUBSCRIBERS', '2021-Q1', '180', 60_000), {}, who);
    await repos.kpis.upsertObservation(figure('INSPECTION_INSPECTIONS', '2021-Q1', '20', 1), {}, who);
    await repos.kpis.upsertObservation(figure('IT_ONLINE_SERVICES_LEVEL4_RATE', '2021-H1', '20', 41, 30), {}, who);

    const { summary: home, statements: cost } = await summary();
    expect(home['latestNews']).toHaveLength(LATEST_NEWS_COUNT);
    expect(home['latestNews'].map((item: Data) => item['title'])).toEqual(['Tin thử số 7', 'Tin thử số 6', 'Tin thử số 5', 'Tin thử số 4', 'Tin thử số 3']);
    expect(home['latestNews'][0]).toMatchObject({ slug: 'tin-thu-so-7', publishedAt: '2020-07-06T01:00:00.000Z', summary: 'Nội dung tin thử số 7.' });

    expect(home['period']).toMatchObject({ code: '2020-H2', startsOn: '2020-07-01', endsOn: '2020-12-31' });
    expect(home['headlineIndicators']).toEqual([
      expect.objectContaining({ code: 'IT_ONLINE_SERVICES_LEVEL4_RATE', value: 28, targetValue: 30, targetMet: false, period: '2020-H2', provisional: false, factId: null }),
    ]);
    expect(home['counts']).toEqual({ procedures: 5, licencesValid: 3, asOf: '2020-07-06', awards: 0 });
    expect(cost).toBe(firstCount);
    // The database counts: no statement reads out the rows of what is only counted.
    expect(sent.filter((sql) => /select \* from (procedures|licences|awards)\b/.test(sql))).toEqual([]);
  });
});
