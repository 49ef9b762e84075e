import { createUsersRepository } from '@egov/users-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import { DASHBOARD, dashboardFigures, firstCount, getPersisted, OBSERVATION_UPSERT, persistedQuery, postGraphQL, signInHeaders } from './cache-test-client';

const PASSWORD = 'Bộ đệm phản hồi 2020 an toàn';
const H1 = { period: '2020-H1', areaCode: '20' };

describe('response cache in memory (one gateway)', () => {
  let gateway: RunningGateway;
  let statistician: Record<string, string>;
  beforeAll(async () => {
    gateway = await startTestGateway();
    await createUsersRepository(gateway.db).create(
      { email: 'cache-statistician@test.langson.gov.vn', displayName: 'Cache statistician', password: PASSWORD, roles: ['statistician'] },
      { actor: 'test' },
    );
    statistician = await signInHeaders(gateway.url, 'cache-statistician@test.langson.gov.vn', PASSWORD);
  });
  afterAll(() => gateway.stop());

  it('serves a repeated anonymous read from the cache, whatever its spacing or variable order', async () => {
    const first = await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 });
    expect(first).toMatchObject({ status: 200, cache: 'miss' });
    expect(first.body.errors).toBeUndefined();
    const again = await postGraphQL(gateway.url, { query: DASHBOARD.replace(/\s+/g, ' '), variables: { areaCode: '20', period: '2020-H1' } });
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(first.body);
    // Other variables are another answer.
    const district = await postGraphQL(gateway.url, { query: DASHBOARD, variables: { ...H1, areaCode: '187' } });
    expect(district.cache).toBe('miss');
    expect(district.body).not.toEqual(first.body);
  });

  it('keeps serving the cached answer when the database changes behind the gateway, but not to a signed-in caller', async () => {
    const figure = firstCount(await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 }));
    await gateway.db.query('update observations set note_en = $1 where id = (select id from observations where indicator_code = $2 and period = $3 and area_code = $4)', [
      'changed behind the gateway',
      figure.indicatorCode,
      H1.period,
      H1.areaCode,
    ]);
    const anonymous = await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 });
    expect(anonymous.cache).toBe('hit');
    expect(dashboardFigures(anonymous).find((each) => each.indicatorCode === figure.indicatorCode)?.observation?.noteEn).toBe(figure.observation.noteEn);

    const signedIn = await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 }, statistician);
    expect(signedIn.cache).toBe('bypass');
    expect(dashboardFigures(signedIn).find((each) => each.indicatorCode === figure.indicatorCode)?.observation?.noteEn).toBe('changed behind the gateway');
  });

  it('serves the change of a mutation to the next anonymous read', async () => {
    const figure = firstCount(await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 }));
    const corrected = await postGraphQL(
      gateway.url,
      {
        query: OBSERVATION_UPSERT,
        variables: { input: { indicatorCode: figure.indicatorCode, ...H1, value: figure.observation.value + 1, sourceQuote: 'hiệu chỉnh thử', version: figure.observation.version } },
      },
      statistician,
    );
    expect(corrected.body.data?.['observationUpsert']).toMatchObject({ userErrors: [], observation: { value: figure.observation.value + 1 } });

    const after = await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 });
    expect(after.cache).toBe('miss');
    expect(dashboardFigures(after).find((each) => each.indicatorCode === figure.indicatorCode)?.observation?.value).toBe(figure.observation.value + 1);
    expect((await postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 })).cache).toBe('hit');
  });

  it('never caches an answer with errors', async () => {
    const wrong = { query: DASHBOARD, variables: { ...H1, period: 'not-a-period' } };
    const first = await postGraphQL(gateway.url, wrong);
    expect(first.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await postGraphQL(gateway.url, wrong)).cache).toBe('miss');
  });

  it('answers a persisted query by its hash, over GET too, from the same cache', async () => {
    const query = '{ newsArticles(first: 20) { totalCount nodes { slug title } } }';
    const unknown = await postGraphQL(gateway.url, { extensions: persistedQuery(query) });
    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await postGraphQL(gateway.url, { query, extensions: persistedQuery(query) });
    expect(registered.body.errors).toBeUndefined();
    expect((registered.body.data?.['newsArticles'] as { nodes: unknown[] }).nodes.length).toBeGreaterThan(0);

    const byHash = await getPersisted(gateway.url, query);
    expect(byHash).toMatchObject({ status: 200, cache: 'hit' });
    expect(byHash.body).toEqual(registered.body);
    // A hash that is not the query's is refused, not served.
    const forged = await postGraphQL(gateway.url, { query: '{ kpiFields { code } }', extensions: persistedQuery(query) });
    expect(forged.status).toBe(400);
    expect(forged.body.data).toBeUndefined();
  });
});
