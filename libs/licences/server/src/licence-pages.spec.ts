import { auditMigrations, migrate, type SortValue } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, watchStatements, type SentStatement, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext } from '@egov/graphql';
import { licenceTypeLabels, type Licence, type LicenceInput } from '@egov/licences-model';
import { rankBySearch } from '@egov/text';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations } from '@egov/units-server';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { licencesGraphQLModule } from './graphql/module';
import { createLicencesRepository, type LicencesRepository } from './licences-repository';
import { foldExistingLicences, licencesMigrations } from './migrations';

const who = { actor: 'seed' };
const baseMigrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations];

/** Made-up register entries. */
const licence = (number: string, extra: Partial<LicenceInput> = {}): LicenceInput => ({
  type: 'bulletin_publishing',
  number,
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: null,
  subjectVi: 'Bản tin Nông dân',
  issuedOn: '2021-03-01',
  validFrom: '2021-03-01',
  validUntil: null,
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: false,
  ...extra,
});

const holders = ['Hoàng Thị Lan', 'Đoàn Thanh niên tỉnh', 'Sở Y tế tỉnh Lạng Sơn', 'Hộ kinh doanh Lan Anh', 'Công ty TNHH Lạng Sơn Xanh', 'Trường THPT Đình Lập'];

async function createUnit(db: TestDatabase) {
  await createUnitsRepository(db).create(
    { code: 'so-tttt', kind: 'department', nameVi: 'Sở', nameEn: 'Department', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
    who,
  );
}

/** The register's order and the ranking of @egov/text: what the list gave when it ranked in memory. */
const byRegisterOrder = (a: Licence, b: Licence) =>
  b.issuedOn.localeCompare(a.issuedOn) || (a.number < b.number ? 1 : a.number > b.number ? -1 : 0) || (a.type < b.type ? 1 : a.type > b.type ? -1 : 0);
const rankedInMemory = (query: string, all: Licence[]) =>
  rankBySearch(query, [...all].sort(byRegisterOrder), (l) => [
    { text: l.holderName, weight: 3 },
    { text: l.number, weight: 3 },
    { text: l.subjectVi, weight: 2 },
    { text: licenceTypeLabels[l.type].vi, weight: 1 },
  ]).map((l) => l.number + ' ' + l.type);

/** A parsed JSON answer, read loosely by the assertions. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testBackends)('licence register pages on %s', (backend) => {
  let db: TestDatabase;
  let licences: LicencesRepository;
  let schema: GraphQLSchema;

  /** A page of `first`, with the filter's other fields, and the holder searched for. */
  const page = async (args: string, after: string | null = null, holder: string | null = null) => {
    const [size, filter = ''] = args.split(', filter: ');
    const source = `query($after: String, $holder: String) { licences(${size}, after: $after, filter: { holder: $holder ${filter.replace(/^\{|\}$/g, '')} }) {
      totalCount nodes { number type holderName } pageInfo { hasNextPage endCursor } } }`;
    const result = await graphql({ schema, source, variableValues: { after, holder }, contextValue: createRequestContext(null, 'test') });
    expect(result.errors).toBeUndefined();
    return (result.data as Data)['licences'] as { totalCount: number; nodes: Array<{ number: string; type: string; holderName: string }>; pageInfo: Data };
  };
  /** Every page forwards, calling `between` after each. */
  const walk = async (args: string, holder: string | null = null, between: (pageNumber: number) => Promise<void> = async () => undefined) => {
    const numbers: string[] = [];
    let after: string | null = null;
    for (let pageNumber = 1; ; pageNumber += 1) {
      const current = await page(args, after, holder);
      numbers.push(...current.nodes.map((node) => `${node.number} ${node.type.toLowerCase()}`));
      if (!current.pageInfo['hasNextPage']) return numbers;
      after = current.pageInfo['endCursor'];
      await between(pageNumber);
    }
  };

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...baseMigrations, ...licencesMigrations]);
    await createUnit(db);
    licences = createLicencesRepository(db);
    // Twelve licences issued on the same day: only the number and type tell them apart.
    for (let i = 1; i <= 12; i += 1) {
      const type = i % 2 === 0 ? 'non_commercial_publication' : 'bulletin_publishing';
      await licences.issue(licence(`${String(Math.ceil(i / 2)).padStart(2, '0')}/GP-STTTT`, { type, holderName: holders[i % holders.length]!, isSample: i % 4 === 0 }), who);
    }
    const units = createUnitsRepository(db);
    const repos = { licences, units, districts: createDistrictsRepository(db) };
    schema = composeSchema([districtsGraphQLModule(repos), unitsGraphQLModule(repos), licencesGraphQLModule(repos, { today: () => '2021-06-30' })]);
  });
  afterAll(() => db.dispose());

  it('walks the register once, latest first, while licences are entered between pages', async () => {
    const before = await walk('first: 100');
    expect(before).toHaveLength(12);
    const walked = await walk('first: 5', null, async (pageNumber) => {
      // A later licence lands ahead of the pages read, one of the same day with a lower number behind them.
      if (pageNumber === 1) await licences.issue(licence('09/GP-STTTT', { issuedOn: '2021-04-01', validFrom: '2021-04-01' }), who);
      if (pageNumber === 2) await licences.issue(licence('00/GP-STTTT'), who);
    });
    expect(walked).toEqual([...before, '00/GP-STTTT bulletin_publishing']);
    expect((await page('first: 1')).nodes[0]?.number).toBe('09/GP-STTTT');
  });

  it('pages within a type and a sample flag, with the total of the filter', async () => {
    const all = await licences.list({});
    const expected = (keep: (l: Licence) => boolean) => all.filter(keep).map((l) => `${l.number} ${l.type}`);
    expect(await walk('first: 2, filter: { type: NON_COMMERCIAL_PUBLICATION }')).toEqual(expected((l) => l.type === 'non_commercial_publication'));
    expect(await walk('first: 3, filter: { isSample: true, type: BULLETIN_PUBLISHING }')).toEqual(
      expected((l) => l.isSample && l.type === 'bulletin_publishing'),
    );
    expect((await page('first: 1, filter: { type: BULLETIN_PUBLISHING }')).totalCount).toBe(expected((l) => l.type === 'bulletin_publishing').length);
    expect((await page('first: 1')).totalCount).toBe(all.length);
  });

  it('finds holders with or without diacritics, each word starting a word, ranked and paged as before', async () => {
    const all = await licences.list({});
    for (const query of ['lan', 'LAN', 'Lan', 'lạng sơn', 'lang son', 'LANG SƠN', 'dinh lap', 'đình', 'tinh', 'so y', 'giay phep', 'giay phep xuat ban ban tin', '02/gp', 'an', 'son lang', 'ty tnhh']) {
      const inMemory = rankedInMemory(query, all);
      expect((await licences.list({ search: query })).map((l) => `${l.number} ${l.type}`), query).toEqual(inMemory);
      expect(await walk('first: 2', query), query).toEqual(inMemory);
      expect((await page('first: 1', null, query)).totalCount, query).toBe(inMemory.length);
    }
    expect(rankedInMemory('lang son', all).length).toBeGreaterThan(2);
    expect(await walk('first: 2', 'ơn')).toEqual([]);
    expect(await walk('first: 2', '%')).toEqual([]);
  });

  it('refuses a cursor of the register in a search, and one of a search in the register', async () => {
    const register = await page('first: 1');
    const source = 'query($after: String, $holder: String) { licences(first: 1, after: $after, filter: { holder: $holder }) { totalCount } }';
    const refused = await graphql({ schema, source, variableValues: { after: register.pageInfo['endCursor'], holder: 'lan' }, contextValue: createRequestContext(null, 'test') });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe.each(testBackends)('licence search ranking through ties and deep pages on %s', (backend) => {
  let db: TestDatabase;
  let licences: LicencesRepository;
  afterAll(() => db.dispose());

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...baseMigrations, ...licencesMigrations]);
    await createUnit(db);
    licences = createLicencesRepository(db);
    // Forty licences from few words: many equal scores, the phrase in one field or another, words
    // repeated, and a word ("1e5x") a text search parser would cut in two.
    const names = ['Công ty TNHH Cộng Cộng', 'Công ty cổ phần Tân Thanh', 'Cộng tác viên Tý', 'Hộ kinh doanh Công', 'Công ty 1e5x'];
    const subjects = ['Bản tin công ty', 'Tài liệu không kinh doanh', 'Điểm cung cấp dịch vụ trò chơi điện tử công cộng', 'Công ty cộng đồng'];
    const types = ['bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate'] as const;
    for (let i = 0; i < 40; i += 1) {
      const day = `2022-0${1 + (i % 3)}-1${i % 2}`;
      await licences.issue(
        licence(`${i}/GP-CTY-${'ABC'[i % 3]}`, { type: types[i % 3]!, holderName: names[i % 5]!, subjectVi: subjects[i % 4]!, issuedOn: day, validFrom: day }),
        who,
      );
    }
  });

  it('gives every page of a common query as the ranking in memory gives the whole list', async () => {
    const all = await licences.list({});
    for (const query of ['cong ty', 'cong', 'cong cong', 'ty cong', 'gp cty', 'cty b', 'diem cung cap', 'cong ty tnhh cong cong', '1e5', '1e5x', 'x', 'e5x', 'tan thanh cong']) {
      const inMemory = rankedInMemory(query, all);
      const walked: string[] = [];
      let after: SortValue[] | null = null;
      for (;;) {
        const page = await licences.listPage({ search: query }, { size: 3, backward: false, after, before: null });
        walked.push(...page.rows.map((l) => `${l.number} ${l.type}`));
        if (!page.more) break;
        after = page.rows.at(-1)!.position;
      }
      expect(walked, query).toEqual(inMemory);
    }
    expect(rankedInMemory('cong ty', all).length).toBeGreaterThan(20);
    expect(rankedInMemory('e5x', all)).toEqual([]);
    expect(rankedInMemory('1e5', all).length).toBeGreaterThan(0);
  });
});

describe.each(testBackends)('the plan of a common holder search on %s', (backend) => {
  const ISSUED = 3000;
  let db: TestDatabase;
  let licences: LicencesRepository;
  let sent: SentStatement[];
  afterAll(() => db.dispose());

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...baseMigrations, ...licencesMigrations]);
    await createUnit(db);
    // Two licences in three held by a "Công ty" (the phrase, the best score), the third by a
    // holder with both words apart; a few a day, so most of the register matches "cong ty".
    await db.query(
      `insert into licences (type, number, holder_name, subject_vi, issued_on, valid_from, issuer_unit_code, search_folded)
       select (array['bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate'])[1 + i % 3], i || '/GP-STTTT',
         (array['Công ty TNHH Viễn thông Kỳ Lừa', 'Công ty cổ phần Tân Thanh', 'Hộ kinh doanh Tý Công'])[1 + i % 3], 'Bản tin nội bộ',
         date '2015-01-01' + i / 3, date '2015-01-01' + i / 3, 'so-tttt', ''
       from generate_series(1, $1::int) as i`,
      [ISSUED],
    );
    await db.query(`${foldExistingLicences.replace(/;\s*$/, '')} where search_folded = ''`);
    await db.query('analyze licences');
    const watched = watchStatements(db);
    sent = watched.sent;
    licences = createLicencesRepository(watched.executor);
  }, 60_000);

  it('reads a bounded walk of the register for page 1 and a deep page, not every match, and gives the ranking in memory', async () => {
    const inMemory = rankedInMemory('cong ty', await licences.list({}));
    expect(inMemory.length).toBe(ISSUED);
    const pageOf = async (after: SortValue[] | null) => {
      const page = await licences.listPage({ search: 'cong ty' }, { size: 20, backward: false, after, before: null });
      const last = sent.at(-1)!;
      return { page, plan: await explainPlan(db, last.sql, last.params) };
    };
    const first = await pageOf(null);
    expect(first.page.rows.map((l) => `${l.number} ${l.type}`)).toEqual(inMemory.slice(0, 20));
    expect(first.plan.rowsRead).toBeLessThanOrEqual(1000);

    const upTo = await licences.listPage({ search: 'cong ty' }, { size: 600, backward: false, after: null, before: null });
    const deep = await pageOf(upTo.rows.at(-1)!.position);
    expect(deep.page.rows.map((l) => `${l.number} ${l.type}`)).toEqual(inMemory.slice(600, 620));
    expect(deep.plan.rowsRead).toBeLessThanOrEqual(1000);
  });
});

describe.each(testBackends)('licences entered before the search column on %s', (backend) => {
  let db: TestDatabase;
  afterAll(() => db.dispose());

  it('are found by their holder after the upgrade, as the repository would have folded them', async () => {
    const [first, ...later] = licencesMigrations;
    db = await createTestDatabase(backend, [...baseMigrations, first!]);
    await createUnit(db);
    const entered = [
      ['01/GP-STTTT', 'bulletin_publishing', 'Hội Nông dân tỉnh Lạng Sơn', 'Bản tin Nông dân Lạng Sơn'],
      ['15/GP-STTTT', 'non_commercial_publication', 'SỞ Y TẾ TỈNH LẠNG SƠN', 'Cẩm nang phòng chống dịch Covid-19'],
      ['01/GCN-STTTT', 'game_service_point_certificate', 'Hộ kinh doanh Hoàng Văn Đức', 'Số 12 đường Lê Lợi, phường Vĩnh Trại'],
      ['02/GP-STTTT', 'bulletin_publishing', 'Đoàn Thanh niên — “Tuổi trẻ” xứ Lạng', 'Ấn phẩm: ỨNG DỤNG, ỐC, Ữ, Ỹ, Ỵ, Ẫ, Ặ, Ệ, Ộ, Ợ, Ự'],
    ];
    for (const [number, type, holder, subject] of entered) {
      await db.query(
        `insert into licences (type, number, holder_name, subject_vi, issued_on, valid_from, issuer_unit_code)
         values ($1, $2, $3, $4, '2020-03-10', '2020-03-10', 'so-tttt')`,
        [type, number, holder, subject],
      );
    }
    await migrate(db, [...baseMigrations, first!, ...later]);
    const licences = createLicencesRepository(db);
    const all = await licences.list({});
    // Stored as the repository writes it: a revoke rewrites the folded text, which must not change.
    const stored = async () => db.query<{ search_folded: string }>('select search_folded from licences order by number, type');
    const backfilled = await stored();
    for (const l of all) await licences.revoke(l.id, l.version, { revokedOn: '2021-01-01', reason: 'Kiểm tra' }, who);
    expect(await stored()).toEqual(backfilled);
    for (const query of ['lang son', 'so y te', 'hoang van duc', 'tuoi tre', 'ung dung oc u y', 'a a e o o u', 'covid 19', 'giay chung nhan', '01/gcn']) {
      expect((await licences.list({ search: query })).map((l) => `${l.number} ${l.type}`), query).toEqual(rankedInMemory(query, all));
    }
    // Two databases migrated on the embedded backend: more than the default on a busy machine.
  }, 90_000);
});
