import { auditMigrations } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, watchStatements, type SentStatement, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import type { LicenceInput } from '@egov/licences-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLicencesRepository, type LicenceListFilter, type LicencesRepository } from './licences-repository';
import { foldExistingLicences, licencesMigrations } from './migrations';

const who = { actor: 'seed' };
const ISSUED = 3000;

const licence = (number: string, extra: Partial<LicenceInput> = {}): LicenceInput => ({
  type: 'bulletin_publishing',
  number,
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: null,
  subjectVi: 'Bản tin Nông dân',
  issuedOn: '2024-03-01',
  validFrom: '2024-03-01',
  validUntil: null,
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: false,
  ...extra,
});

const FILTERS: LicenceListFilter[] = [
  {},
  { type: 'game_service_point_certificate' },
  { isSample: true },
  { isSample: false, type: 'bulletin_publishing' },
  { status: 'revoked', asOf: '2030-01-01' },
  { search: 'cong ty' },
];

describe.each(testBackends)('the licence register counted and stamped without reading it on %s', (backend) => {
  let db: TestDatabase;
  let licences: LicencesRepository;
  let sent: SentStatement[];
  afterAll(() => db.dispose());

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...licencesMigrations]);
    await createUnitsRepository(db).create(
      { code: 'so-tttt', kind: 'department', nameVi: 'Sở', nameEn: 'Department', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
      who,
    );
    // A few a day over the years, of the three types, one in seven a sample, as a loader writes them in SQL.
    await db.query(
      `insert into licences (type, number, holder_name, subject_vi, issued_on, valid_from, issuer_unit_code, is_sample, search_folded)
       select (array['bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate'])[1 + i % 3], i || '/GP-STTTT',
         (array['Công ty TNHH Viễn thông Kỳ Lừa', 'Hộ kinh doanh Tý Công', 'Trường THPT Đình Lập'])[1 + i % 3], 'Bản tin nội bộ',
         date '2015-01-01' + i / 3, date '2015-01-01' + i / 3, 'so-tttt', i % 7 = 0, ''
       from generate_series(1, $1::int) as i`,
      [ISSUED],
    );
    await db.query(`${foldExistingLicences.replace(/;\s*$/, '')} where search_folded = ''`);
    await db.query('analyze licences');
    const watched = watchStatements(db);
    sent = watched.sent;
    licences = createLicencesRepository(watched.executor);
  }, 180_000);

  const listed = async (filter: LicenceListFilter) => (await licences.list(filter)).length;

  it('counts every filter as its list, after issues, revocations and statements of many rows', async () => {
    for (const filter of FILTERS) expect(await licences.count(filter), JSON.stringify(filter)).toBe(await listed(filter));
    const stamps = [await licences.changeStamp()];

    const issued = await licences.issue(licence('1/GP-TEST', { isSample: true, type: 'game_service_point_certificate' }), who);
    stamps.push(await licences.changeStamp());
    await licences.revoke(issued.id, issued.version, { revokedOn: '2024-05-01', reason: 'Ngừng hoạt động' }, who);
    stamps.push(await licences.changeStamp());
    // Samples made real and a type changed in one statement, as versioned writes do, then some deleted.
    await db.query(`update licences set is_sample = false, type = 'bulletin_publishing', version = version + 1, updated_at = now() where number like '7%' and type = 'non_commercial_publication'`);
    stamps.push(await licences.changeStamp());
    await db.query(`delete from licences where number like '9%/GP-STTTT'`);
    stamps.push(await licences.changeStamp());

    for (const filter of FILTERS) expect(await licences.count(filter), JSON.stringify(filter)).toBe(await listed(filter));
    // Every write changes the stamp; the latest write dates it.
    expect(new Set(stamps.map((stamp) => stamp.version)).size).toBe(stamps.length);
    const [latest] = await db.query<{ at: Date }>('select max(updated_at) as at from licences');
    expect(stamps.at(-1)?.lastChange?.getTime()).toBe(new Date(latest!.at).getTime());
  });

  it('reads no licence for the count of the register, a type or the samples, nor for its change stamp', async () => {
    for (const question of [() => licences.count({}), () => licences.count({ type: 'bulletin_publishing', isSample: false }), () => licences.changeStamp()]) {
      sent.length = 0;
      await question();
      const plan = await explainPlan(db, sent[0]!.sql, sent[0]!.params);
      expect(plan.text).not.toContain('"licences"');
      expect(plan.rowsRead).toBeLessThanOrEqual(3 * 2);
    }
  });

  it('reads only its rows for a page of the register, and a batch of the download', async () => {
    sent.length = 0;
    const page = await licences.listPage({}, { size: 20, backward: false, after: null, before: null });
    const deeper = await licences.listPage({}, { size: 20, backward: false, after: page.rows.at(-1)!.position, before: null });
    expect(deeper.rows).toHaveLength(20);
    for (const statement of sent) expect((await explainPlan(db, statement.sql, statement.params)).rowsRead).toBeLessThanOrEqual(21);

    sent.length = 0;
    const batches = licences.batches(500);
    await batches.next();
    await batches.return(undefined);
    expect((await explainPlan(db, sent[0]!.sql, sent[0]!.params)).rowsRead).toBeLessThanOrEqual(501);
  });
});
