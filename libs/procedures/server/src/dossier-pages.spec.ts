import { auditMigrations, type KeysetRange } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, type Viewer } from '@egov/graphql';
import type { Applicant, ProcedureInput } from '@egov/procedures-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proceduresMigrations } from './migrations';
import { proceduresGraphQLModule } from './graphql/module';
import { createProceduresRepository, dossierCountStatement, dossierPageStatement, type DossierFilter, type ProceduresRepository } from './procedures-repository';

const officer: Viewer = { userId: 'u-officer', roles: ['licensing_officer'] };
const who = { actor: 'seed' };
const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...proceduresMigrations];

const procedure = (code: string): ProcedureInput => ({
  code,
  nameVi: `Thủ tục ${code}`,
  nameEn: `Procedure ${code}`,
  field: 'publishing',
  performingAgencyCode: 'so-tttt',
  decidingAuthorityVi: 'Sở Thông tin và Truyền thông',
  channels: [{ channel: 'in_person', timeLimitWorkingDays: 10, feeVnd: 0, feeNote: null }],
  requiredDocuments: [],
  steps: ['Nộp hồ sơ'],
  legalBasis: [],
  resultVi: 'Văn bản',
  serviceLevel: 'partial_process',
  nationalPortalUrl: null,
  isSample: true,
  sourceFactId: null,
  sourceQuote: null,
});

const applicant: Applicant = { fullName: 'Hoàng Thị Lan', idNumber: '020187001234', phone: '0912345678', email: null, address: 'Lạng Sơn' };

async function seedCatalogue(db: TestDatabase): Promise<ProceduresRepository> {
  await createUnitsRepository(db).create(
    { code: 'so-tttt', kind: 'department', nameVi: 'Sở', nameEn: 'Department', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
    who,
  );
  const procedures = createProceduresRepository(db);
  await procedures.create(procedure('LSN-TTTT-01'), who);
  await procedures.create(procedure('LSN-TTTT-02'), who);
  return procedures;
}

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Page = { nodes: Array<{ code: string; state: string; procedure: { code: string } }>; pageInfo: Data; totalCount?: number };

describe.each(testBackends)('officers dossier pages on %s', (backend) => {
  let db: TestDatabase;
  let procedures: ProceduresRepository;
  let schema: GraphQLSchema;
  let statements = 0;

  const page = async (args: string, variables: Record<string, unknown> = {}, totalCount = false): Promise<Page> => {
    const used = ['after', 'before'].filter((name) => args.includes(`$${name}`));
    const declared = used.length ? `(${used.map((name) => `$${name}: String`).join(', ')})` : '';
    const source = `query${declared} { dossiers(${args}) { ${totalCount ? 'totalCount' : ''}
      nodes { code state procedure { code } history { to } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    statements = 0;
    const result = await graphql({ schema, source, variableValues: variables, contextValue: createRequestContext(officer, 'test') });
    expect(result.errors).toBeUndefined();
    return (result.data as Data)['dossiers'] as Page;
  };
  /** Every page forwards, `size` at a time, calling `between` after each page. */
  const walk = async (args: string, size: number, between: (pageNumber: number) => Promise<void> = async () => undefined) => {
    const codes: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 1; ; pageNumber += 1) {
      const current: Page = await page(`first: ${size}, after: $after${args ? `, ${args}` : ''}`, { after });
      codes.push(...current.nodes.map((node) => node.code));
      if (!current.pageInfo['hasNextPage']) return codes;
      after = current.pageInfo['endCursor'];
      await between(pageNumber);
    }
  };
  const receive = (procedureCode: string, receivedAt: string) => procedures.receiveDossier({ procedureCode, channel: 'in_person', applicant, receivedAt }, who);

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations, { onQuery: () => void (statements += 1) });
    procedures = await seedCatalogue(db);
    // Two instants shared by several dossiers each: only the code tells them apart in the order.
    for (let i = 0; i < 5; i += 1) await receive(i % 2 ? 'LSN-TTTT-02' : 'LSN-TTTT-01', '2021-03-01T09:00:00+07:00');
    for (let i = 0; i < 4; i += 1) await receive(i % 2 ? 'LSN-TTTT-02' : 'LSN-TTTT-01', '2021-03-02T09:00:00+07:00');
    const [, second] = (await procedures.listDossiers({}, { size: 2, backward: false, after: null, before: null })).rows;
    await procedures.transitionDossier(second!.code, second!.version, 'processing', {}, { actor: 'u-officer' });
    const repos = { procedures, units: createUnitsRepository(db), districts: createDistrictsRepository(db) };
    schema = composeSchema([districtsGraphQLModule(repos), unitsGraphQLModule(repos), proceduresGraphQLModule(repos, { today: () => '2021-03-10' })]);
  });
  afterAll(() => db.dispose());

  it('walks every dossier once, newest first, while dossiers arrive between pages', async () => {
    const before = await walk('', 100);
    expect(before).toEqual([
      'LSN-210302-0004', 'LSN-210302-0003', 'LSN-210302-0002', 'LSN-210302-0001',
      'LSN-210301-0005', 'LSN-210301-0004', 'LSN-210301-0003', 'LSN-210301-0002', 'LSN-210301-0001',
    ]);
    const arrivals: string[] = [];
    const walked = await walk('', 2, async (pageNumber) => {
      // A newer dossier lands ahead of the pages read, an older one behind them: neither shifts the walk.
      if (pageNumber === 1) arrivals.push((await receive('LSN-TTTT-01', '2021-03-02T09:00:00+07:00')).code);
      if (pageNumber === 2) arrivals.push((await receive('LSN-TTTT-02', '2021-02-27T09:00:00+07:00')).code);
    });
    expect(arrivals).toEqual(['LSN-210302-0005', 'LSN-210227-0001']);
    expect(walked).toEqual([...before, 'LSN-210227-0001']);

    // Backwards from the end, the same list in reverse.
    const backwards: string[] = [];
    let cursor: string | null = null;
    do {
      const current: Page = await page('last: 4, before: $before', { before: cursor });
      backwards.unshift(...current.nodes.map((node) => node.code));
      cursor = current.pageInfo['hasPreviousPage'] ? current.pageInfo['startCursor'] : null;
    } while (cursor);
    expect(backwards).toEqual(['LSN-210302-0005', ...before, 'LSN-210227-0001']);
  });

  it('pages within a procedure and a state, and counts them only when asked', async () => {
    const everything = (await page('first: 100', {}, true)) as Page;
    const expected = (procedureCode: string, state?: string) =>
      everything.nodes.filter((node) => node.procedure.code === procedureCode && (!state || node.state === state)).map((node) => node.code);
    expect(everything.totalCount).toBe(everything.nodes.length);

    expect(await walk('filter: { procedureCode: "LSN-TTTT-01" }', 2)).toEqual(expected('LSN-TTTT-01'));
    expect(await walk('filter: { procedureCode: "LSN-TTTT-02", state: RECEIVED }', 2)).toEqual(expected('LSN-TTTT-02', 'RECEIVED'));
    const processing = await page('first: 5, filter: { state: PROCESSING }', {}, true);
    expect(processing.nodes.map((node) => node.code)).toEqual(['LSN-210302-0003']);
    expect(processing.totalCount).toBe(1);
    expect((await page('first: 2, filter: { procedureCode: "LSN-TTTT-02" }', {}, true)).totalCount).toBe(expected('LSN-TTTT-02').length);
    expect((await page('first: 2, filter: { procedureCode: "LSN-TTTT-99" }', {}, true)).totalCount).toBe(0);

    // A page, its histories and procedures: three statements, and a fourth only for the total.
    await page('first: 5');
    const withoutTotal = statements;
    await page('first: 5', {}, true);
    expect(statements).toBe(withoutTotal + 1);
    expect(withoutTotal).toBeLessThanOrEqual(3);
  });
});

describe.each(testBackends)('the plan of a dossier page on %s', (backend) => {
  let db: TestDatabase;
  let procedures: ProceduresRepository;
  const DOSSIERS = 3000;

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations);
    procedures = await seedCatalogue(db);
    // 3000 dossiers over 30 days, the 100 of a day received at the same instant; as at a real
    // desk, most are settled and one procedure takes most of them.
    await db.query(
      `insert into dossiers (code, procedure_code, channel, applicant, received_at, due_on, state)
       select 'LSN-' || to_char(day, 'YYMMDD') || '-' || lpad((i % 100 + 1)::text, 4, '0'),
              case when i % 10 = 0 then 'LSN-TTTT-02' else 'LSN-TTTT-01' end, 'in_person', '{}'::jsonb,
              (day + interval '2 hours') at time zone 'UTC', day + 30, case when i % 20 = 1 then 'processing' else 'processed' end
       from generate_series(0, ${DOSSIERS - 1}) as i, lateral (select date '2021-01-01' + i / 100 as day) d`,
    );
    await db.query('analyze dossiers');
  });
  afterAll(() => db.dispose());

  const explain = async (filter: Parameters<typeof dossierPageStatement>[0], range: KeysetRange) => {
    const statement = dossierPageStatement(filter, range);
    return explainPlan(db, statement.sql, statement.params);
  };

  it.each([
    ['the whole list', {}],
    ['one state', { state: 'processing' as const }],
    ['one procedure', { procedureCode: 'LSN-TTTT-02' }],
  ])('reads a deep page of %s from an index, no more rows than the page', async (_, filter) => {
    const deep: KeysetRange = { size: 20, backward: false, after: ['2021-01-15T02:00:00.000000Z', 'LSN-210115-0050'], before: null };
    for (const range of [deep, { ...deep, after: null }, { ...deep, backward: true }]) {
      const { nodes, scans, rowsRead } = await explain(filter, range);
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Sort');
      expect(scans).toHaveLength(1);
      expect(scans[0]!['Node Type']).toMatch(/^Index (Only )?Scan$/);
      expect(rowsRead).toBeLessThanOrEqual(range.size + 1);
    }
  });

  const filters: Array<[string, DossierFilter]> = [
    ['the whole list', {}],
    ['one state', { state: 'processing' }],
    ['one procedure', { procedureCode: 'LSN-TTTT-02' }],
    ['one procedure in one state', { procedureCode: 'LSN-TTTT-01', state: 'processed' }],
    ['an unknown procedure', { procedureCode: 'LSN-TTTT-99' }],
  ];
  const counted = async (filter: DossierFilter) => {
    const conditions = [
      ...(filter.procedureCode ? [`procedure_code = '${filter.procedureCode}'`] : []),
      ...(filter.state ? [`state = '${filter.state}'`] : []),
    ];
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from dossiers where ${conditions.join(' and ') || 'true'}`);
    return row?.n;
  };

  it.each(filters)('totals %s without reading the dossiers', async (_, filter) => {
    expect(await procedures.countDossiers(filter)).toBe(await counted(filter));
    const statement = dossierCountStatement(filter);
    const { scans, rowsRead } = await explainPlan(db, statement.sql, statement.params);
    expect(scans.map((scan) => scan['Relation Name'] ?? scan['Index Name'])).not.toContain('dossiers');
    // One row per procedure and state: 2 procedures × 2 states here.
    expect(rowsRead).toBeLessThanOrEqual(4);
  });

  it('keeps every total exact through receipts, moves, deletions and a truncation', async () => {
    const totals = async () => Promise.all(filters.map(async ([, filter]) => [await procedures.countDossiers(filter), await counted(filter)]));
    const received = await procedures.receiveDossier({ procedureCode: 'LSN-TTTT-02', channel: 'in_person', applicant, receivedAt: '2021-03-05T09:00:00+07:00' }, who);
    await procedures.transitionDossier(received.code, received.version, 'processing', {}, who);
    // Many rows in one statement, moving between procedures and states at once.
    await db.query(`update dossiers set state = 'processing', procedure_code = 'LSN-TTTT-02' where code like 'LSN-210101-%'`);
    await db.query(`delete from dossiers where code like 'LSN-210102-%' and not exists (select 1 from dossier_history h where h.dossier_code = dossiers.code)`);
    for (const [total, rows] of await totals()) expect(total).toBe(rows);
    expect(await procedures.countDossiers({})).toBe(DOSSIERS + 1 - 100);
    await db.exec('truncate dossier_history, dossiers');
    expect(await procedures.countDossiers({})).toBe(0);
  });
});
