import { auditMigrations } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, watchStatements, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, fromGlobalId } from '@egov/graphql';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionsGraphQLModule } from './graphql/module';
import { createInspectionsRepository } from './inspections-repository';
import { inspectionsMigrations } from './migrations';

const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...inspectionsMigrations];
const who = { actor: 'seed' };

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Row {
  id: string;
  day: string;
  number: string;
}

/** A database with the register's units and every statement's text and parameters kept, for EXPLAIN. */
async function registerDatabase(backend: (typeof testBackends)[number]) {
  const db = await createTestDatabase(backend, migrations);
  const base = { areaCode: null, descriptionVi: null, website: null, sourceQuote: null };
  const units = createUnitsRepository(db);
  await units.create({ ...base, code: 'so-tttt', kind: 'department', nameVi: 'Sở TT&TT', nameEn: 'DIC', parentCode: null }, who);
  await units.create({ ...base, code: 'thanh-tra-so', kind: 'inspectorate', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate', parentCode: 'so-tttt' }, who);
  const { executor, sent } = watchStatements(db);
  const register = createInspectionsRepository(executor);
  const schema: GraphQLSchema = composeSchema([
    districtsGraphQLModule({ districts: createDistrictsRepository(db) }),
    unitsGraphQLModule({ units, districts: createDistrictsRepository(db) }),
    inspectionsGraphQLModule({ inspections: register, units }),
  ]);
  const execute = (source: string, variableValues: Record<string, unknown>) =>
    graphql({ schema, source, variableValues, contextValue: createRequestContext(null, 'test') });
  const run = async (source: string, variableValues: Record<string, unknown>) => {
    const result = await execute(source, variableValues);
    expect(result.errors).toBeUndefined();
    return result.data as Data;
  };
  return { db, register, sent, execute, run };
}

/** `count` inspections over a few days, many sharing a day and a decision number, so only the id tells them apart. */
const generateInspections = (count: number, offset = 0) => `
  insert into inspections (decision_number, kind, activity, field, subjects, started_on, status, lead_unit_code)
  select case when n % 3 = 0 then '01/QĐ-TTr' else lpad((n % 5)::text, 2, '0') || '/QĐ-KT' end, 'planned',
    case when n % 2 = 0 then 'inspection' else 'check' end,
    case n % 4 when 0 then 'post' when 1 then 'telecom' else 'internet' end,
    '[{"name": "A", "kind": "organisation"}]', date '2020-01-01' + (n % 4), case when n % 3 = 0 then 'planned' else 'in_progress' end, 'thanh-tra-so'
  from generate_series(${offset + 1}, ${offset + count}) as n`;

/** A decision for each inspection (its sector taken from it) and standalone ones of their own sector, many on one day. */
const generateDecisions = () => `
  insert into sanction_decisions (number, issued_on, inspection_id, standalone_reason, field, violator_name, violator_kind, violations, fine_vnd, enforcement_status)
  select case when row_number() over () % 2 = 0 then '01/QĐ-XPVPHC' else '02/QĐ-XPVPHC' end, started_on + 1, id, null, null, 'A', 'organisation',
    '[{"descriptionVi": "x", "legalArticle": "y"}]', 1000000, case when row_number() over () % 3 = 0 then 'paid' else 'pending' end
  from inspections;
  insert into sanction_decisions (number, issued_on, standalone_reason, field, violator_name, violator_kind, violations, fine_vnd)
  select '03/QĐ-XPVPHC', date '2020-01-02' + (n % 2), 'Đưa tin sai sự thật', 'post', 'B', 'individual', '[{"descriptionVi": "x", "legalArticle": "y"}]', 500000
  from generate_series(1, 12) as n`;

const PAGE = /* GraphQL */ `
  query ($filter: InspectionFilter, $decisionFilter: SanctionDecisionFilter, $orderBy: RegisterOrder, $first: Int, $after: String, $last: Int, $before: String, $decisions: Boolean!) {
    inspections(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) @skip(if: $decisions) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id day: startedOn number: decisionNumber }
    }
    sanctionDecisions(filter: $decisionFilter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) @include(if: $decisions) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id day: issuedOn number }
    }
  }
`;

const compare = (a: Row, b: Row) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe.each(testBackends)('register pages on %s', (backend) => {
  let context: Awaited<ReturnType<typeof registerDatabase>>;
  let db: TestDatabase;
  beforeAll(async () => {
    context = await registerDatabase(backend);
    db = context.db;
    await db.exec(generateInspections(40));
    await db.exec(generateDecisions());
  });
  afterAll(() => db.dispose());

  /** The rows of the list in the database's own order (what every page walk must give back). */
  const whole = async (decisions: boolean, where = 'true', direction: 'asc' | 'desc' = 'asc') => {
    const rows = decisions
      ? await db.query<Row>(`select d.id, d.issued_on as day, d.number from sanction_decisions d left join inspections i on i.id = d.inspection_id where ${where}`)
      : await db.query<Row>(`select id, started_on as day, decision_number as number from inspections where ${where}`);
    const sorted = rows.sort(compare);
    return direction === 'asc' ? sorted : sorted.reverse();
  };

  /**
   * Reads the whole list page by page (forwards with first/after or backwards with last/before),
   * recording a new row after each page with `insert`. Returns the ids seen, in the list's order.
   */
  async function walk(options: { decisions: boolean; direction: 'ASC' | 'DESC'; backward?: boolean; filter?: Data; size: number; insert?: () => Promise<void> }) {
    const root = options.decisions ? 'sanctionDecisions' : 'inspections';
    const seen: Row[] = [];
    let cursor: string | null = null;
    let totals = new Set<number>();
    for (let pages = 0; pages < 200; pages++) {
      const data = await context.run(PAGE, {
        decisions: options.decisions,
        orderBy: { direction: options.direction },
        ...(options.decisions ? { decisionFilter: options.filter ?? null } : { filter: options.filter ?? null }),
        ...(options.backward ? { last: options.size, before: cursor } : { first: options.size, after: cursor }),
      });
      const connection = data[root];
      totals.add(connection.totalCount);
      // The database's ids, as the API's global ids carry them.
      const rows: Row[] = connection.nodes.map((node: Row) => ({ ...node, id: fromGlobalId(node.id)?.key }));
      if (options.backward) seen.unshift(...rows);
      else seen.push(...rows);
      await options.insert?.();
      const more = options.backward ? connection.pageInfo.hasPreviousPage : connection.pageInfo.hasNextPage;
      if (!more) return { seen, totals };
      cursor = options.backward ? connection.pageInfo.startCursor : connection.pageInfo.endCursor;
      totals = options.insert ? new Set() : totals;
    }
    throw new Error('The walk did not end.');
  }

  it.each([
    { decisions: false, direction: 'ASC' as const },
    { decisions: false, direction: 'DESC' as const },
    { decisions: true, direction: 'ASC' as const },
    { decisions: true, direction: 'DESC' as const },
  ])('walks every row once in each order, forwards and backwards, among equal days and numbers ($direction, decisions: $decisions)', async ({ decisions, direction }) => {
    const expected = (await whole(decisions, 'true', direction === 'ASC' ? 'asc' : 'desc')).map((row) => row.id);
    for (const backward of [false, true]) {
      const { seen, totals } = await walk({ decisions, direction, backward, size: 7 });
      expect(seen.map((row) => row.id).sort()).toEqual([...expected].sort());
      expect(new Set(seen.map((row) => row.id)).size).toBe(expected.length);
      // Equal days and numbers are told apart by the id, in the same direction as the day.
      const ordered = [...seen].sort(compare);
      expect(seen.map((row) => row.id)).toEqual((direction === 'ASC' ? ordered : ordered.reverse()).map((row) => row.id));
      expect([...totals]).toEqual([expected.length]);
    }
  });

  it('skips and repeats nothing while rows are recorded on the days being read', async () => {
    for (const decisions of [false, true]) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const before = new Set((await whole(decisions)).map((row) => row.id));
        let added = 0;
        const insert = async () => {
          // Same days and numbers as the rows already there, so new rows land both behind and ahead of the cursor.
          added += 1;
          if (decisions) {
            await db.query(
              `insert into sanction_decisions (number, issued_on, standalone_reason, field, violator_name, violator_kind, violations, fine_vnd)
               values ('01/QĐ-XPVPHC', date '2020-01-02' + $1::int, 'x', 'post', 'C', 'organisation', '[{"descriptionVi": "x", "legalArticle": "y"}]', 1)`,
              [added % 4],
            );
          } else {
            await db.exec(generateInspections(1, 1000 + added));
          }
        };
        const { seen } = await walk({ decisions, direction, size: 6, insert });
        const ids = seen.map((row) => row.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of before) expect(ids).toContain(id);
        const ordered = [...seen].sort(compare);
        expect(ids).toEqual((direction === 'ASC' ? ordered : ordered.reverse()).map((row) => row.id));
      }
    }
  });

  it('pages through a filtered list, counting only what the filter keeps', async () => {
    const inspections = await walk({ decisions: false, direction: 'DESC', size: 3, filter: { from: '2020-01-02', to: '2020-01-03', field: 'INTERNET', status: 'IN_PROGRESS' } });
    const expected = await whole(false, `started_on between '2020-01-02' and '2020-01-03' and field = 'internet' and status = 'in_progress'`, 'desc');
    expect(expected.length).toBeGreaterThan(3);
    expect(inspections.seen.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect([...inspections.totals]).toEqual([expected.length]);

    // A decision's sector is its own, else its inspection's.
    const decisions = await walk({ decisions: true, direction: 'ASC', size: 4, filter: { field: 'POST', enforcementStatus: 'PENDING' } });
    const kept = await whole(true, `coalesce(d.field, i.field) = 'post' and d.enforcement_status = 'pending'`);
    expect(kept.length).toBeGreaterThan(4);
    expect(decisions.seen.map((row) => row.id)).toEqual(kept.map((row) => row.id));
    expect([...decisions.totals]).toEqual([kept.length]);
  });

  it('refuses a cursor of the other order or of the other list', async () => {
    const data = await context.run(PAGE, { decisions: false, first: 2 });
    const cursor = data['inspections'].pageInfo.endCursor;
    const refused = async (source: string) => (await context.execute(source, { after: cursor })).errors?.[0]?.extensions?.['code'];
    expect(await refused('query ($after: String) { inspections(orderBy: { direction: DESC }, after: $after) { totalCount } }')).toBe('BAD_USER_INPUT');
    expect(await refused('query ($after: String) { sanctionDecisions(after: $after) { totalCount } }')).toBe('BAD_USER_INPUT');
  });
});

describe.each(testBackends)('a register page on %s', (backend) => {
  let context: Awaited<ReturnType<typeof registerDatabase>>;
  beforeAll(async () => {
    context = await registerDatabase(backend);
    await context.db.exec(generateInspections(3000));
    await context.db.exec(generateDecisions());
    await context.db.exec('analyze inspections; analyze sanction_decisions');
  }, 60_000);
  afterAll(() => context.db.dispose());

  /** The plan of the statement that read the page, as the database ran it. */
  async function planOfPage(source: string, variableValues: Record<string, unknown>) {
    const data = await context.run(source, variableValues);
    const page = context.sent.findLast((statement) => / limit \$\d+$/.test(statement.sql));
    expect(page).toBeDefined();
    return { data, plan: await explainPlan(context.db, page!.sql, page!.params) };
  }

  it.each([
    ['inspections', 'ASC', {}],
    ['inspections', 'DESC', { from: '2020-01-02', to: '2020-01-03' }],
    ['sanctionDecisions', 'ASC', { from: '2020-01-03' }],
    ['sanctionDecisions', 'DESC', {}],
    ['inspections', 'DESC', { status: 'IN_PROGRESS' }],
    ['inspections', 'ASC', { field: 'POST' }],
    ['sanctionDecisions', 'DESC', { enforcementStatus: 'PENDING' }],
  ] as const)('reads %s (%s, filter %o) deep in the list from an index, no more rows than the page', async (root, direction, filter) => {
    const source = `query ($after: String, $filter: ${root === 'inspections' ? 'InspectionFilter' : 'SanctionDecisionFilter'}) {
      ${root}(first: 10, after: $after, filter: $filter, orderBy: { direction: ${direction} }) { pageInfo { endCursor } nodes { id } }
    }`;
    // A cursor far into the list: the 101st page of 10.
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const data = await context.run(source.replace('first: 10', 'first: 100'), { after, filter });
      after = data[root].pageInfo.endCursor;
    }
    const { data, plan } = await planOfPage(source, { after, filter });
    expect(data[root].nodes).toHaveLength(10);
    expect(plan.text).toMatch(/_register_order_idx/);
    expect(plan.nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    expect(plan.rowsRead).toBeLessThanOrEqual(11);
  });

  /** The total the API gives and the statement that counted it. */
  async function totalOf(root: 'inspections' | 'sanctionDecisions', filter: Data) {
    const type = root === 'inspections' ? 'InspectionFilter' : 'SanctionDecisionFilter';
    const data = await context.run(`query ($filter: ${type}) { ${root}(first: 1, filter: $filter) { totalCount } }`, { filter });
    const counting = context.sent.findLast((statement) => /\bcount\b|\bsum\(/.test(statement.sql));
    return { total: data[root].totalCount as number, counting: counting! };
  }
  const totals: Array<['inspections' | 'sanctionDecisions', Data, string]> = [
    ['inspections', {}, 'true'],
    ['inspections', { status: 'IN_PROGRESS' }, `status = 'in_progress'`],
    ['inspections', { field: 'POST', status: 'PLANNED' }, `field = 'post' and status = 'planned'`],
    ['sanctionDecisions', {}, 'true'],
    ['sanctionDecisions', { enforcementStatus: 'PENDING' }, `enforcement_status = 'pending'`],
  ];
  const counted = async (root: 'inspections' | 'sanctionDecisions', where: string) =>
    (await context.db.query<{ n: number }>(`select count(*)::int as n from ${root === 'inspections' ? 'inspections' : 'sanction_decisions'} where ${where}`))[0]?.n;

  it.each(totals)('totals %s (filter %o) over all periods without reading the register', async (root, filter, where) => {
    const { total, counting } = await totalOf(root, filter);
    expect(total).toBe(await counted(root, where));
    const plan = await explainPlan(context.db, counting.sql, counting.params);
    expect(plan.scans.map((scan) => scan['Relation Name'])).not.toContain(root === 'inspections' ? 'inspections' : 'sanction_decisions');
    expect(plan.rowsRead).toBeLessThanOrEqual(33);
  });

  it('keeps the totals exact through records, changes of status and deletions', async () => {
    const register = context.register;
    const recorded = await register.recordInspection(
      { decisionNumber: '99/QĐ-TTr', kind: 'ad_hoc', activity: 'check', field: 'post', subjects: [{ name: 'C', kind: 'organisation' }],
        startedOn: '2020-02-01', endedOn: null, status: 'planned', conclusionVi: null, concludedOn: null, leadUnitCode: 'thanh-tra-so' },
      who,
    );
    await register.updateInspection(recorded.id, recorded.version, { ...recorded, status: 'in_progress' }, who);
    await context.db.query(`update inspections set status = 'in_progress', field = 'post' where decision_number = '01/QĐ-TTr' and started_on = date '2020-01-01'`);
    await context.db.query(`update sanction_decisions set enforcement_status = 'paid' where number = '01/QĐ-XPVPHC' and enforcement_status = 'pending'`);
    await context.db.query(`delete from sanction_decisions where number = '03/QĐ-XPVPHC'`);
    for (const [root, filter, where] of totals) expect((await totalOf(root, filter)).total).toBe(await counted(root, where));
    // A total within a period still counts the period's rows.
    expect((await totalOf('inspections', { from: '2020-02-01' })).total).toBe(1);
  });
});
