import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Role } from '@egov/graphql';
import type { Inspection, InspectionInput, SanctionDecisionInput } from '@egov/inspections-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations, type UnitsRepository } from '@egov/units-server';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionsGraphQLModule } from './module';
import { createInspectionsRepository, type InspectionsRepository } from '../inspections-repository';
import { inspectionsMigrations } from '../migrations';

const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...inspectionsMigrations];
const who = { actor: 'seed' };
const org = (name: string) => ({ name, kind: 'organisation' as const });

const inspectionInput = (extra: Partial<InspectionInput> = {}): InspectionInput => ({
  decisionNumber: '01/QĐ-TTr',
  kind: 'planned',
  activity: 'inspection',
  field: 'internet',
  subjects: [org('Doanh nghiệp A'), org('Doanh nghiệp B')],
  startedOn: '2020-02-10',
  status: 'in_progress',
  leadUnitCode: 'thanh-tra-so',
  ...extra,
});

const decisionInput = (extra: Partial<SanctionDecisionInput> = {}): SanctionDecisionInput => ({
  number: '01/QĐ-XPVPHC',
  issuedOn: '2020-03-01',
  violatorName: 'Doanh nghiệp A',
  violatorKind: 'organisation',
  violations: [{ descriptionVi: 'Cung cấp dịch vụ truyền hình trả tiền không đúng quy định', legalArticle: 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 15_000_000,
  ...extra,
});

async function seedUnits(units: UnitsRepository) {
  const base = { areaCode: null, descriptionVi: null, website: null, sourceQuote: null };
  await units.create({ ...base, code: 'so-tttt', kind: 'department', nameVi: 'Sở TT&TT', nameEn: 'DIC', parentCode: null }, who);
  await units.create({ ...base, code: 'thanh-tra-so', kind: 'inspectorate', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate', parentCode: 'so-tttt' }, who);
}

function schemaOf(db: TestDatabase, inspections: InspectionsRepository): GraphQLSchema {
  const units = createUnitsRepository(db);
  const districts = createDistrictsRepository(db);
  return composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts }), inspectionsGraphQLModule({ inspections, units })]);
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testBackends)('inspections GraphQL module on %s', (backend) => {
  let db: TestDatabase;
  let register: InspectionsRepository;
  let schema: GraphQLSchema;
  let first: Inspection;

  // Through JSON, as a client over HTTP gets it.
  const run = async (source: string, variableValues: Record<string, unknown> = {}, roles: Role[] | null = null) =>
    JSON.parse(
      JSON.stringify(
        await graphql({
          schema,
          source,
          variableValues,
          contextValue: createRequestContext(roles ? { userId: `user-${roles.join('-')}`, roles } : null, 'test'),
        }),
      ),
    ) as ExecutionResult<Data>;
  const counts = async () =>
    (
      await db.query<{ audits: number; inspections: number; decisions: number }>(
        `select (select count(*) from audit_log)::int as audits, (select count(*) from inspections)::int as inspections,
          (select count(*) from sanction_decisions)::int as decisions`,
      )
    )[0];
  const code = (result: ExecutionResult) => result.errors?.[0]?.extensions?.['code'];

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations);
    await seedUnits(createUnitsRepository(db));
    register = createInspectionsRepository(db);
    schema = schemaOf(db, register);
    // The first half of 2020 as the report gives it: 2 inspections of 4 units, 6 checks of 7 subjects, 5 decisions, 60,000,000 đ.
    first = await register.recordInspection(inspectionInput(), who);
    const second = await register.recordInspection(
      inspectionInput({ decisionNumber: '02/QĐ-TTr', field: 'broadcasting', startedOn: '2020-05-04', subjects: [org('C'), { name: 'Bà Nguyễn Thị Y', kind: 'individual' }] }),
      who,
    );
    const checkSubjects = [[org('Bưu cục 1')], [org('Bưu cục 2')], [org('Trạm BTS 1')], [org('Trạm BTS 2')], [org('Đại lý Internet 1')], [org('Đại lý 2'), org('Đại lý 3')]];
    for (const [index, subjects] of checkSubjects.entries()) {
      await register.recordInspection(
        inspectionInput({ decisionNumber: `${index + 10}/QĐ-KT`, activity: 'check', kind: 'ad_hoc', field: index < 2 ? 'post' : 'telecom', startedOn: `2020-0${index + 1}-20`, subjects }),
        who,
      );
    }
    await register.recordInspection(inspectionInput({ decisionNumber: '20/QĐ-KT', activity: 'check', status: 'planned', startedOn: '2020-06-25' }), who);
    await register.recordSanctionDecision(decisionInput({ inspectionId: first.id, extraMeasures: ['Buộc gỡ bỏ thông tin vi phạm'] }), who);
    await register.recordSanctionDecision(decisionInput({ number: '02/QĐ-XPVPHC', inspectionId: second.id, issuedOn: '2020-05-20', fineVnd: 10_000_000 }), who);
    await register.recordSanctionDecision(decisionInput({ number: '03/QĐ-XPVPHC', inspectionId: first.id, issuedOn: '2020-04-01', fineVnd: 5_000_000 }), who);
    for (const number of ['04/QĐ-XPVPHC', '05/QĐ-XPVPHC']) {
      await register.recordSanctionDecision(
        decisionInput({ number, inspectionId: null, standaloneReason: 'Đưa tin sai sự thật trên mạng xã hội', field: 'electronic_information', violatorKind: 'individual', violatorName: 'Ông Trần Văn X', issuedOn: '2020-04-15' }),
        who,
      );
    }
  });
  afterAll(() => db.dispose());

  const INSPECTIONS = /* GraphQL */ `
    query ($filter: InspectionFilter, $orderBy: RegisterOrder, $first: Int, $after: String) {
      inspections(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id decisionNumber kind activity field status startedOn endedOn
          subjects { name kind }
          leadUnit { code nameVi }
          sanctionDecisions { number fineVnd }
        }
      }
    }
  `;
  const numbers = (result: ExecutionResult<Data>, root: string) => result.data?.[root].nodes.map((n: Data) => n.decisionNumber ?? n.number);

  it('lists inspections by period, sector and status, with their unit and decisions, page by page', async () => {
    const h1 = await run(INSPECTIONS, { filter: { from: '2020-01-01', to: '2020-06-30' }, first: 4 });
    expect(h1.errors).toBeUndefined();
    expect(h1.data?.['inspections']).toMatchObject({ totalCount: 9, pageInfo: { hasNextPage: true } });
    expect(numbers(h1, 'inspections')).toEqual(['10/QĐ-KT', '01/QĐ-TTr', '11/QĐ-KT', '12/QĐ-KT']);
    const firstNode = h1.data?.['inspections'].nodes[1];
    expect(firstNode).toMatchObject({
      kind: 'PLANNED',
      activity: 'INSPECTION',
      field: 'INTERNET',
      status: 'IN_PROGRESS',
      startedOn: '2020-02-10',
      leadUnit: { code: 'thanh-tra-so', nameVi: 'Thanh tra Sở' },
      sanctionDecisions: [{ number: '01/QĐ-XPVPHC', fineVnd: 15_000_000 }, { number: '03/QĐ-XPVPHC', fineVnd: 5_000_000 }],
    });
    const next = await run(INSPECTIONS, { filter: { from: '2020-01-01', to: '2020-06-30' }, first: 4, after: h1.data?.['inspections'].pageInfo.endCursor });
    expect(numbers(next, 'inspections')).toEqual(['13/QĐ-KT', '02/QĐ-TTr', '14/QĐ-KT', '15/QĐ-KT']);
    expect(numbers(await run(INSPECTIONS, { filter: { field: 'POST' } }), 'inspections')).toEqual(['10/QĐ-KT', '11/QĐ-KT']);
    expect(numbers(await run(INSPECTIONS, { filter: { status: 'PLANNED' } }), 'inspections')).toEqual(['20/QĐ-KT']);
    expect(numbers(await run(INSPECTIONS, { orderBy: { direction: 'DESC' }, first: 2 }), 'inspections')).toEqual(['20/QĐ-KT', '15/QĐ-KT']);
  });

  it("shows an individual's name only to inspectors and admins", async () => {
    const subjectsOf = async (roles: Role[] | null) =>
      (await run(INSPECTIONS, { filter: { field: 'BROADCASTING' } }, roles)).data?.['inspections'].nodes[0].subjects;
    expect(await subjectsOf(null)).toEqual([{ name: 'C', kind: 'ORGANISATION' }, { name: null, kind: 'INDIVIDUAL' }]);
    expect(await subjectsOf(['editor'])).toEqual([{ name: 'C', kind: 'ORGANISATION' }, { name: null, kind: 'INDIVIDUAL' }]);
    expect((await subjectsOf(['inspector']))[1]).toEqual({ name: 'Bà Nguyễn Thị Y', kind: 'INDIVIDUAL' });
    expect((await subjectsOf(['admin']))[1]).toEqual({ name: 'Bà Nguyễn Thị Y', kind: 'INDIVIDUAL' });
    const DECISIONS = '{ sanctionDecisions(filter: { field: ELECTRONIC_INFORMATION }) { nodes { violatorName violatorKind } } }';
    expect((await run(DECISIONS)).data?.['sanctionDecisions'].nodes).toEqual([
      { violatorName: null, violatorKind: 'INDIVIDUAL' },
      { violatorName: null, violatorKind: 'INDIVIDUAL' },
    ]);
    expect((await run(DECISIONS, {}, ['inspector'])).data?.['sanctionDecisions'].nodes[0].violatorName).toBe('Ông Trần Văn X');
  });

  it('refuses bad filters and page arguments with a clear error', async () => {
    expect(code(await run(INSPECTIONS, { filter: { from: '2020-07-01', to: '2020-01-01' } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(INSPECTIONS, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(code(await run(INSPECTIONS, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await run(INSPECTIONS, { after: "' or 1=1 --" }))).toBe('BAD_USER_INPUT');
    for (const filter of [{ field: 'SPORTS' }, { status: 'planned' }, { from: '2020-02-30' }, { from: "2020-01-01'; drop table inspections; --" }, { from: 20200101 }]) {
      const result = await run(INSPECTIONS, { filter });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.data).toBeUndefined();
    }
    expect(code(await run('{ sanctionDecisions(filter: { from: "2020-12-31", to: "2020-01-01" }) { totalCount } }'))).toBe('BAD_USER_INPUT');
  });

  const DECISIONS = /* GraphQL */ `
    query ($filter: SanctionDecisionFilter, $orderBy: RegisterOrder, $first: Int) {
      sanctionDecisions(filter: $filter, orderBy: $orderBy, first: $first) {
        totalCount
        nodes {
          id number issuedOn field fineVnd fineInWords violatorName violatorKind enforcementStatus extraMeasures standaloneReason
          violations { descriptionVi legalArticle }
          inspection { decisionNumber }
        }
      }
    }
  `;

  it('lists sanction decisions with the fine in figures and in words, violations, measures and enforcement', async () => {
    const all = await run(DECISIONS, { filter: { from: '2020-01-01', to: '2020-06-30' } });
    expect(all.errors).toBeUndefined();
    expect(all.data?.['sanctionDecisions'].totalCount).toBe(5);
    expect(all.data?.['sanctionDecisions'].nodes[0]).toEqual({
      id: expect.any(String),
      number: '01/QĐ-XPVPHC',
      issuedOn: '2020-03-01',
      field: 'INTERNET',
      fineVnd: 15_000_000,
      fineInWords: 'Mười lăm triệu đồng',
      violatorName: 'Doanh nghiệp A',
      violatorKind: 'ORGANISATION',
      enforcementStatus: 'PENDING',
      extraMeasures: ['Buộc gỡ bỏ thông tin vi phạm'],
      standaloneReason: null,
      violations: [{ descriptionVi: 'Cung cấp dịch vụ truyền hình trả tiền không đúng quy định', legalArticle: 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP' }],
      inspection: { decisionNumber: '01/QĐ-TTr' },
    });
    const standalone = all.data?.['sanctionDecisions'].nodes.find((n: Data) => n.number === '04/QĐ-XPVPHC');
    expect(standalone).toMatchObject({ inspection: null, standaloneReason: 'Đưa tin sai sự thật trên mạng xã hội', field: 'ELECTRONIC_INFORMATION' });
    // The sector comes from the inspection when the decision has none of its own.
    expect(numbers(await run(DECISIONS, { filter: { field: 'BROADCASTING' } }), 'sanctionDecisions')).toEqual(['02/QĐ-XPVPHC']);
    expect(numbers(await run(DECISIONS, { filter: { enforcementStatus: 'PAID' } }), 'sanctionDecisions')).toEqual([]);
    expect(numbers(await run(DECISIONS, { orderBy: { direction: 'DESC' }, first: 1 }), 'sanctionDecisions')).toEqual(['02/QĐ-XPVPHC']);
    expect((await run(DECISIONS, { filter: { enforcementStatus: 'FORGIVEN' } })).errors?.length).toBeGreaterThan(0);
  });

  it('gives the register totals of a period and checks figures a report gives against them', async () => {
    const TOTALS = /* GraphQL */ `
      query ($from: Date!, $to: Date!, $reported: InspectionReportedTotals) {
        inspectionTotals(from: $from, to: $to, reported: $reported) {
          from to inspections inspectedSubjects checks checkedSubjects decisions finesVnd finesInWords consistent
          differences { figure register reported difference }
        }
      }
    `;
    const h1 = await run(TOTALS, { from: '2020-01-01', to: '2020-06-30' });
    expect(h1.data?.['inspectionTotals']).toEqual({
      from: '2020-01-01',
      to: '2020-06-30',
      inspections: 2,
      inspectedSubjects: 4,
      checks: 6,
      checkedSubjects: 7,
      decisions: 5,
      finesVnd: 60_000_000,
      finesInWords: 'Sáu mươi triệu đồng',
      consistent: null,
      differences: null,
    });
    const reported = { inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000 };
    expect((await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported })).data?.['inspectionTotals']).toMatchObject({ consistent: true, differences: [] });
    const disagreeing = (await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported: { decisions: 6, finesVnd: 70_000_000 } })).data?.['inspectionTotals'];
    expect(disagreeing).toMatchObject({
      consistent: false,
      differences: [
        { figure: 'DECISIONS', register: 5, reported: 6, difference: -1 },
        { figure: 'FINES_VND', register: 60_000_000, reported: 70_000_000, difference: -10_000_000 },
      ],
    });
    expect((await run(TOTALS, { from: '2021-01-01', to: '2021-06-30' })).data?.['inspectionTotals']).toMatchObject({ decisions: 0, finesInWords: 'Không đồng' });
    expect(code(await run(TOTALS, { from: '2020-06-30', to: '2020-01-01' }))).toBe('BAD_USER_INPUT');
    expect(code(await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported: { finesVnd: -5 } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported: { finesVnd: 1.5 } }))).toBe('BAD_USER_INPUT');
    expect(code(await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported: { checks: -1 } }))).toBe('BAD_USER_INPUT');
    expect((await run(TOTALS, { from: 'last year', to: '2020-06-30' })).errors?.length).toBeGreaterThan(0);
    expect((await run(TOTALS, { from: '2020-01-01', to: '2020-06-30', reported: { checks: 'six' } })).errors?.length).toBeGreaterThan(0);
  });

  it('finds inspections and decisions again by global id', async () => {
    const id = toGlobalId('Inspection', first.id);
    expect((await run('query ($id: ID!) { node(id: $id) { id ... on Inspection { decisionNumber } } }', { id })).data?.['node']).toEqual({ id, decisionNumber: '01/QĐ-TTr' });
    const decision = (await run(DECISIONS, { first: 1 })).data?.['sanctionDecisions'].nodes[0];
    expect((await run('query ($id: ID!) { node(id: $id) { ... on SanctionDecision { number } } }', { id: decision.id })).data?.['node']).toEqual({ number: decision.number });
    expect((await run('query ($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Inspection', 'junk') })).data?.['node']).toBeNull();
  });

  describe('mutations', () => {
    const RECORD = /* GraphQL */ `
      mutation ($input: InspectionRecordInput!) {
        inspectionRecord(input: $input) { inspection { id decisionNumber status startedOn version leadUnit { code } } userErrors { field message code } }
      }
    `;
    const UPDATE = /* GraphQL */ `
      mutation ($input: InspectionUpdateInput!) {
        inspectionUpdate(input: $input) { inspection { id endedOn status version } userErrors { field message code } }
      }
    `;
    const CONCLUDE = /* GraphQL */ `
      mutation ($input: InspectionConcludeInput!) {
        inspectionConclude(input: $input) { inspection { id status conclusionVi concludedOn endedOn version } userErrors { field message code } }
      }
    `;
    const DECIDE = /* GraphQL */ `
      mutation ($input: SanctionDecisionRecordInput!) {
        sanctionDecisionRecord(input: $input) {
          sanctionDecision { id number fineVnd fineInWords field enforcementStatus version inspection { decisionNumber } }
          userErrors { field message code }
        }
      }
    `;
    const ENFORCE = /* GraphQL */ `
      mutation ($input: SanctionDecisionEnforcementUpdateInput!) {
        sanctionDecisionEnforcementUpdate(input: $input) { sanctionDecision { id enforcementStatus version } userErrors { field message code } }
      }
    `;
    const inspection = (extra: Record<string, unknown> = {}) => ({
      decisionNumber: '30/QĐ-TTr',
      kind: 'AD_HOC',
      activity: 'INSPECTION',
      field: 'TELECOM',
      subjects: [{ name: 'Công ty Viễn thông Z', kind: 'ORGANISATION' }],
      startedOn: '2020-09-01',
      status: 'IN_PROGRESS',
      leadUnitCode: 'thanh-tra-so',
      ...extra,
    });
    const decision = (extra: Record<string, unknown> = {}) => ({
      number: '30/QĐ-XPVPHC',
      issuedOn: '2020-09-20',
      violatorName: 'Công ty Viễn thông Z',
      violatorKind: 'ORGANISATION',
      violations: [{ descriptionVi: 'Không lưu trữ thông tin thuê bao', legalArticle: 'Khoản 3 Điều 30 Nghị định 15/2020/NĐ-CP' }],
      fineVnd: 25_000_000,
      extraMeasures: ['Buộc cập nhật thông tin thuê bao'],
      ...extra,
    });

    it('lets an inspector record, update and conclude an inspection, then record and enforce its decision', async () => {
      const recorded = (await run(RECORD, { input: inspection() }, ['inspector'])).data?.['inspectionRecord'];
      expect(recorded).toMatchObject({ userErrors: [], inspection: { decisionNumber: '30/QĐ-TTr', status: 'IN_PROGRESS', startedOn: '2020-09-01', version: 1, leadUnit: { code: 'thanh-tra-so' } } });
      const id = recorded.inspection.id;
      const updated = (await run(UPDATE, { input: { id, version: 1, ...inspection({ endedOn: '2020-09-15' }) } }, ['inspector'])).data?.['inspectionUpdate'];
      expect(updated).toMatchObject({ userErrors: [], inspection: { endedOn: '2020-09-15', version: 2 } });
      const concluded = (await run(CONCLUDE, { input: { id, version: 2, conclusionVi: 'Công ty Z vi phạm quy định về thông tin thuê bao.', concludedOn: '2020-09-18' } }, ['inspector']))
        .data?.['inspectionConclude'];
      expect(concluded).toMatchObject({ userErrors: [], inspection: { status: 'CONCLUDED', concludedOn: '2020-09-18', endedOn: '2020-09-15', version: 3 } });
      const decided = (await run(DECIDE, { input: decision({ inspectionId: id }) }, ['inspector'])).data?.['sanctionDecisionRecord'];
      expect(decided).toMatchObject({
        userErrors: [],
        sanctionDecision: { fineVnd: 25_000_000, fineInWords: 'Hai mươi lăm triệu đồng', field: 'TELECOM', enforcementStatus: 'PENDING', inspection: { decisionNumber: '30/QĐ-TTr' } },
      });
      const decisionId = decided.sanctionDecision.id;
      const appealed = (await run(ENFORCE, { input: { id: decisionId, version: 1, enforcementStatus: 'APPEALED' } }, ['inspector'])).data?.['sanctionDecisionEnforcementUpdate'];
      expect(appealed).toMatchObject({ userErrors: [], sanctionDecision: { enforcementStatus: 'APPEALED', version: 2 } });
      const paid = (await run(ENFORCE, { input: { id: decisionId, version: 2, enforcementStatus: 'PAID' } }, ['admin'])).data?.['sanctionDecisionEnforcementUpdate'];
      expect(paid).toMatchObject({ userErrors: [], sanctionDecision: { enforcementStatus: 'PAID', version: 3 } });
      const again = (await run(ENFORCE, { input: { id: decisionId, version: 3, enforcementStatus: 'PENDING' } }, ['inspector'])).data?.['sanctionDecisionEnforcementUpdate'];
      expect(again.userErrors).toEqual([expect.objectContaining({ field: ['input', 'enforcementStatus'], code: 'INVALID_TRANSITION' })]);
      const standalone = (await run(DECIDE, { input: decision({ number: '31/QĐ-XPVPHC', standaloneReason: 'Phát hiện qua giám sát trên mạng', field: 'INTERNET' }) }, ['inspector']))
        .data?.['sanctionDecisionRecord'];
      expect(standalone).toMatchObject({ userErrors: [], sanctionDecision: { inspection: null, field: 'INTERNET' } });
    });

    it('refuses every mutation to anonymous callers and to other roles, writing nothing', async () => {
      const id = toGlobalId('Inspection', first.id);
      const decisionId = (await run(DECISIONS, { first: 1 })).data?.['sanctionDecisions'].nodes[0].id;
      const before = await counts();
      const attempts: Array<[string, string, Record<string, unknown>]> = [
        [RECORD, 'inspectionRecord', { input: inspection() }],
        [UPDATE, 'inspectionUpdate', { input: { id, version: first.version, ...inspection() } }],
        [CONCLUDE, 'inspectionConclude', { input: { id, version: first.version, conclusionVi: 'x', concludedOn: '2020-03-01' } }],
        [DECIDE, 'sanctionDecisionRecord', { input: decision({ standaloneReason: 'x' }) }],
        [ENFORCE, 'sanctionDecisionEnforcementUpdate', { input: { id: decisionId, version: 1, enforcementStatus: 'PAID' } }],
      ];
      for (const roles of [null, ['editor'], ['statistician'], ['licensing_officer']] as Array<Role[] | null>) {
        for (const [source, name, variables] of attempts) {
          const result = await run(source, variables, roles);
          expect(result.errors).toBeUndefined();
          expect(result.data?.[name].userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
          expect(Object.values(result.data?.[name]).filter((value) => value !== null && !Array.isArray(value))).toEqual([]);
        }
      }
      expect(await counts()).toEqual(before);
    });

    it('answers a stale version with CONFLICT and changes nothing', async () => {
      const recorded = (await run(RECORD, { input: inspection({ decisionNumber: '40/QĐ-TTr' }) }, ['inspector'])).data?.['inspectionRecord'].inspection;
      await run(UPDATE, { input: { id: recorded.id, version: 1, ...inspection({ decisionNumber: '40/QĐ-TTr', endedOn: '2020-09-02' }) } }, ['inspector']);
      const decided = (await run(DECIDE, { input: decision({ number: '40/QĐ-XPVPHC', inspectionId: recorded.id }) }, ['inspector'])).data?.['sanctionDecisionRecord'].sanctionDecision;
      await run(ENFORCE, { input: { id: decided.id, version: 1, enforcementStatus: 'APPEALED' } }, ['inspector']);
      const before = await counts();
      const conflict = [{ field: ['input', 'version'], message: expect.any(String), code: 'CONFLICT' }];
      expect((await run(UPDATE, { input: { id: recorded.id, version: 1, ...inspection({ decisionNumber: '40/QĐ-TTr' }) } }, ['inspector'])).data?.['inspectionUpdate']).toEqual({
        inspection: null,
        userErrors: conflict,
      });
      expect((await run(CONCLUDE, { input: { id: recorded.id, version: 1, conclusionVi: 'x', concludedOn: '2020-09-30' } }, ['inspector'])).data?.['inspectionConclude'].userErrors).toEqual(conflict);
      expect((await run(ENFORCE, { input: { id: decided.id, version: 1, enforcementStatus: 'PAID' } }, ['inspector'])).data?.['sanctionDecisionEnforcementUpdate'].userErrors).toEqual(conflict);
      expect(await counts()).toEqual(before);
    });

    it('answers wrong input with userErrors or validation errors, never a fault, and writes nothing', async () => {
      const before = await counts();
      const errors = async (source: string, name: string, variables: Record<string, unknown>) => {
        const result = await run(source, variables, ['inspector']);
        expect(result.errors).toBeUndefined();
        return result.data?.[name].userErrors as Data[];
      };
      const fieldsOf = (list: Data[]) => list.map((error) => [error.field.join('.'), error.code]);
      const decide = (extra: Record<string, unknown>) => errors(DECIDE, 'sanctionDecisionRecord', { input: decision({ inspectionId: toGlobalId('Inspection', first.id), ...extra }) });
      for (const fineVnd of [0, -5, 1.5, 1e13]) expect(fieldsOf(await decide({ fineVnd }))).toEqual([['input.fineVnd', 'VALIDATION']]);
      expect(fieldsOf(await decide({ issuedOn: '2020-01-01' }))).toEqual([['input.issuedOn', 'VALIDATION']]);
      expect(fieldsOf(await decide({ inspectionId: null }))).toEqual([['input.standaloneReason', 'VALIDATION']]);
      expect(fieldsOf(await decide({ standaloneReason: 'Phát hiện trên mạng xã hội' }))).toEqual([['input.standaloneReason', 'VALIDATION']]);
      expect(fieldsOf(await decide({ inspectionId: toGlobalId('Unit', 'so-tttt') }))).toEqual([['input.inspectionId', 'UNKNOWN_REFERENCE']]);
      expect(fieldsOf(await decide({ inspectionId: 'not-an-id' }))).toEqual([['input.inspectionId', 'UNKNOWN_REFERENCE']]);
      expect(fieldsOf(await decide({ inspectionId: toGlobalId('Inspection', '00000000-0000-4000-8000-000000000000') }))).toEqual([['input.inspectionId', 'UNKNOWN_REFERENCE']]);
      expect(fieldsOf(await decide({ inspectionId: toGlobalId('Inspection', "' or 1=1 --") }))).toEqual([['input.inspectionId', 'VALIDATION']]);
      expect(fieldsOf(await decide({ number: "1/QĐ'; drop table sanction_decisions; --" }))).toEqual([['input.number', 'VALIDATION']]);
      expect(fieldsOf(await decide({ violatorName: 'x'.repeat(301) }))).toEqual([['input.violatorName', 'VALIDATION']]);
      expect(fieldsOf(await decide({ violations: [] }))).toEqual([['input.violations', 'VALIDATION']]);
      expect(fieldsOf(await decide({ violatorName: '<img src=x onerror=alert(1)>', violations: [{ descriptionVi: ' ', legalArticle: 'x' }] }))).toEqual([
        ['input.violations.0.descriptionVi', 'VALIDATION'],
      ]);
      const record = (extra: Record<string, unknown>) => errors(RECORD, 'inspectionRecord', { input: inspection(extra) });
      expect(fieldsOf(await record({ endedOn: '2020-08-01' }))).toEqual([['input.endedOn', 'VALIDATION']]);
      expect(fieldsOf(await record({ leadUnitCode: 'khong-co' }))).toEqual([['input.leadUnitCode', 'UNKNOWN_REFERENCE']]);
      expect(fieldsOf(await record({ subjects: [] }))).toEqual([['input.subjects', 'VALIDATION']]);
      expect(fieldsOf(await record({ status: 'CONCLUDED' }))).toEqual([
        ['input.conclusionVi', 'VALIDATION'],
        ['input.concludedOn', 'VALIDATION'],
      ]);
      expect(fieldsOf(await record({ decisionNumber: '<script>alert(1)</script>' }))).toEqual([['input.decisionNumber', 'VALIDATION']]);
      expect(fieldsOf(await record({ status: 'CONCLUDED', conclusionVi: 'Đạt', endedOn: '2020-09-20', concludedOn: '2020-09-10' }))).toEqual([
        ['input.concludedOn', 'VALIDATION'],
      ]);
      const id = toGlobalId('Inspection', first.id);
      // Concluded before it started (and so, by default, ended before it started too).
      expect(fieldsOf(await errors(CONCLUDE, 'inspectionConclude', { input: { id, version: first.version, conclusionVi: 'x', concludedOn: '2019-01-01' } }))).toContainEqual([
        'input.concludedOn',
        'VALIDATION',
      ]);
      expect(fieldsOf(await errors(UPDATE, 'inspectionUpdate', { input: { id: 'junk', version: 1, ...inspection() } }))).toEqual([['input.id', 'NOT_FOUND']]);
      expect(fieldsOf(await errors(ENFORCE, 'sanctionDecisionEnforcementUpdate', { input: { id, version: 1, enforcementStatus: 'PAID' } }))).toEqual([['input.id', 'NOT_FOUND']]);
      // Wrong types, unknown enum values and impossible dates never reach the resolver.
      for (const [source, variables] of [
        [DECIDE, { input: decision({ standaloneReason: 'x', fineVnd: 'many' }) }],
        [DECIDE, { input: decision({ standaloneReason: 'x', violatorKind: 'ROBOT' }) }],
        [DECIDE, { input: decision({ standaloneReason: 'x', issuedOn: '2020-02-30' }) }],
        [RECORD, { input: inspection({ field: 'SPORTS' }) }],
        [RECORD, { input: inspection({ startedOn: 20200901 }) }],
        [ENFORCE, { input: { id, version: '1', enforcementStatus: 'PAID' } }],
      ] as const) {
        const result = await run(source, variables, ['inspector']);
        expect(result.errors?.length).toBeGreaterThan(0);
        expect(result.data).toBeUndefined();
      }
      expect(await counts()).toEqual(before);
    });
  });
});

describe('inspections GraphQL module, statements per page', () => {
  let db: TestDatabase;
  let statements = 0;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase('pglite', migrations, { onQuery: () => (statements += 1) });
    await seedUnits(createUnitsRepository(db));
    const register = createInspectionsRepository(db);
    schema = schemaOf(db, register);
    for (let i = 0; i < 40; i++) {
      const day = `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const inspection = await register.recordInspection(inspectionInput({ decisionNumber: `${i + 1}/QĐ-TTr`, startedOn: day }), who);
      await register.recordSanctionDecision(decisionInput({ number: `${i + 1}/QĐ-XPVPHC`, inspectionId: inspection.id, issuedOn: day }), who);
    }
  }, 120_000);
  afterAll(() => db.dispose());

  const count = async (source: string, first: number) => {
    statements = 0;
    const result = await graphql({ schema, source, variableValues: { first }, contextValue: createRequestContext(null, 'count') });
    expect(result.errors).toBeUndefined();
    return statements;
  };

  it('reads a page of inspections with their unit and decisions in a constant number of statements', async () => {
    const source = 'query ($first: Int) { inspections(first: $first) { nodes { decisionNumber leadUnit { nameVi } sanctionDecisions { fineInWords field inspection { decisionNumber } } } } }';
    const forty = await count(source, 40);
    expect(forty).toBeLessThanOrEqual(3);
    expect(await count(source, 5)).toBe(forty);
  });

  it('reads a page of decisions with their inspection and its unit in a constant number of statements', async () => {
    const source = 'query ($first: Int) { sanctionDecisions(first: $first) { nodes { number field fineInWords inspection { decisionNumber leadUnit { code } } } } }';
    const forty = await count(source, 40);
    expect(forty).toBeLessThanOrEqual(3);
    expect(await count(source, 5)).toBe(forty);
  });
});
