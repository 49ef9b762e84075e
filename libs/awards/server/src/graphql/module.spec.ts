import type { AwardInput } from '@egov/awards-model';
import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Role } from '@egov/graphql';
import type { UnitInput } from '@egov/units-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardsGraphQLModule } from './module';
import { createAwardsRepository, type AwardsRepository } from '../awards-repository';
import { awardsMigrations } from '../migrations';

const who = { actor: 'seed' };
const unit = (code: string, nameVi: string, parentCode: string | null, kind: UnitInput['kind']): UnitInput => ({
  code,
  kind,
  nameVi,
  nameEn: nameVi,
  parentCode,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
});

const meritToCentre: AwardInput = {
  factId: 'F40',
  kind: 'certificate_of_merit',
  conferredBy: 'provincial_chairman',
  level: 'provincial',
  recipientKind: 'collective',
  recipientUnitCode: 'trung-tam-cntt-tt',
  recipientName: null,
  collectivesCount: null,
  individualsCount: null,
  reasonVi: 'Đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  reasonEn: 'Two consecutive years of excellent completion of duties',
  coveredFromYear: null,
  coveredToYear: null,
  conferredOn: '2020-06-26',
  period: '2020-H1',
  sourceQuote: 'vì đã đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
};
const commendationToGroup: AwardInput = {
  ...meritToCentre,
  factId: 'F42',
  kind: 'commendation',
  conferredBy: 'department_director',
  level: 'department',
  recipientKind: 'group',
  recipientUnitCode: null,
  recipientName: null,
  collectivesCount: 6,
  individualsCount: 13,
  reasonVi: 'Điển hình tiên tiến ngành TT&TT giai đoạn 2016 - 2020',
  reasonEn: 'Exemplary advanced models of the sector, 2016–2020',
  coveredFromYear: 2016,
  coveredToYear: 2020,
  conferredOn: '2020-05-15',
};
const meritToPerson: AwardInput = {
  ...meritToCentre,
  factId: null,
  conferredBy: 'minister',
  level: 'ministerial',
  recipientKind: 'individual',
  recipientUnitCode: 'phong-ttbcxb',
  recipientName: 'Nguyễn Văn An',
  conferredOn: '2019-12-20',
  period: '2019-H2',
  sourceQuote: null,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions walk a JSON result by path
type Data = Record<string, any>;
type Body = { data?: Data | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

const AWARD_FIELDS = `
  id kind kindLabelVi kindLabelEn conferredBy conferredByLabelVi conferredByLabelEn level recipientKind
  recipientUnit { code nameVi } recipientName collectivesCount individualsCount reasonVi reasonEn
  coveredFromYear coveredToYear yearsCovered conferredOn period factId sourceQuote version
`;
const RECORD = `mutation($input: AwardRecordInput!) { awardRecord(input: $input) { award { id version recipientUnit { code } reasonVi } userErrors { field message code } } }`;
const UPDATE = `mutation($input: AwardUpdateInput!) { awardUpdate(input: $input) { award { id version reasonVi yearsCovered } userErrors { field message code } } }`;

/** An award as the mutation input takes it: enums in upper case, optional fields left out when null. */
function asInput(award: AwardInput): Record<string, unknown> {
  const upper = (value: string) => value.toUpperCase();
  const entries = Object.entries({
    ...award,
    kind: upper(award.kind),
    conferredBy: upper(award.conferredBy),
    level: upper(award.level),
    recipientKind: upper(award.recipientKind),
  }).filter(([, value]) => value !== null);
  return Object.fromEntries(entries);
}

describe.each(testBackends)('awards GraphQL on %s', (backend) => {
  let db: TestDatabase;
  let awards: AwardsRepository;
  let schema: GraphQLSchema;
  let statements = 0;

  const run = async (source: string, variableValues: Record<string, unknown> = {}, roles: Role[] | null = null): Promise<Body> =>
    (await graphql({
      schema,
      source,
      variableValues,
      contextValue: createRequestContext(roles ? { userId: `user-${roles.join('-')}`, roles } : null, 'test'),
    })) as Body;
  const writes = async () =>
    (await db.query<{ audits: number; awards: number }>('select (select count(*) from audit_log)::int as audits, (select count(*) from awards)::int as awards'))[0];

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...awardsMigrations], {
      onQuery: () => {
        statements += 1;
      },
    });
    const units = createUnitsRepository(db);
    await units.create(unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, 'department'), who);
    await units.create(unit('trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'so-tttt', 'centre'), who);
    await units.create(unit('phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản', 'so-tttt', 'division'), who);
    awards = createAwardsRepository(db);
    await awards.record(meritToCentre, who);
    await awards.record(commendationToGroup, who);
    await awards.record(meritToPerson, who);
    const districts = createDistrictsRepository(db);
    schema = composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts }), awardsGraphQLModule({ awards, units })]);
  });
  afterAll(() => db.dispose());

  describe('awards query', () => {
    it('lists awards latest first with their recipient unit, counts, reason, period, source and totals', async () => {
      const { data, errors } = await run(`{ awards { totalCount totals { awards collectives individuals } nodes { ${AWARD_FIELDS} } } }`);
      expect(errors).toBeUndefined();
      const page = data?.['awards'];
      expect(page.totalCount).toBe(3);
      expect(page.totals).toEqual({ awards: 3, collectives: 7, individuals: 14 });
      expect(page.nodes.map((a: { factId: string | null }) => a.factId)).toEqual(['F40', 'F42', null]);
      expect(page.nodes[0]).toEqual({
        id: expect.any(String),
        kind: 'CERTIFICATE_OF_MERIT',
        kindLabelVi: 'Bằng khen',
        kindLabelEn: 'Certificate of merit',
        conferredBy: 'PROVINCIAL_CHAIRMAN',
        conferredByLabelVi: 'Chủ tịch UBND tỉnh',
        conferredByLabelEn: "Chairman of the Provincial People's Committee",
        level: 'PROVINCIAL',
        recipientKind: 'COLLECTIVE',
        recipientUnit: { code: 'trung-tam-cntt-tt', nameVi: 'Trung tâm Công nghệ thông tin và Truyền thông' },
        recipientName: null,
        collectivesCount: 1,
        individualsCount: 0,
        reasonVi: meritToCentre.reasonVi,
        reasonEn: meritToCentre.reasonEn,
        coveredFromYear: null,
        coveredToYear: null,
        yearsCovered: null,
        conferredOn: '2020-06-26',
        period: '2020-H1',
        factId: 'F40',
        sourceQuote: meritToCentre.sourceQuote,
        version: 1,
      });
      expect(page.nodes[1]).toMatchObject({ recipientKind: 'GROUP', recipientUnit: null, collectivesCount: 6, individualsCount: 13, yearsCovered: '2016–2020' });
    });

    it('filters by kind, level, period, recipient unit and recipient query', async () => {
      const facts = async (filter: string) =>
        ((await run(`{ awards(filter: ${filter}) { nodes { factId recipientName } totals { awards } } }`)).data?.['awards'].nodes as Array<{ factId: string | null; recipientName: string | null }>).map(
          (a) => a.factId ?? a.recipientName,
        );
      expect(await facts('{ kind: COMMENDATION }')).toEqual(['F42']);
      expect(await facts('{ kind: CERTIFICATE_OF_MERIT, level: PROVINCIAL }')).toEqual(['F40']);
      expect(await facts('{ period: "2019-H2" }')).toEqual(['Nguyễn Văn An']);
      // A period is a stretch of the calendar, not a record: one without awards is an empty page.
      expect(await facts('{ period: "2021" }')).toEqual([]);
      expect(await facts('{ period: "2099-H1" }')).toEqual([]);
      // A unit that exists but received nothing of the kind asked is an empty page too.
      expect(await facts('{ recipientUnitCode: "phong-ttbcxb", kind: COMMENDATION }')).toEqual([]);
      expect(await facts('{ recipientUnitCode: "phong-ttbcxb" }')).toEqual(['Nguyễn Văn An']);
      expect(await facts('{ query: "nguyen van an" }')).toEqual(['Nguyễn Văn An']);
      expect(await facts('{ query: "trung tam cong nghe" }')).toEqual(['F40']);
      expect(await facts('{ query: "   " }')).toEqual(['F40', 'F42', 'Nguyễn Văn An']);
      expect(await facts(`{ query: "' or 1=1 --" }`)).toEqual([]);
      expect(await facts('{ query: "<script>alert(1)</script>" }')).toEqual([]);
    });

    it('orders by the day conferred and pages forwards and backwards', async () => {
      const asc = await run('{ awards(orderBy: { direction: ASC }, first: 2) { nodes { conferredOn } pageInfo { hasNextPage endCursor } } }');
      expect(asc.data?.['awards'].nodes).toEqual([{ conferredOn: '2019-12-20' }, { conferredOn: '2020-05-15' }]);
      const rest = await run('query($after: String) { awards(orderBy: { direction: ASC }, first: 2, after: $after) { nodes { conferredOn } pageInfo { hasNextPage } } }', {
        after: asc.data?.['awards'].pageInfo.endCursor,
      });
      expect(rest.data?.['awards']).toEqual({ nodes: [{ conferredOn: '2020-06-26' }], pageInfo: { hasNextPage: false } });
      const last = await run('{ awards(last: 1) { nodes { conferredOn } pageInfo { hasPreviousPage } totalCount } }');
      expect(last.data?.['awards']).toEqual({ nodes: [{ conferredOn: '2019-12-20' }], pageInfo: { hasPreviousPage: true }, totalCount: 3 });
    });

    it.each([
      ['an oversize query', `{ query: "${'x'.repeat(201)}" }`],
      ['a malformed period', `{ period: "2020' or 1=1 --" }`],
      ['a month as period', '{ period: "2020-06" }'],
      ['an HTML unit code', '{ recipientUnitCode: "<b>x</b>" }'],
    ])('refuses %s with BAD_USER_INPUT', async (_, filter) => {
      const { errors } = await run(`{ awards(filter: ${filter}) { totalCount } }`);
      expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('refuses a recipient unit that does not exist with BAD_USER_INPUT naming the argument and the code', async () => {
      const { data, errors } = await run('{ awards(filter: { recipientUnitCode: "khong-co" }) { totalCount } }');
      expect(data).toBeNull();
      expect(errors?.map((e) => [e.message, e.extensions?.['code'], e.extensions?.['argument']])).toEqual([['There is no unit "khong-co".', 'BAD_USER_INPUT', 'recipientUnitCode']]);
    });

    it('refuses wrong types, a page size over 100 and a foreign cursor', async () => {
      expect((await run('{ awards(filter: { kind: "COMMENDATION" }) { totalCount } }')).errors?.[0]?.message).toMatch(/Enum "AwardKind" cannot represent/);
      expect((await run('{ awards(filter: { level: CITY }) { totalCount } }')).errors).toBeDefined();
      expect((await run('{ awards(first: 101) { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect((await run('{ awards(after: "b2Zmc2V0Oi0x") { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    });

    it('finds an award by its global id, by node(id), and nothing for unknown or foreign ids', async () => {
      const merit = (await awards.findByFactId('F40'))!;
      const id = toGlobalId('Award', merit.id);
      const { data } = await run('query($id: ID!) { award(id: $id) { id factId } node(id: $id) { ... on Award { reasonVi } } }', { id });
      expect(data).toEqual({ award: { id, factId: 'F40' }, node: { reasonVi: meritToCentre.reasonVi } });
      for (const other of [toGlobalId('Award', '00000000-0000-4000-8000-000000000000'), toGlobalId('Unit', 'so-tttt'), "' or 1=1 --", 'x'.repeat(500)]) {
        expect((await run('query($id: ID!) { award(id: $id) { id } }', { id: other })).data).toEqual({ award: null });
      }
    });

    it('reads a page of awards with their recipient units in a constant number of statements', async () => {
      const source = '{ awards(filter: { query: "trung tam" }) { nodes { recipientUnit { code nameVi } } } all: awards { nodes { recipientUnit { code } } totals { awards } } }';
      // The search, its units, a page, its totals and its units: at most five, however many awards
      // there are (how the unit reads batch together depends on timing, so a bound, not a count).
      statements = 0;
      const first = await run(source);
      expect(first.errors).toBeUndefined();
      expect(statements).toBeLessThanOrEqual(5);
      for (let i = 0; i < 10; i++) await awards.record({ ...meritToCentre, factId: `F${60 + i}`, conferredOn: '2020-03-01', recipientUnitCode: i % 2 ? 'so-tttt' : 'phong-ttbcxb' }, who);
      statements = 0;
      const second = await run(source);
      expect(second.data?.['all'].nodes).toHaveLength(13);
      expect(statements).toBeLessThanOrEqual(5);
    });
  });

  describe('awardRecord and awardUpdate', () => {
    const fresh: AwardInput = { ...meritToCentre, factId: null, recipientUnitCode: 'so-tttt', conferredOn: '2020-02-03', reasonVi: 'Hoàn thành xuất sắc nhiệm vụ năm 2019', coveredFromYear: 2019, coveredToYear: 2019 };

    it('records and updates an award for an admin, auditing each write', async () => {
      const before = await writes();
      const recorded = await run(RECORD, { input: asInput(fresh) }, ['admin']);
      expect(recorded.data?.['awardRecord']).toEqual({
        award: { id: expect.any(String), version: 1, recipientUnit: { code: 'so-tttt' }, reasonVi: fresh.reasonVi },
        userErrors: [],
      });
      const id = recorded.data?.['awardRecord'].award.id as string;
      const updated = await run(UPDATE, { input: { ...asInput({ ...fresh, coveredFromYear: 2018 }), id, version: 1 } }, ['admin']);
      expect(updated.data?.['awardUpdate']).toEqual({ award: { id, version: 2, reasonVi: fresh.reasonVi, yearsCovered: '2018–2019' }, userErrors: [] });
      expect(await writes()).toEqual({ audits: before!.audits + 2, awards: before!.awards + 1 });
      const trail = await db.query<{ actor: string; action: string }>("select actor, action from audit_log where entity_type = 'award' order by id desc limit 2");
      expect(trail).toEqual([
        { actor: 'user-admin', action: 'award.update' },
        { actor: 'user-admin', action: 'award.record' },
      ]);

      const stale = await run(UPDATE, { input: { ...asInput(fresh), id, version: 1 } }, ['admin']);
      expect(stale.data?.['awardUpdate']).toEqual({ award: null, userErrors: [expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })] });
      const unknown = await run(UPDATE, { input: { ...asInput(fresh), id: toGlobalId('Award', '00000000-0000-4000-8000-000000000000'), version: 1 } }, ['admin']);
      expect(unknown.data?.['awardUpdate'].userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      const foreign = await run(UPDATE, { input: { ...asInput(fresh), id: toGlobalId('Unit', 'so-tttt'), version: 1 } }, ['admin']);
      expect(foreign.data?.['awardUpdate'].userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'NOT_FOUND' })]);
      expect(await writes()).toEqual({ audits: before!.audits + 2, awards: before!.awards + 1 });
    });

    it.each([
      ['anonymous callers', null],
      ['an editor', ['editor'] as Role[]],
      ['a statistician', ['statistician'] as Role[]],
      ['an inspector', ['inspector'] as Role[]],
      ['a licensing officer', ['licensing_officer'] as Role[]],
      ['every role but admin', ['editor', 'statistician', 'licensing_officer', 'inspector'] as Role[]],
    ])('refuses %s with FORBIDDEN and writes nothing', async (_, roles) => {
      const merit = (await awards.findByFactId('F40'))!;
      const before = await writes();
      const recorded = await run(RECORD, { input: asInput({ ...fresh, reasonVi: 'Không được ghi' }) }, roles);
      expect(recorded.data?.['awardRecord']).toMatchObject({ award: null, userErrors: [{ code: 'FORBIDDEN' }] });
      const updated = await run(UPDATE, { input: { ...asInput(meritToCentre), reasonVi: 'Không được sửa', id: toGlobalId('Award', merit.id), version: merit.version } }, roles);
      expect(updated.data?.['awardUpdate']).toMatchObject({ award: null, userErrors: [{ code: 'FORBIDDEN' }] });
      expect(await writes()).toEqual(before);
    });

    it.each([
      ['a level the authority does not confer at', { level: 'department' }, 'VALIDATION', 'level'],
      ['a form the authority does not confer', { kind: 'commendation' }, 'VALIDATION', 'kind'],
      ['a group of nobody', { ...commendationToGroup, factId: null, collectivesCount: 0, individualsCount: 0 }, 'VALIDATION', 'collectivesCount'],
      ['a negative count', { ...commendationToGroup, factId: null, collectivesCount: -1 }, 'VALIDATION', 'collectivesCount'],
      ['an individual without a name', { recipientKind: 'individual' }, 'VALIDATION', 'recipientName'],
      ['years covered ending before they begin', { coveredFromYear: 2020, coveredToYear: 2019 }, 'VALIDATION', 'coveredToYear'],
      ['a year out of range', { coveredFromYear: 1800 }, 'VALIDATION', 'coveredFromYear'],
      ['a day outside its period', { period: '2020-H2' }, 'VALIDATION', 'period'],
      ['a malformed period', { period: "2020' or 1=1 --" }, 'VALIDATION', 'period'],
      ['an unknown unit', { recipientUnitCode: 'no-such-unit' }, 'UNKNOWN_REFERENCE', 'recipientUnitCode'],
      ['an SQL injection as unit code', { recipientUnitCode: "x'; drop table awards; --" }, 'VALIDATION', 'recipientUnitCode'],
      ['an oversize reason', { reasonVi: 'x'.repeat(2001) }, 'VALIDATION', 'reasonVi'],
      ['an empty reason', { reasonVi: '  ' }, 'VALIDATION', 'reasonVi'],
      ['an oversize source quote', { sourceQuote: '<script>'.repeat(300) }, 'VALIDATION', 'sourceQuote'],
      ['a fact already recorded', { factId: 'F40' }, 'DUPLICATE', 'factId'],
      ['a malformed fact id', { factId: '<img src=x onerror=alert(1)>' }, 'VALIDATION', 'factId'],
    ])('refuses %s as a userError and writes nothing', async (_, extra, code, field) => {
      const before = await writes();
      const refused = await run(RECORD, { input: asInput({ ...fresh, ...(extra as Partial<AwardInput>) }) }, ['admin']);
      expect(refused.errors).toBeUndefined();
      expect(refused.data?.['awardRecord'].award).toBeNull();
      expect(refused.data?.['awardRecord'].userErrors).toContainEqual(expect.objectContaining({ code, field: ['input', field] }));
      expect(await writes()).toEqual(before);
    });

    it('refuses changing the fact an award was recorded from', async () => {
      const merit = (await awards.findByFactId('F40'))!;
      const before = await writes();
      const refused = await run(UPDATE, { input: { ...asInput({ ...meritToCentre, factId: 'F41' }), id: toGlobalId('Award', merit.id), version: merit.version } }, ['admin']);
      expect(refused.data?.['awardUpdate'].userErrors).toEqual([expect.objectContaining({ field: ['input', 'factId'], code: 'VALIDATION' })]);
      expect(await writes()).toEqual(before);
    });

    it.each([
      ['a day that does not exist', { conferredOn: '2020-02-30' }],
      ['a day that is not a date', { conferredOn: "2020-01-01'; --" }],
      ['an unknown form', { kind: 'MEDAL' }],
      ['a count that is not whole', { collectivesCount: 1.5 }],
      ['a missing reason', { reasonVi: null }],
    ])('refuses %s as a GraphQL validation error and writes nothing', async (_, extra) => {
      const before = await writes();
      const refused = await run(RECORD, { input: { ...asInput(fresh), ...extra } }, ['admin']);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]?.message).toMatch(/input/);
      expect(await writes()).toEqual(before);
    });
  });
});
