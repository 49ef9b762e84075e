import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Role } from '@egov/graphql';
import { describePeriod, type IndicatorInput, type ObservationInput } from '@egov/kpis-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpisGraphQLModule } from './module';
import { createKpisRepository, type KpisRepository } from '../kpis-repository';
import { kpisMigrations } from '../migrations';
import { createPostalDossierStatistics } from '../postal-dossier-statistics';

const who = { actor: 'seed' };

const indicator = (code: string, field: IndicatorInput['field'], measure: IndicatorInput['measure'], extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  nameVi: code,
  nameEn: code,
  field,
  unitVi: 'đơn vị',
  unitEn: 'units',
  measure,
  direction: 'neutral',
  definitionVi: `Định nghĩa ${code}`,
  definitionEn: `Definition of ${code}`,
  legalBasis: null,
  baseIndicatorCode: null,
  ...extra,
});

const figure = (indicatorCode: string, value: number, extra: Partial<ObservationInput> = {}): ObservationInput => ({
  indicatorCode,
  period: '2020-H1',
  areaCode: '20',
  value,
  numerator: null,
  denominator: null,
  target: null,
  status: 'provisional',
  sourceQuote: 'trích dẫn',
  factId: null,
  ownerUnitCode: 'so-tttt',
  noteVi: null,
  noteEn: null,
  ...extra,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions walk a JSON result by path
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

const DASHBOARD = /* GraphQL */ `
  query Dashboard($period: String, $areaCode: String = "20") {
    statisticsDashboard(period: $period, areaCode: $areaCode) {
      period { id code kind year startsOn endsOn labelVi labelEn }
      areaCode
      fields {
        field { code labelVi labelEn }
        indicators {
          indicator { id code nameVi nameEn unitVi unitEn measure direction legalBasis baseIndicator { code } }
          observation {
            id value unitVi unitEn numerator denominator targetValue targetMet status sourceQuote factId version
            period { code } indicator { code }
            derived(population: 780000) { percentage percentageCheck { reported derived explainedByRounding } baseValue impliedPopulation density inhabitantsPerPoint }
          }
        }
      }
      consistency {
        period { code } areaCode
        ratios { indicator { code } factId numerator denominator reported derived difference relativeDifference reportedDecimals explainedByRounding }
        population { estimates { indicator { code } baseIndicator { code } factIds method rate count population arithmeticVi arithmeticEn } min max spread relativeSpread }
      }
    }
  }
`;

const UPSERT = /* GraphQL */ `
  mutation Upsert($input: ObservationUpsertInput!) {
    observationUpsert(input: $input) {
      observation { id value targetValue status version indicator { code } period { code } ownerUnit { code } }
      userErrors { field message code }
    }
  }
`;

describe.each(testBackends)('kpis GraphQL on %s', (backend) => {
  let db: TestDatabase;
  let kpis: KpisRepository;
  let schema: GraphQLSchema;
  let statements = 0;

  const run = async (source: string, variableValues: Record<string, unknown> = {}, roles: Role[] | null = null): Promise<Body> =>
    (await graphql({
      schema,
      source,
      variableValues,
      contextValue: createRequestContext(roles ? { userId: `user-${roles.join('-') || 'none'}`, roles } : null, 'test'),
    })) as Body;
  const counted = async (source: string, variableValues: Record<string, unknown> = {}) => {
    statements = 0;
    const result = await run(source, variableValues);
    return { result, statements };
  };
  const writes = async () =>
    (await db.query<{ audits: number; observations: number }>(
      'select (select count(*) from audit_log)::int as audits, (select count(*) from observations)::int as observations',
    ))[0];

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...kpisMigrations], {
      onQuery: () => {
        statements += 1;
      },
    });
    const districts = createDistrictsRepository(db);
    const area = { communesCount: null, validFrom: null, validTo: null };
    await districts.create({ ...area, code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null }, who);
    await districts.create({ ...area, validTo: '2025-06-30', code: '187', level: 'district', kind: 'district', nameVi: 'Huyện Chi Lăng', nameEn: 'Chi Lang District', parentCode: '20' }, who);
    const units = createUnitsRepository(db);
    const unit = { areaCode: null, descriptionVi: null, website: null, sourceQuote: null };
    await units.create({ ...unit, code: 'so-tttt', kind: 'department', nameVi: 'Sở Thông tin và Truyền thông', nameEn: 'Department', parentCode: null }, who);
    await units.create({ ...unit, code: 'phong-ttbcxb', kind: 'division', nameVi: 'Phòng Thông tin - Báo chí - Xuất bản', nameEn: 'Press division', parentCode: 'so-tttt' }, who);

    kpis = createKpisRepository(db);
    await kpis.createPeriod(describePeriod('2019-12'), who);
    await kpis.createPeriod(describePeriod('2020-H1'), who);
    await kpis.publishPeriod('2019-12', who);
    await kpis.publishPeriod('2020-H1', who);
    await kpis.createIndicator(indicator('POST_SERVICE_POINTS', 'post', 'count'), who);
    await kpis.createIndicator(indicator('POST_INHABITANTS_PER_POINT', 'post', 'inhabitants_per_point', { baseIndicatorCode: 'POST_SERVICE_POINTS' }), who);
    await kpis.createIndicator(
      indicator('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 'post', 'percent', {
        nameVi: 'Tỷ lệ xã có báo đến trong ngày phát hành',
        nameEn: 'Communes receiving newspapers on the day of issue',
        unitVi: '%',
        unitEn: '%',
        direction: 'higher_is_better',
      }),
      who,
    );
    await kpis.createIndicator(indicator('TELECOM_PHONE_SUBSCRIBERS', 'telecom', 'count'), who);
    await kpis.createIndicator(indicator('TELECOM_PHONE_DENSITY', 'telecom', 'per_100_inhabitants', { baseIndicatorCode: 'TELECOM_PHONE_SUBSCRIBERS' }), who);
    await kpis.createIndicator(indicator('PRESS_BULLETIN_LICENCES_ISSUED', 'publishing', 'count', { unitVi: 'giấy phép', unitEn: 'licences' }), who);

    await kpis.upsertObservation(
      figure('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 94, { numerator: 187, denominator: 200, target: 90, factId: 'F15', sourceQuote: '187/200 xã, đạt tỷ lệ 94%' }),
      {},
      who,
    );
    await kpis.upsertObservation(figure('POST_SERVICE_POINTS', 238, { factId: 'F13' }), {}, who);
    await kpis.upsertObservation(figure('POST_INHABITANTS_PER_POINT', 3555, { factId: 'F14' }), {}, who);
    await kpis.upsertObservation(figure('TELECOM_PHONE_SUBSCRIBERS', 819_000, { factId: 'F18' }), {}, who);
    await kpis.upsertObservation(figure('TELECOM_PHONE_DENSITY', 105, { factId: 'F19' }), {}, who);
    await kpis.upsertObservation(figure('PRESS_BULLETIN_LICENCES_ISSUED', 3, { factId: 'F01', ownerUnitCode: 'phong-ttbcxb' }), {}, who);
    await kpis.upsertObservation(figure('PRESS_BULLETIN_LICENCES_ISSUED', 1, { areaCode: '187', ownerUnitCode: null }), {}, who);
    await kpis.upsertObservation(figure('POST_SERVICE_POINTS', 230, { period: '2019-12' }), {}, who);

    schema = composeSchema([
      districtsGraphQLModule({ districts }),
      unitsGraphQLModule({ units, districts }),
      kpisGraphQLModule({ kpis, units, districts }),
    ]);
  });
  afterAll(() => db.dispose());

  describe('fields, periods and indicators', () => {
    it('lists the fields with their names in both languages and their indicators', async () => {
      const { data, errors } = await run('{ kpiFields { code labelVi labelEn indicators { code } } }');
      expect(errors).toBeUndefined();
      expect(data?.['kpiFields'].map((f: { code: string }) => f.code)).toEqual(['PUBLISHING', 'IT', 'POST', 'TELECOM', 'INSPECTION']);
      expect(data?.['kpiFields'][3]).toEqual({
        code: 'TELECOM',
        labelVi: 'Viễn thông, Internet',
        labelEn: 'Telecommunications and Internet',
        indicators: [{ code: 'TELECOM_PHONE_DENSITY' }, { code: 'TELECOM_PHONE_SUBSCRIBERS' }],
      });
      expect(data?.['kpiFields'][1].indicators).toEqual([]);
    });

    it('lists periods in time order and finds one by code or by global id', async () => {
      const { data } = await run('{ reportingPeriods { id code kind year startsOn endsOn labelVi labelEn } }');
      expect(data?.['reportingPeriods'].map((p: { code: string }) => p.code)).toEqual(['2019-12', '2020-H1']);
      expect(data?.['reportingPeriods'][1]).toMatchObject({ kind: 'HALF', year: 2020, startsOn: '2020-01-01', endsOn: '2020-06-30', labelVi: '6 tháng đầu năm 2020', labelEn: 'First half of 2020' });
      const id = data?.['reportingPeriods'][1].id;
      expect((await run(`{ node(id: "${id}") { ... on ReportingPeriod { code } } }`)).data).toEqual({ node: { code: '2020-H1' } });
      expect((await run('{ reportingPeriod(code: "2019-12") { kind labelEn } }')).data).toEqual({ reportingPeriod: { kind: 'MONTH', labelEn: 'December 2019' } });
      expect((await run('{ a: reportingPeriod(code: "2031") { code } b: reportingPeriod(code: "\' or 1=1 --") { code } }')).data).toEqual({ a: null, b: null });
    });

    it('gives the latest period when no code is named, as the dashboard does, with its figures by area and field', async () => {
      const { data, errors } = await run(
        '{ reportingPeriod { code all: observations { totalCount } post: observations(filter: { areaCode: "20", field: POST }) { nodes { indicator { code } value } } } }',
      );
      expect(errors).toBeUndefined();
      expect(data?.['reportingPeriod'].code).toBe('2020-H1');
      expect(data?.['reportingPeriod'].all.totalCount).toBe(7);
      expect(data?.['reportingPeriod'].post.nodes).toEqual([
        { indicator: { code: 'POST_SERVICE_POINTS' }, value: 238 },
        { indicator: { code: 'POST_INHABITANTS_PER_POINT' }, value: 3555 },
        { indicator: { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE' }, value: 94 },
      ]);
      const december = await run('{ reportingPeriod(code: "2019-12") { observations { nodes { value } } } }');
      expect(december.data?.['reportingPeriod'].observations.nodes).toEqual([{ value: 230 }]);
      const unknownArea = await run('{ reportingPeriod { observations(filter: { areaCode: "99999" }) { totalCount } } }');
      expect(unknownArea.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'areaCode' });
    });

    it('lists indicators by field, pages through them and finds them without diacritics', async () => {
      const all = await run('{ indicators { totalCount nodes { code field { code } measure direction } } }');
      expect(all.data?.['indicators'].totalCount).toBe(6);
      expect(all.data?.['indicators'].nodes[0]).toEqual({ code: 'PRESS_BULLETIN_LICENCES_ISSUED', field: { code: 'PUBLISHING' }, measure: 'COUNT', direction: 'NEUTRAL' });

      const post = await run('{ indicators(filter: { field: POST }, first: 2) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } }');
      expect(post.data?.['indicators']).toMatchObject({ totalCount: 3, nodes: [{ code: 'POST_INHABITANTS_PER_POINT' }, { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE' }], pageInfo: { hasNextPage: true } });
      const next = await run('query($after: String) { indicators(filter: { field: POST }, first: 2, after: $after) { nodes { code } pageInfo { hasNextPage } } }', {
        after: post.data?.['indicators'].pageInfo.endCursor,
      });
      expect(next.data?.['indicators']).toEqual({ nodes: [{ code: 'POST_SERVICE_POINTS' }], pageInfo: { hasNextPage: false } });

      const found = await run('{ indicators(filter: { query: "bao den trong ngay" }) { nodes { code nameVi } } }');
      expect(found.data?.['indicators'].nodes).toEqual([{ code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', nameVi: 'Tỷ lệ xã có báo đến trong ngày phát hành' }]);
      expect((await run('{ indicators(filter: { query: "bao den", field: TELECOM }) { totalCount } }')).data?.['indicators'].totalCount).toBe(0);
      expect((await run(`{ indicators(filter: { query: "<script>alert(1)</script>' or 1=1 --" }) { totalCount } }`)).data?.['indicators'].totalCount).toBe(0);
    });

    it('refuses an oversize search, a bad page size and a cursor it did not give out', async () => {
      const long = await run('query($q: String) { indicators(filter: { query: $q }) { totalCount } }', { q: 'x'.repeat(201) });
      expect(long.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run('query($q: String) { indicators(filter: { query: $q }) { totalCount } }', { q: 'x'.repeat(200) })).errors).toBeUndefined();
      expect((await run('{ indicators(first: 101) { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run('{ indicators(after: "nope!") { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run('{ indicators(filter: { field: NOT_A_FIELD }) { totalCount } }')).errors?.[0]?.message).toMatch(/NOT_A_FIELD/);
    });

    it('gives an indicator its base, and its figures by period and area', async () => {
      const { data, errors } = await run(`{
        indicator(code: "PRESS_BULLETIN_LICENCES_ISSUED") {
          code unitVi
          all: observations { totalCount nodes { value area { code } period { code } } }
          district: observations(filter: { areaCode: "187" }) { nodes { value } }
          half: observations(filter: { period: "2020-H1", areaCode: "20" }) { nodes { value } }
          observation(period: "2020-H1") { value ownerUnit { code nameVi } }
          none: observation(period: "2019-12") { value }
        }
        density: indicator(code: "TELECOM_PHONE_DENSITY") { baseIndicator { code measure } }
        unknown: indicator(code: "NOPE") { code }
        malformed: indicator(code: "drop table indicators;") { code }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.['indicator']).toEqual({
        code: 'PRESS_BULLETIN_LICENCES_ISSUED',
        unitVi: 'giấy phép',
        all: { totalCount: 2, nodes: [{ value: 1, area: { code: '187' }, period: { code: '2020-H1' } }, { value: 3, area: { code: '20' }, period: { code: '2020-H1' } }] },
        district: { nodes: [{ value: 1 }] },
        half: { nodes: [{ value: 3 }] },
        observation: { value: 3, ownerUnit: { code: 'phong-ttbcxb', nameVi: 'Phòng Thông tin - Báo chí - Xuất bản' } },
        none: null,
      });
      expect(data?.['density']).toEqual({ baseIndicator: { code: 'TELECOM_PHONE_SUBSCRIBERS', measure: 'COUNT' } });
      expect(data?.['unknown']).toBeNull();
      expect(data?.['malformed']).toBeNull();
      const bad = await run('{ indicator(code: "POST_SERVICE_POINTS") { observations(filter: { period: "2020-H3" }) { totalCount } } }');
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('reads the figures of a page of indicators in one statement, however many indicators', async () => {
      const source = '{ indicators { nodes { code observations(filter: { period: "2020-H1" }) { nodes { value } } } } }';
      const { result, statements: count } = await counted(source);
      expect(result.errors).toBeUndefined();
      expect(count).toBe(2);
    });
  });

  describe('observations', () => {
    it('gives each figure its value and unit, target, derived figures, source, owner and area', async () => {
      const { data, errors } = await run(`{
        observations(filter: { period: "2020-H1", areaCode: "20", field: POST }) {
          totalCount
          nodes {
            indicator { code } value unitVi unitEn numerator denominator targetValue targetMet status sourceQuote factId
            ownerUnit { code } area { code nameVi }
            derived(population: 846090) { percentage percentageCheck { reported derived difference reportedDecimals explainedByRounding } baseValue impliedPopulation density inhabitantsPerPoint }
          }
        }
      }`);
      expect(errors).toBeUndefined();
      const nodes = data?.['observations'].nodes as Data[];
      expect(nodes.map((n) => n['factId'])).toEqual(['F13', 'F14', 'F15']);
      expect(nodes[2]).toEqual({
        indicator: { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE' },
        value: 94,
        unitVi: '%',
        unitEn: '%',
        numerator: 187,
        denominator: 200,
        targetValue: 90,
        targetMet: true,
        status: 'PROVISIONAL',
        sourceQuote: '187/200 xã, đạt tỷ lệ 94%',
        factId: 'F15',
        ownerUnit: { code: 'so-tttt' },
        area: { code: '20', nameVi: 'Tỉnh Lạng Sơn' },
        derived: {
          percentage: 93.5,
          percentageCheck: { reported: 94, derived: 93.5, difference: 0.5, reportedDecimals: 0, explainedByRounding: true },
          baseValue: null,
          impliedPopulation: null,
          density: null,
          inhabitantsPerPoint: null,
        },
      });
      expect(nodes[1]?.['derived']).toEqual({ percentage: null, percentageCheck: null, baseValue: 238, impliedPopulation: 846_090, density: null, inhabitantsPerPoint: 3555 });
      expect(nodes[0]?.['targetMet']).toBeNull();

      const density = await run('{ observations(filter: { indicatorCode: "TELECOM_PHONE_DENSITY" }) { nodes { derived(population: 780000) { baseValue impliedPopulation density } } } }');
      expect(density.data?.['observations'].nodes).toEqual([{ derived: { baseValue: 819_000, impliedPopulation: 780_000, density: 105 } }]);
      const nonsense = await run('{ observations(filter: { indicatorCode: "TELECOM_PHONE_DENSITY" }) { nodes { derived(population: -1) { density } } } }');
      expect(nonsense.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('filters by period, area, field, indicator and owner, and finds a figure by its global id', async () => {
      const list = async (filter: string) =>
        ((await run(`{ observations(filter: ${filter}) { nodes { id factId value } } }`)).data?.['observations'].nodes as Array<{ id: string; factId: string | null; value: number }>);
      expect((await list('{ period: "2019-12" }')).map((o) => o.value)).toEqual([230]);
      expect((await list('{ areaCode: "187" }')).map((o) => o.value)).toEqual([1]);
      expect((await list('{ field: TELECOM }')).map((o) => o.factId)).toEqual(['F18', 'F19']);
      expect((await list('{ ownerUnitCode: "phong-ttbcxb" }')).map((o) => o.factId)).toEqual(['F01']);
      expect((await list('{ indicatorCode: "POST_SERVICE_POINTS" }')).map((o) => o.value)).toEqual([230, 238]);
      // Known codes that match nothing together: an empty page, not an error.
      expect(await list('{ period: "2019-12", field: TELECOM }')).toEqual([]);
      expect(await list('{ period: "2019-12", areaCode: "187", indicatorCode: "TELECOM_PHONE_DENSITY", ownerUnitCode: "so-tttt" }')).toEqual([]);
      const [first] = await list('{ ownerUnitCode: "phong-ttbcxb" }');
      expect((await run(`{ node(id: "${first?.id}") { ... on Observation { value factId } } }`)).data).toEqual({ node: { value: 3, factId: 'F01' } });
      expect((await run(`{ node(id: "${toGlobalId('Observation', 'abc')}") { id } }`)).data).toEqual({ node: null });
    });

    it.each([
      ['a malformed period', '{ period: "2020\' or 1=1 --" }'],
      ['an oversize area code', '{ areaCode: "2000000" }'],
      ['an HTML indicator code', '{ indicatorCode: "<img src=x onerror=alert(1)>" }'],
      ['an oversize unit code', `{ ownerUnitCode: "${'a'.repeat(101)}" }`],
    ])('refuses %s in a filter with BAD_USER_INPUT', async (_, filter) => {
      const { errors } = await run(`{ observations(filter: ${filter}) { totalCount } }`);
      expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['period', '{ period: "2020-Q3" }', 'There is no reporting period "2020-Q3".'],
      ['areaCode', '{ areaCode: "999" }', 'There is no administrative area with GSO code "999".'],
      ['indicatorCode', '{ indicatorCode: "NO_SUCH" }', 'There is no indicator "NO_SUCH".'],
      ['ownerUnitCode', '{ ownerUnitCode: "khong-co" }', 'There is no unit "khong-co".'],
      ['period', '{ period: "2099-H1", areaCode: "20", field: POST }', 'There is no reporting period "2099-H1".'],
    ])('refuses an unknown %s in a filter with BAD_USER_INPUT naming it and the code (%s)', async (argument, filter, message) => {
      const { errors, data } = await run(`{ observations(filter: ${filter}) { totalCount } }`);
      expect(data).toBeNull();
      expect(errors?.map((e) => [e.message, e.extensions?.['code'], e.extensions?.['argument']])).toEqual([[message, 'BAD_USER_INPUT', argument]]);
    });

    it('proves the codes of a filter that finds figures without reading anything more', async () => {
      const plain = await counted('{ observations(filter: { period: "2020-H1", areaCode: "20", indicatorCode: "POST_SERVICE_POINTS", ownerUnitCode: "so-tttt" }) { totalCount } }');
      expect(plain.result.data?.['observations'].totalCount).toBe(1);
      // The page and its count, asked for.
      expect(plain.statements).toBe(2);
      // An empty answer asks once more per code, batched by the loaders.
      const empty = await counted('{ observations(filter: { period: "2019-12", field: TELECOM }) { totalCount } }');
      expect(empty.result.data?.['observations'].totalCount).toBe(0);
      expect(empty.statements).toBe(3);
    });

    it('refuses a filter value of the wrong type as a validation error', async () => {
      const { errors, data } = await run('{ observations(filter: { period: 2020 }) { totalCount } }');
      expect(data).toBeUndefined();
      expect(errors?.[0]?.message).toMatch(/String cannot represent/);
    });

    it('reads the figures page by page in their order, forwards and backwards, alone or filtered, with their count', async () => {
      const PAGE = `query ($filter: ObservationFilter, $first: Int, $after: String, $last: Int, $before: String) {
        observations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
          totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id }
        }
      }`;
      const walk = async (filter: Record<string, unknown> | null, backward: boolean) => {
        const seen: string[] = [];
        const counts = new Set<number>();
        let cursor: string | null = null;
        for (;;) {
          const { data, errors } = await run(PAGE, { filter, ...(backward ? { last: 2, before: cursor } : { first: 2, after: cursor }) });
          expect(errors).toBeUndefined();
          const page = data?.['observations'];
          counts.add(page.totalCount);
          const ids = page.nodes.map((node: { id: string }) => node.id);
          if (backward) seen.unshift(...ids);
          else seen.push(...ids);
          if (!(backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage)) return { seen, counts: [...counts] };
          cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
        }
      };
      const expected = async (where: string) =>
        (await db.query<{ id: number }>(`select o.id from observations o join indicators i on i.code = o.indicator_code where ${where} order by o.period, o.area_code, o.fact_id nulls last, o.id`)).map(
          (row) => toGlobalId('Observation', String(row.id)),
        );
      for (const [filter, where] of [
        [null, 'true'],
        [{ period: '2020-H1', field: 'POST' }, `o.period = '2020-H1' and i.field = 'post'`],
      ] as const) {
        const ids = await expected(where);
        expect(ids.length).toBeGreaterThan(2);
        for (const backward of [false, true]) expect(await walk(filter, backward)).toEqual({ seen: ids, counts: [ids.length] });
      }
    });

    it('reads a page of figures with their indicator, period, area and owner in a constant number of statements', async () => {
      const source = '{ observations { nodes { value targetMet unitVi indicator { code } period { code } area { code } ownerUnit { code } derived { impliedPopulation } } } }';
      const small = await counted(source);
      expect(small.result.errors).toBeUndefined();
      expect(small.statements).toBeLessThanOrEqual(6);
      expect(small.result.data?.['observations'].nodes).toHaveLength(8);
    });
  });

  describe('consistency checks', () => {
    it('shows the ratio checks and the population cross-check with its arithmetic', async () => {
      const { data, errors } = await run(`{
        consistencyChecks(period: "2020-H1") {
          period { code } areaCode
          ratios { indicator { code } factId numerator denominator reported derived difference explainedByRounding }
          population { estimates { indicator { code } baseIndicator { code } method rate count population arithmeticVi arithmeticEn } min max spread }
        }
        empty: consistencyChecks(period: "2019-12", areaCode: "187") { period { code } ratios { factId } population { estimates { method } min spread } }
      }`);
      expect(errors).toBeUndefined();
      expect(data?.['consistencyChecks']).toEqual({
        period: { code: '2020-H1' },
        areaCode: '20',
        ratios: [{ indicator: { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE' }, factId: 'F15', numerator: 187, denominator: 200, reported: 94, derived: 93.5, difference: 0.5, explainedByRounding: true }],
        population: {
          estimates: [
            { indicator: { code: 'POST_INHABITANTS_PER_POINT' }, baseIndicator: { code: 'POST_SERVICE_POINTS' }, method: 'POINTS', rate: 3555, count: 238, population: 846_090, arithmeticVi: '238 × 3.555 = 846.090', arithmeticEn: '238 × 3,555 = 846,090' },
            { indicator: { code: 'TELECOM_PHONE_DENSITY' }, baseIndicator: { code: 'TELECOM_PHONE_SUBSCRIBERS' }, method: 'DENSITY', rate: 105, count: 819_000, population: 780_000, arithmeticVi: '819.000 : 105 × 100 = 780.000', arithmeticEn: '819,000 ÷ 105 × 100 = 780,000' },
          ],
          min: 780_000,
          max: 846_090,
          spread: 66_090,
        },
      });
      expect(data?.['empty']).toEqual({ period: { code: '2019-12' }, ratios: [], population: { estimates: [], min: null, spread: null } });
      for (const [args, argument, message] of [
        ['period: "2031"', 'period', 'There is no reporting period "2031".'],
        ['period: "2019-12", areaCode: "999"', 'areaCode', 'There is no administrative area with GSO code "999".'],
      ]) {
        const unknown = await run(`{ consistencyChecks(${args}) { period { code } ratios { factId } } }`);
        expect(unknown.data, args).toBeNull();
        expect(unknown.errors?.map((e) => [e.message, e.extensions?.['code'], e.extensions?.['argument']])).toEqual([[message, 'BAD_USER_INPUT', argument]]);
      }
      const bad = await run('{ consistencyChecks(period: "<script>", areaCode: "20") { areaCode } }');
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });
  });

  describe('statistics dashboard', () => {
    it('shows every field with its indicators and their figures of the latest period by default', async () => {
      const { data, errors } = await run(DASHBOARD);
      expect(errors).toBeUndefined();
      const dashboard = data?.['statisticsDashboard'];
      expect(dashboard.period).toMatchObject({ code: '2020-H1', kind: 'HALF' });
      expect(dashboard.fields.map((f: { field: { code: string } }) => f.field.code)).toEqual(['PUBLISHING', 'IT', 'POST', 'TELECOM', 'INSPECTION']);
      const telecom = dashboard.fields[3].indicators;
      expect(telecom.map((row: { indicator: { code: string }; observation: { value: number } | null }) => [row.indicator.code, row.observation?.value ?? null])).toEqual([
        ['TELECOM_PHONE_DENSITY', 105],
        ['TELECOM_PHONE_SUBSCRIBERS', 819_000],
      ]);
      expect(telecom[0].observation.derived).toEqual({ percentage: null, percentageCheck: null, baseValue: 819_000, impliedPopulation: 780_000, density: 105, inhabitantsPerPoint: null });
      expect(dashboard.fields[2].indicators[1].observation).toMatchObject({ targetValue: 90, targetMet: true, derived: { percentage: 93.5 } });
      expect(dashboard.consistency.ratios).toHaveLength(1);
      expect(dashboard.consistency.population.spread).toBe(66_090);
    });

    it('shows a named period and area, and refuses a period or an area that does not exist', async () => {
      const older = await run(DASHBOARD, { period: '2019-12' });
      const post = older.data?.['statisticsDashboard'].fields[2].indicators;
      expect(post.map((row: { observation: { value: number } | null }) => row.observation?.value ?? null)).toEqual([null, null, 230]);
      const district = await run('{ statisticsDashboard(period: "2020-H1", areaCode: "187") { area { nameVi } fields { indicators { observation { value } } } } }');
      expect(district.data?.['statisticsDashboard'].area).toEqual({ nameVi: 'Huyện Chi Lăng' });
      expect(district.data?.['statisticsDashboard'].fields[0].indicators).toEqual([{ observation: { value: 1 } }]);
      const refusal = (result: Body) => result.errors?.map((e) => [e.message, e.extensions?.['code'], e.extensions?.['argument']]);
      expect(refusal(await run(DASHBOARD, { period: '2031' }))).toEqual([['There is no reporting period "2031".', 'BAD_USER_INPUT', 'period']]);
      expect(refusal(await run(DASHBOARD, { period: '2020-H1', areaCode: '999' }))).toEqual([['There is no administrative area with GSO code "999".', 'BAD_USER_INPUT', 'areaCode']]);
      expect(refusal(await run(DASHBOARD, { areaCode: '999' }))).toEqual([['There is no administrative area with GSO code "999".', 'BAD_USER_INPUT', 'areaCode']]);
      // A known area without figures of the period is a dashboard of empty figures, not an error.
      const quiet = await counted('{ statisticsDashboard(period: "2019-12", areaCode: "187") { area { nameVi } fields { indicators { observation { value } } } } }');
      expect(quiet.result.errors).toBeUndefined();
      expect(quiet.result.data?.['statisticsDashboard'].area).toEqual({ nameVi: 'Huyện Chi Lăng' });
      // The area read that proves it exists is the one its area field answers from.
      expect(quiet.statements).toBe(4);
      expect((await run(DASHBOARD, { period: 'x'.repeat(300) })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run(DASHBOARD, { areaCode: "20'; drop table observations; --" })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('answers the whole dashboard in at most 3 SQL statements, however many indicators it shows', async () => {
      const before = await counted(DASHBOARD);
      expect(before.result.errors).toBeUndefined();
      expect(before.statements).toBeLessThanOrEqual(3);
      const named = await counted(DASHBOARD, { period: '2020-H1' });
      expect(named.statements).toBeLessThanOrEqual(3);

      for (let i = 0; i < 12; i++) {
        const code = `IT_EXTRA_${i}`;
        await kpis.createIndicator(indicator(code, 'it', 'percent', { direction: 'higher_is_better' }), who);
        await kpis.upsertObservation(figure(code, 50 + i, { numerator: 50 + i, denominator: 100, target: 55 }), {}, who);
      }
      const after = await counted(DASHBOARD);
      expect(after.result.data?.['statisticsDashboard'].fields[1].indicators).toHaveLength(12);
      expect(after.statements).toBe(before.statements);
      expect(after.result.data?.['statisticsDashboard'].consistency.ratios).toHaveLength(13);

      // With each figure's owner unit and area and the dashboard's area: one more statement each.
      const withPlaces = await counted('{ statisticsDashboard { area { code } fields { indicators { observation { ownerUnit { code } area { code } } } } } }');
      expect(withPlaces.result.errors).toBeUndefined();
      expect(withPlaces.statements).toBeLessThanOrEqual(5);
    });
  });

  describe('observationHistory', () => {
    it('shows signed-in staff every change of a figure, and refuses anonymous callers', async () => {
      const [density] = await kpis.listObservations({ indicatorCode: 'TELECOM_PHONE_DENSITY' });
      const id = toGlobalId('Observation', String(density?.id));
      const source = 'query($id: ID!) { observationHistory(id: $id) { action actor occurredAt previous { value version } current { value version status targetValue } } }';
      const anonymous = await run(source, { id });
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const staff = await run(source, { id }, ['editor']);
      expect(staff.errors).toBeUndefined();
      expect(staff.data?.['observationHistory']).toEqual([
        { action: 'observation.create', actor: 'seed', occurredAt: expect.anything(), previous: null, current: { value: 105, version: 1, status: 'PROVISIONAL', targetValue: null } },
      ]);
      expect((await run(source, { id: toGlobalId('Indicator', 'TELECOM_PHONE_DENSITY') }, ['editor'])).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run(source, { id: toGlobalId('Observation', '999999') }, ['editor'])).data).toEqual({ observationHistory: [] });
    });
  });

  describe('observationUpsert', () => {
    // A period after Chi Lăng (like every district-level unit) ended on 2025-06-30; opened (not published) here, after the dashboard's tests.
    beforeAll(async () => {
      await kpis.createPeriod(describePeriod('2025-H2'), who);
    });

    const input = (extra: Record<string, unknown> = {}) => ({
      indicatorCode: 'POST_SERVICE_POINTS',
      period: '2019-12',
      areaCode: '187',
      value: 12,
      sourceQuote: 'có 12 điểm phục vụ',
      ownerUnitCode: 'so-tttt',
      ...extra,
    });

    it('records a figure for a statistician and for an admin, with the audit row', async () => {
      const before = await writes();
      const created = await run(UPSERT, { input: input() }, ['statistician']);
      expect(created.data?.['observationUpsert']).toEqual({
        observation: expect.objectContaining({ value: 12, targetValue: null, status: 'PROVISIONAL', version: 1, indicator: { code: 'POST_SERVICE_POINTS' }, period: { code: '2019-12' }, ownerUnit: { code: 'so-tttt' } }),
        userErrors: [],
      });
      const byAdmin = await run(UPSERT, { input: input({ indicatorCode: 'TELECOM_PHONE_SUBSCRIBERS', value: 5000, targetValue: 6000, status: 'FINAL' }) }, ['admin']);
      expect(byAdmin.data?.['observationUpsert'].observation).toMatchObject({ value: 5000, targetValue: 6000, status: 'FINAL' });
      expect(await writes()).toEqual({ audits: before!.audits + 2, observations: before!.observations + 2 });
      const [audit] = await db.query<{ actor: string; action: string }>("select actor, action from audit_log where entity_type = 'observation' order by id desc limit 1");
      expect(audit).toEqual({ actor: 'user-admin', action: 'observation.create' });
    });

    it.each([
      ['anonymous callers', null],
      ['an editor', ['editor'] as Role[]],
      ['an inspector', ['inspector'] as Role[]],
      ['a licensing officer', ['licensing_officer'] as Role[]],
    ])('refuses %s with FORBIDDEN and writes nothing', async (_, roles) => {
      const before = await writes();
      const refused = await run(UPSERT, { input: input({ value: 99, period: '2020-H1', areaCode: '187' }) }, roles);
      expect(refused.data?.['observationUpsert']).toMatchObject({ observation: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await writes()).toEqual(before);
    });

    it('corrects a figure with the version read, and refuses a stale version or a missing one', async () => {
      const original = (await kpis.findObservation({ indicatorCode: 'POST_SERVICE_POINTS', period: '2019-12', areaCode: '187' }))!;
      const corrected = await run(UPSERT, { input: input({ value: 13, version: original.version }) }, ['statistician']);
      expect(corrected.data?.['observationUpsert']).toMatchObject({ observation: { value: 13, version: original.version + 1 }, userErrors: [] });

      const before = await writes();
      const stale = await run(UPSERT, { input: input({ value: 14, version: original.version }) }, ['statistician']);
      expect(stale.data?.['observationUpsert']).toEqual({ observation: null, userErrors: [expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })] });
      const missing = await run(UPSERT, { input: input({ value: 14 }) }, ['statistician']);
      expect(missing.data?.['observationUpsert'].userErrors).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'DUPLICATE' })]);
      expect(await writes()).toEqual(before);
      expect((await kpis.getObservation(original.id))?.value).toBe(13);

      const history = await run('query($id: ID!) { observationHistory(id: $id) { action previous { value } current { value } } }', { id: toGlobalId('Observation', String(original.id)) }, ['statistician']);
      expect(history.data?.['observationHistory']).toEqual([
        { action: 'observation.create', previous: null, current: { value: 12 } },
        { action: 'observation.correct', previous: { value: 12 }, current: { value: 13 } },
      ]);
    });

    it('gives every loser of a race of first figures the same conflict on the input field to fix', async () => {
      const racers = 8;
      const first = input({ period: '2025-H2', areaCode: '20', value: 7 });
      const results = await Promise.all(Array.from({ length: racers }, () => run(UPSERT, { input: first }, ['statistician'])));
      const payloads = results.map((result) => result.data?.['observationUpsert']);
      expect(payloads.filter((payload) => payload.observation !== null)).toHaveLength(1);
      const losers = payloads.filter((payload) => payload.observation === null).map((payload) => payload.userErrors);
      // One that comes after the race is told the same, whether it lost to a commit or to a row it read.
      losers.push((await run(UPSERT, { input: first }, ['statistician'])).data?.['observationUpsert'].userErrors);
      expect(losers).toHaveLength(racers);
      expect(new Set(losers.map((userErrors) => JSON.stringify(userErrors))).size).toBe(1);
      expect(losers[0]).toEqual([{ field: ['input', 'version'], code: 'DUPLICATE', message: expect.stringMatching(/correct it/) }]);
    });

    it.each([
      ['a percentage over 100', { indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', value: 100.5 }, 'VALIDATION', 'value'],
      ['a negative count', { value: -1 }, 'VALIDATION', 'value'],
      ['a fractional count', { value: 238.5 }, 'VALIDATION', 'value'],
      ['a negative target, named as the input names it', { targetValue: -3 }, 'VALIDATION', 'targetValue'],
      ['a target percentage over 100', { indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', value: 50, targetValue: 101 }, 'VALIDATION', 'targetValue'],
      ['a figure for a district in a period after it was dissolved', { period: '2025-H2' }, 'VALIDATION', 'areaCode'],
      ['a numerator above its denominator', { indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', value: 90, numerator: 201, denominator: 200 }, 'VALIDATION', 'numerator'],
      ['one part of a ratio', { indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', value: 90, numerator: 20 }, 'VALIDATION', 'denominator'],
      ['an unknown period', { period: '2020-H2' }, 'UNKNOWN_REFERENCE', 'period'],
      ['an unknown area', { areaCode: '999' }, 'UNKNOWN_REFERENCE', 'areaCode'],
      ['an unknown indicator', { indicatorCode: 'POST_MISSING' }, 'UNKNOWN_REFERENCE', 'indicatorCode'],
      ['an unknown owner unit', { ownerUnitCode: 'nobody' }, 'UNKNOWN_REFERENCE', 'ownerUnitCode'],
      ['a malformed period', { period: "2020' or 1=1 --" }, 'VALIDATION', 'period'],
      ['an SQL injection as indicator code', { indicatorCode: "X'; drop table observations; --" }, 'VALIDATION', 'indicatorCode'],
      ['an HTML area code', { areaCode: '<script>alert(1)</script>' }, 'VALIDATION', 'areaCode'],
      ['an empty source quote', { sourceQuote: '   ' }, 'VALIDATION', 'sourceQuote'],
      ['an oversize source quote', { sourceQuote: 'x'.repeat(2001) }, 'VALIDATION', 'sourceQuote'],
      ['an oversize note', { noteVi: 'ghi chú '.repeat(200) }, 'VALIDATION', 'noteVi'],
      ['a malformed fact id', { factId: '<b>F1</b>' }, 'VALIDATION', 'factId'],
    ])('refuses %s as a userError and writes nothing', async (_, extra, code, field) => {
      const before = await writes();
      const refused = await run(UPSERT, { input: input({ period: '2020-H1', ...extra }) }, ['statistician']);
      expect(refused.errors).toBeUndefined();
      expect(refused.data?.['observationUpsert'].observation).toBeNull();
      expect(refused.data?.['observationUpsert'].userErrors).toContainEqual(expect.objectContaining({ code, field: ['input', field] }));
      expect(await writes()).toEqual(before);
    });

    it.each([
      ['a value that is not a number', { value: 'many' }],
      ['a fractional numerator', { numerator: 1.5, denominator: 2 }],
      ['an unknown status', { status: 'DRAFT' }],
      ['a missing source quote', { sourceQuote: null }],
      ['a version that is not a number', { version: 'latest' }],
    ])('refuses %s as a GraphQL validation error and writes nothing', async (_, extra) => {
      const before = await writes();
      const refused = await run(UPSERT, { input: input(extra) }, ['statistician']);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.message).toMatch(/input/);
      expect(await writes()).toEqual(before);
    });
  });

  describe('opening and publishing periods', () => {
    const OPEN = 'mutation($code: String!) { reportingPeriodOpen(input: { code: $code }) { reportingPeriod { code labelVi published publishedAt } userErrors { field message code } } }';
    const PUBLISH = 'mutation($code: String!) { reportingPeriodPublish(input: { code: $code }) { reportingPeriod { code published publishedAt } userErrors { field message code } } }';
    const UNPUBLISH = 'mutation($code: String!) { reportingPeriodUnpublish(input: { code: $code }) { reportingPeriod { code published publishedAt } userErrors { field message code } } }';
    const PUBLIC_VIEW = `{
      reportingPeriods { code published }
      latest: reportingPeriod { code }
      named: reportingPeriod(code: "2020-H2") { code }
      statisticsDashboard { period { code } }
    }`;
    const periodWrites = async () => (await db.query<{ n: number }>("select count(*)::int as n from audit_log where entity_type = 'period'"))[0]?.n;

    it.each([
      ['anonymous callers', null],
      ['an editor', ['editor'] as Role[]],
      ['an inspector', ['inspector'] as Role[]],
      ['a licensing officer', ['licensing_officer'] as Role[]],
    ])('refuses %s the opening and the publication of a period with FORBIDDEN, writing nothing', async (_, roles) => {
      const before = await periodWrites();
      expect((await run(OPEN, { code: '2020-H2' }, roles)).data?.['reportingPeriodOpen']).toEqual({ reportingPeriod: null, userErrors: [expect.objectContaining({ code: 'FORBIDDEN' })] });
      expect((await run(PUBLISH, { code: '2025-H2' }, roles)).data?.['reportingPeriodPublish']).toEqual({ reportingPeriod: null, userErrors: [expect.objectContaining({ code: 'FORBIDDEN' })] });
      expect((await run(UNPUBLISH, { code: '2020-H1' }, roles)).data?.['reportingPeriodUnpublish']).toEqual({ reportingPeriod: null, userErrors: [expect.objectContaining({ code: 'FORBIDDEN' })] });
      expect(await periodWrites()).toBe(before);
      expect((await kpis.getPeriod('2020-H1'))?.publishedAt).not.toBeNull();
    });

    it('lets a statistician open a period by its code, unpublished, and refuses a malformed code or one already open', async () => {
      const opened = await run(OPEN, { code: '2020-H2' }, ['statistician']);
      expect(opened.data?.['reportingPeriodOpen']).toEqual({ reportingPeriod: { code: '2020-H2', labelVi: '6 tháng cuối năm 2020', published: false, publishedAt: null }, userErrors: [] });
      expect((await run(OPEN, { code: '2020-H2' }, ['statistician'])).data?.['reportingPeriodOpen']).toEqual({
        reportingPeriod: null,
        userErrors: [expect.objectContaining({ field: ['input', 'code'], code: 'DUPLICATE' })],
      });
      for (const code of ['2020-H3', "2020' or 1=1 --", '']) {
        expect((await run(OPEN, { code }, ['statistician'])).data?.['reportingPeriodOpen']).toEqual({
          reportingPeriod: null,
          userErrors: [expect.objectContaining({ field: ['input', 'code'], code: 'VALIDATION' })],
        });
      }
      const [audit] = await db.query<{ actor: string; action: string }>("select actor, action from audit_log where entity_type = 'period' and entity_id = '2020-H2'");
      expect(audit).toEqual({ actor: 'user-statistician', action: 'period.create' });
    });

    it('keeps an open period and its figures from the public, who stay on the latest published period, while a statistician sees it', async () => {
      const recorded = await run(UPSERT, { input: { indicatorCode: 'POST_SERVICE_POINTS', period: '2020-H2', areaCode: '20', value: 241, sourceQuote: '241 điểm phục vụ' } }, ['statistician']);
      const figureId = recorded.data?.['observationUpsert'].observation.id;
      expect(figureId).toBeTruthy();

      for (const roles of [null, ['editor'] as Role[]]) {
        const view = await run(PUBLIC_VIEW, {}, roles);
        expect(view.errors).toBeUndefined();
        expect(view.data).toEqual({
          reportingPeriods: [{ code: '2019-12', published: true }, { code: '2020-H1', published: true }],
          latest: { code: '2020-H1' },
          named: null,
          statisticsDashboard: { period: { code: '2020-H1' } },
        });
        const named = await run('{ statisticsDashboard(period: "2020-H2") { period { code } } }', {}, roles);
        expect(named.errors?.[0]).toMatchObject({ message: 'There is no reporting period "2020-H2".', extensions: { code: 'BAD_USER_INPUT', argument: 'period' } });
        const list = await run('{ observations(filter: { period: "2020-H2" }) { totalCount } }', {}, roles);
        expect(list.errors?.[0]?.message).toBe('There is no reporting period "2020-H2".');
        const checks = await run('{ consistencyChecks(period: "2020-H2") { areaCode } }', {}, roles);
        expect(checks.errors?.[0]?.message).toBe('There is no reporting period "2020-H2".');
        const series = await run('{ indicator(code: "POST_SERVICE_POINTS") { observations(filter: { areaCode: "20" }) { nodes { period { code } value } } observation(period: "2020-H2") { value } } }', {}, roles);
        expect(series.data?.['indicator']).toEqual({
          observations: { nodes: [{ period: { code: '2019-12' }, value: 230 }, { period: { code: '2020-H1' }, value: 238 }] },
          observation: null,
        });
        const all = await run('{ observations(filter: { indicatorCode: "POST_SERVICE_POINTS", areaCode: "20" }) { nodes { value } } }', {}, roles);
        expect(all.data?.['observations'].nodes).toEqual([{ value: 230 }, { value: 238 }]);
        const nodes = await run('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [figureId, toGlobalId('ReportingPeriod', '2020-H2')] }, roles);
        expect(nodes.data?.['nodes']).toEqual([null, null]);
      }

      const staff = await run(PUBLIC_VIEW, {}, ['statistician']);
      expect(staff.data).toEqual({
        reportingPeriods: [
          { code: '2019-12', published: true },
          { code: '2020-H1', published: true },
          { code: '2020-H2', published: false },
          { code: '2025-H2', published: false },
        ],
        // The default is the public's, for a statistician too: what the public pages show.
        latest: { code: '2020-H1' },
        named: { code: '2020-H2' },
        statisticsDashboard: { period: { code: '2020-H1' } },
      });
      const preview = await run('{ statisticsDashboard(period: "2020-H2") { fields { indicators { observation { value } } } } }', {}, ['statistician']);
      const values = preview.data?.['statisticsDashboard'].fields.flatMap((field: Data) => field.indicators.map((each: Data) => each.observation?.value ?? null));
      expect(values.filter((value: number | null) => value !== null)).toEqual([241]);
    });

    it('moves the public default to a period once a statistician publishes it, and back when it is taken back', async () => {
      const published = await run(PUBLISH, { code: '2020-H2' }, ['statistician']);
      expect(published.data?.['reportingPeriodPublish']).toEqual({ reportingPeriod: { code: '2020-H2', published: true, publishedAt: expect.anything() }, userErrors: [] });
      const [audit] = await db.query<{ actor: string }>("select actor from audit_log where entity_type = 'period' and entity_id = '2020-H2' and action = 'period.publish'");
      expect(audit).toEqual({ actor: 'user-statistician' });

      const view = await run(PUBLIC_VIEW);
      expect(view.data).toEqual({
        reportingPeriods: [{ code: '2019-12', published: true }, { code: '2020-H1', published: true }, { code: '2020-H2', published: true }],
        latest: { code: '2020-H2' },
        named: { code: '2020-H2' },
        statisticsDashboard: { period: { code: '2020-H2' } },
      });
      expect((await run(PUBLISH, { code: '2020-H2' }, ['statistician'])).data?.['reportingPeriodPublish'].userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'code'], code: 'INVALID_TRANSITION' }),
      ]);
      expect((await run(PUBLISH, { code: '2031-H1' }, ['statistician'])).data?.['reportingPeriodPublish'].userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'code'], code: 'NOT_FOUND' }),
      ]);

      expect((await run(UNPUBLISH, { code: '2020-H2' }, ['statistician'])).data?.['reportingPeriodUnpublish']).toEqual({
        reportingPeriod: { code: '2020-H2', published: false, publishedAt: null },
        userErrors: [],
      });
      expect((await run(PUBLIC_VIEW)).data).toMatchObject({ latest: { code: '2020-H1' }, named: null, statisticsDashboard: { period: { code: '2020-H1' } } });
    });

    it('keeps the public default on the published period when a postal dossier return opens a later half year', async () => {
      await kpis.createIndicator(indicator('POST_PUBLIC_RESULTS_RETURNED', 'post', 'count'), who);
      const outcome = await db.transaction((tx) => createPostalDossierStatistics().resultReturned(tx, '2026-08-03', { actor: 'user-officer' }));
      expect(outcome).toEqual({ kind: 'counted', period: '2026-H2', value: 1 });
      expect(await kpis.getPeriod('2026-H2')).toMatchObject({ publishedAt: null });

      const view = await run(PUBLIC_VIEW);
      expect(view.data).toMatchObject({ latest: { code: '2020-H1' }, statisticsDashboard: { period: { code: '2020-H1' } } });
      expect(view.data?.['reportingPeriods'].map((p: { code: string }) => p.code)).not.toContain('2026-H2');
      const staff = await run('{ reportingPeriods { code published } }', {}, ['statistician']);
      expect(staff.data?.['reportingPeriods']).toContainEqual({ code: '2026-H2', published: false });
    });
  });
});
