import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, fromGlobalId } from '@egov/graphql';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardsGraphQLModule } from './graphql/module';
import { createAwardsRepository } from './awards-repository';
import { awardsMigrations } from './migrations';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * `count` awards on three days: a third from a source fact, the rest recorded by hand in one
 * statement (the same instant), so many share their day and only the id tells them apart.
 */
const generateAwards = (count: number, offset = 0) => `
  insert into awards (fact_id, kind, conferred_by, level, recipient_kind, recipient_name, recipient_folded, collectives_count, individuals_count, reason_vi, conferred_on, period)
  select case when n % 3 = 0 then 'F' || (100 + n) end,
    case when n % 2 = 0 then 'commendation' else 'certificate_of_merit' end, 'department_director', 'department',
    case n % 3 when 0 then 'individual' when 1 then 'collective' else 'group' end, 'Người ' || n, 'nguoi ' || n,
    case when n % 3 = 2 then 2 end, case when n % 3 = 2 then 3 end, 'Lý do', date '2020-03-01' + (n % 3), '2020-H1'
  from generate_series(${offset + 1}, ${offset + count}) as n`;

const PAGE = /* GraphQL */ `
  query ($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String, $last: Int, $before: String) {
    awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount totals { awards collectives individuals }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id }
    }
  }
`;

describe.each(testBackends)('award pages on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...awardsMigrations]);
    const units = createUnitsRepository(db);
    const districts = createDistrictsRepository(db);
    schema = composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts }), awardsGraphQLModule({ awards: createAwardsRepository(db), units })]);
    await db.exec(generateAwards(30));
    // A second batch on the same days, recorded later: the instant it was recorded orders it among its day's hand-made awards.
    await db.exec(generateAwards(6, 200));
  });
  afterAll(() => db.dispose());

  /** The ids in the list's own order (the one the whole-list read has always given), oldest or latest day first. */
  const expected = async (direction: 'asc' | 'desc', where = 'true') =>
    (await db.query<{ id: string }>(`select id from awards where ${where} order by conferred_on ${direction}, fact_id nulls last, created_at, id`)).map((row) => row.id);

  async function walk(options: { direction: 'ASC' | 'DESC'; backward?: boolean; filter?: Data; size: number; insert?: () => Promise<void> }) {
    const seen: string[] = [];
    const counts = new Set<string>();
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const result = await graphql({
        schema,
        source: PAGE,
        variableValues: {
          orderBy: { direction: options.direction },
          filter: options.filter ?? null,
          ...(options.backward ? { last: options.size, before: cursor } : { first: options.size, after: cursor }),
        },
        contextValue: createRequestContext(null, 'test'),
      });
      expect(result.errors).toBeUndefined();
      const connection = (result.data as Data)['awards'];
      counts.add(JSON.stringify([connection.totalCount, connection.totals]));
      const ids = connection.nodes.map((node: { id: string }) => fromGlobalId(node.id)?.key);
      if (options.backward) seen.unshift(...ids);
      else seen.push(...ids);
      await options.insert?.();
      if (!(options.backward ? connection.pageInfo.hasPreviousPage : connection.pageInfo.hasNextPage)) return { seen, counts: [...counts] };
      cursor = options.backward ? connection.pageInfo.startCursor : connection.pageInfo.endCursor;
    }
    throw new Error('The walk did not end.');
  }

  it.each(['ASC', 'DESC'] as const)('walks every award once in the list order %s, forwards and backwards', async (direction) => {
    const ids = await expected(direction === 'ASC' ? 'asc' : 'desc');
    expect(ids).toHaveLength(36);
    for (const backward of [false, true]) {
      const { seen, counts } = await walk({ direction, backward, size: 5 });
      expect(seen).toEqual(ids);
      // 12 individuals, 12 collectives and 12 groups of 2 collectives and 3 individuals.
      expect(counts).toEqual([JSON.stringify([36, { awards: 36, collectives: 36, individuals: 48 }])]);
    }
  });

  it('skips and repeats nothing while awards are recorded on the days being read', async () => {
    let added = 0;
    for (const direction of ['ASC', 'DESC'] as const) {
      const before = await expected(direction === 'ASC' ? 'asc' : 'desc');
      const { seen } = await walk({ direction, size: 4, insert: () => db.exec(generateAwards(2, 300 + 2 * added++)) });
      expect(new Set(seen).size).toBe(seen.length);
      // The awards there from the start come in their order, whatever was recorded around them.
      expect(seen.filter((id) => before.includes(id))).toEqual(before);
      // And the whole walk is in the list's order too.
      const now = await expected(direction === 'ASC' ? 'asc' : 'desc');
      expect(seen).toEqual(now.filter((id) => seen.includes(id)));
    }
  });

  it('pages through the awards a filter keeps, counting and adding up only those', async () => {
    const kept = await expected('desc', `kind = 'commendation' and period = '2020-H1'`);
    expect(kept.length).toBeGreaterThan(6);
    const { seen, counts } = await walk({ direction: 'DESC', size: 3, filter: { kind: 'COMMENDATION', period: '2020-H1' } });
    expect(seen).toEqual(kept);
    const [totals] = await db.query<{ awards: number; collectives: number; individuals: number }>(
      `select count(*)::int as awards,
         sum(case recipient_kind when 'collective' then 1 when 'group' then collectives_count else 0 end)::int as collectives,
         sum(case recipient_kind when 'individual' then 1 when 'group' then individuals_count else 0 end)::int as individuals
       from awards where kind = 'commendation' and period = '2020-H1'`,
    );
    expect(counts).toEqual([JSON.stringify([kept.length, totals])]);
  });
});
