import { awardTotals, filterAwards, type Award, type AwardInput } from '@egov/awards-model';
import { auditMigrations } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, fromGlobalId } from '@egov/graphql';
import type { UnitInput } from '@egov/units-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardsGraphQLModule } from './graphql/module';
import { awardSearchOrders, createAwardsRepository, type AwardsRepository } from './awards-repository';
import { awardsMigrations } from './migrations';

const who = { actor: 'seed' };
const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...awardsMigrations];
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
const UNITS = [
  unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, 'department'),
  unit('trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'so-tttt', 'centre'),
  unit('phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản', 'so-tttt', 'division'),
  unit('thanh-tra-so', 'Thanh tra Sở', 'so-tttt', 'inspectorate'),
];
const unitNames = new Map(UNITS.map((u) => [u.code, u.nameVi]));

/** A repeatable stream of pseudo-random numbers in [0, 1), so a failing case can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const NAME_WORDS = ['Nguyễn', 'Văn', 'An', 'Thị', 'Lan', 'Anh', 'Hoàng', 'Trung', 'Tâm', 'Sơn', 'Lạng', 'Đình', 'Lập', 'Thông', 'Tin', 'Báo', 'Chí', 'Xuân', 'Trường'];

/** Random awards: individuals and collectives by name, collectives by unit, groups; on few days, so ties abound. */
function randomAwards(count: number, seed: number): AwardInput[] {
  const random = randomFrom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(NAME_WORDS)).join(' ');
  return Array.from({ length: count }, (_, i): AwardInput => {
    const kind = pick(['individual', 'collective', 'collective-by-unit', 'group'] as const);
    const day = `2020-0${1 + Math.floor(random() * 3)}-0${1 + Math.floor(random() * 2)}`;
    return {
      factId: random() < 0.2 ? `F${100 + i}` : null,
      kind: 'commendation',
      conferredBy: 'department_director',
      level: 'department',
      recipientKind: kind === 'collective-by-unit' ? 'collective' : kind,
      recipientUnitCode: kind === 'collective-by-unit' || (kind === 'individual' && random() < 0.5) ? pick(UNITS).code : null,
      recipientName: kind === 'group' || kind === 'collective-by-unit' ? null : name(),
      collectivesCount: kind === 'group' ? 1 + Math.floor(random() * 3) : null,
      individualsCount: kind === 'group' ? Math.floor(random() * 5) : null,
      reasonVi: 'Hoàn thành xuất sắc nhiệm vụ',
      reasonEn: null,
      coveredFromYear: null,
      coveredToYear: null,
      conferredOn: day,
      period: '2020-H1',
      sourceQuote: null,
    };
  });
}

const QUERIES = ['nguyen', 'Nguyễn Văn', 'van an', 'AN', 'lan', 'lang son', 'sơn lạng', 'thong tin', 'trung tam', 'tam', 'thanh tra', 'so', 'bao chi xuat ban', 'dinh lap', 'xuan truong', 'hoang thi lan anh', 'khong co ai', "' or 1=1 --"];

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testBackends)('the awards recipient search on %s', (backend) => {
  let db: TestDatabase;
  let awards: AwardsRepository;
  let schema: GraphQLSchema;
  let all: Award[];

  const run = async (source: string, variableValues: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: createRequestContext(null, 'test') });
    expect(result.errors).toBeUndefined();
    return (result.data as Data)['awards'] as Data;
  };
  /** Every page of a search, forwards, `size` at a time, and what the first page said of the whole. */
  const walk = async (query: string, size: number, direction: 'ASC' | 'DESC' | null = null) => {
    const source = `query($after: String, $query: String) {
      awards(first: ${size}, after: $after, filter: { query: $query }${direction ? `, orderBy: { direction: ${direction} }` : ''}) {
        totalCount totals { awards collectives individuals } nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let first: Data | undefined;
    for (;;) {
      const page = await run(source, { after, query });
      first ??= page;
      ids.push(...(page['nodes'] as Array<{ id: string }>).map((node) => fromGlobalId(node.id)?.key ?? node.id));
      if (!page['pageInfo'].hasNextPage) return { ids, totalCount: first['totalCount'], totals: first['totals'] };
      after = page['pageInfo'].endCursor;
    }
  };
  /** What the search gave when it ranked the filtered list in memory. */
  const inMemory = (query: string, direction: 'ASC' | 'DESC' | null = null) => {
    let list = filterAwards(all, { recipient: query }, unitNames);
    if (direction) {
      const sign = direction === 'ASC' ? 1 : -1;
      list = [...list].sort((a, b) => sign * a.conferredOn.localeCompare(b.conferredOn));
    }
    return list;
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations);
    const units = createUnitsRepository(db);
    for (const input of UNITS) await units.create(input, who);
    awards = createAwardsRepository(db);
    for (const input of randomAwards(60, 11)) await awards.record(input, who);
    all = await awards.list();
    const districts = createDistrictsRepository(db);
    schema = composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts }), awardsGraphQLModule({ awards, units })]);
  }, 60_000);
  afterAll(() => db.dispose());

  it('finds, ranks and pages as the ranking in memory did, with the same totals', async () => {
    for (const query of QUERIES) {
      const expected = inMemory(query);
      const walked = await walk(query, 4);
      expect(walked.ids, query).toEqual(expected.map((award) => award.id));
      expect(walked.totalCount, query).toBe(expected.length);
      expect(walked.totals, query).toEqual(awardTotals(expected));
    }
    // The queries find something, alone or by a unit's name, and not everything.
    expect(inMemory('nguyen').length).toBeGreaterThan(3);
    expect(inMemory('thanh tra').some((award) => award.recipientName === null)).toBe(true);
    expect(inMemory('so').length).toBeLessThan(all.length);
  });

  it('orders the matches by day when asked, best match first within a day', async () => {
    for (const query of ['nguyen', 'thong tin', 'lan', 'trung tam']) {
      for (const direction of ['ASC', 'DESC'] as const) {
        expect((await walk(query, 3, direction)).ids, `${query} ${direction}`).toEqual(inMemory(query, direction).map((award) => award.id));
      }
    }
  });

  it('finds an award by its unit once renamed, by the new name', async () => {
    const units = createUnitsRepository(db);
    const inspectorate = (await units.get('thanh-tra-so'))!;
    await units.update('thanh-tra-so', inspectorate.version, { ...UNITS[3]!, nameVi: 'Thanh tra chuyên ngành Sở' }, who);
    const byUnit = all.filter((award) => award.recipientUnitCode === 'thanh-tra-so' && award.recipientName === null).map((award) => award.id);
    expect(byUnit.length).toBeGreaterThan(0);
    const found = (await walk('chuyen nganh', 10)).ids;
    expect(found).toEqual(expect.arrayContaining(byUnit));
    await units.update('thanh-tra-so', inspectorate.version + 1, UNITS[3]!, who);
  });

  it('treats a query of punctuation only as no query, listing every award', async () => {
    const walked = await walk('%', 25);
    expect(walked.ids).toEqual(all.map((award) => award.id));
  });
});

describe.each(testBackends)('the plan of an awards recipient search on %s', (backend) => {
  let db: TestDatabase;
  let awards: AwardsRepository;
  let sent: Array<{ sql: string; params: readonly unknown[] }>;

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations);
    const units = createUnitsRepository(db);
    for (const input of UNITS) await units.create(input, who);
    // 3000 awards to people with common names, as the benchmark writes them; a few to a rare one.
    await db.query(
      `insert into awards (kind, conferred_by, level, recipient_kind, recipient_name, recipient_folded, reason_vi, conferred_on, period)
       select 'commendation', 'department_director', 'department', 'individual',
              case when n % 1000 = 7 then 'Hà Khuổi ' else 'Nguyễn Văn ' end || n, case when n % 1000 = 7 then 'ha khuoi ' else 'nguyen van ' end || n,
              'Lý do', date '2020-01-01' + n % 180, '2020-H1'
       from generate_series(1, 3000) as n`,
    );
    await db.query('analyze awards');
    sent = [];
    awards = createAwardsRepository({
      ...db,
      query: async <Row,>(sql: string, params: readonly unknown[] = []) => {
        sent.push({ sql, params });
        return db.query<Row>(sql, params);
      },
    });
  }, 60_000);
  afterAll(() => db.dispose());

  it('finds a rare name through the index, reading only the awards it finds', async () => {
    const range = { size: 10, backward: false, after: null, before: null };
    const page = await awards.searchPage({}, 'khuoi', unitNames, range, awardSearchOrders.relevance);
    // Equal scores: latest day first (n % 180 days into the year).
    expect(page?.rows.map((award) => award.recipientName)).toEqual(['Hà Khuổi 1007', 'Hà Khuổi 2007', 'Hà Khuổi 7']);
    const statement = sent.at(-1)!;
    const plan = await explainPlan(db, statement.sql, statement.params);
    expect(plan.text).toContain('awards_recipient_search_idx');
    expect(plan.scans.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'awards')).toEqual([]);
    expect(plan.rowsRead).toBeLessThanOrEqual(3 * 2);
    // The index's few pages and the awards' own, not a list of the 3000 names' words left pending.
    expect(plan.pagesRead).toBeLessThan(12);
  });
});
