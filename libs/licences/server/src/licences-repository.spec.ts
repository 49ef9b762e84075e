import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
// The units table references administrative areas, so a test database needs their migrations too.
import { districtsMigrations } from '@egov/districts-server';
import type { LicenceInput } from '@egov/licences-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLicencesRepository, type LicencesRepository } from './licences-repository';
import { licencesMigrations } from './migrations';

const who = { actor: 'tester' };

/** Made-up register entries: the report gives only counts, never individual licences. */
const licence = (number: string, extra: Partial<LicenceInput> = {}): LicenceInput => ({
  type: 'bulletin_publishing',
  number,
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: 'Thành phố Lạng Sơn',
  subjectVi: 'Bản tin Nông dân Lạng Sơn',
  issuedOn: '2020-03-10',
  validFrom: '2020-03-10',
  validUntil: '2020-12-31',
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: true,
  ...extra,
});

describe.each(testBackends)('licences repository on %s', (backend) => {
  let db: TestDatabase;
  let licences: LicencesRepository;
  const counts = async () => ({
    audit: (await db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n,
    licences: (await db.query<{ n: number }>('select count(*)::int as n from licences'))[0]?.n,
  });

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...licencesMigrations]);
    await createUnitsRepository(db).create(
      {
        code: 'so-tttt',
        kind: 'department',
        nameVi: 'Sở Thông tin và Truyền thông Lạng Sơn',
        nameEn: 'Lang Son Department of Information and Communications',
        parentCode: null,
        areaCode: null,
        descriptionVi: null,
        website: null,
        sourceQuote: null,
      },
      who,
    );
    licences = createLicencesRepository(db);
    await licences.issue(licence('01/GP-STTTT'), who);
    await licences.issue(
      licence('02/GP-STTTT', { holderName: 'Đoàn Thanh niên tỉnh', subjectVi: 'Bản tin Tuổi trẻ xứ Lạng', issuedOn: '2020-05-04', validFrom: '2020-05-04', validUntil: null }),
      who,
    );
    await licences.issue(
      licence('15/GP-STTTT', {
        type: 'non_commercial_publication',
        holderName: 'Sở Y tế tỉnh Lạng Sơn',
        subjectVi: 'Cẩm nang phòng chống dịch Covid-19',
        issuedOn: '2020-04-20',
        validFrom: '2020-04-20',
        isSample: false,
      }),
      who,
    );
    await licences.issue(
      licence('01/GCN-STTTT', {
        type: 'game_service_point_certificate',
        holderName: 'Hộ kinh doanh Hoàng Văn Đức',
        subjectVi: 'Số 12 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn',
        issuedOn: '2019-07-01',
        validFrom: '2019-07-01',
        validUntil: '2022-06-30',
      }),
      who,
    );
  });
  afterAll(() => db.dispose());

  it('lists the register latest first, filtered by type and by status on a day', async () => {
    expect((await licences.list()).map((l) => l.number)).toEqual(['02/GP-STTTT', '15/GP-STTTT', '01/GP-STTTT', '01/GCN-STTTT']);
    expect((await licences.list({ type: 'bulletin_publishing' })).map((l) => l.number)).toEqual(['02/GP-STTTT', '01/GP-STTTT']);
    expect((await licences.list({ status: 'expired', asOf: '2021-06-30' })).map((l) => l.number)).toEqual([
      '15/GP-STTTT',
      '01/GP-STTTT',
    ]);
    expect((await licences.list({ status: 'valid', asOf: '2021-06-30' })).map((l) => l.number)).toEqual(['02/GP-STTTT', '01/GCN-STTTT']);
    expect((await licences.list({ isSample: false })).map((l) => l.number)).toEqual(['15/GP-STTTT']);
  });

  it('counts licences in each status on a day as the list judges them, leaving samples out unless asked', async () => {
    for (const asOf of ['2020-01-01', '2021-06-30', '2030-01-01']) {
      const listed = async (status: 'valid' | 'expired' | 'revoked', isSample?: boolean) =>
        (await licences.list({ status, asOf, ...(isSample === undefined ? {} : { isSample }) })).length;
      expect(await licences.countByStatus(asOf, { includeSamples: true })).toEqual({
        valid: await listed('valid'),
        expired: await listed('expired'),
        revoked: await listed('revoked'),
      });
      expect(await licences.countByStatus(asOf)).toEqual({
        valid: await listed('valid', false),
        expired: await listed('expired', false),
        revoked: await listed('revoked', false),
      });
    }
    await expect(licences.countByStatus('30/06/2021')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('reads the whole register in batches, in the order of the list', async () => {
    const batches: string[][] = [];
    for await (const batch of licences.batches(3)) batches.push(batch.map((l) => l.number));
    expect(batches.map((batch) => batch.length)).toEqual([3, 1]);
    expect(batches.flat()).toEqual((await licences.list()).map((l) => l.number));
  });

  it('finds licences by holder, number, subject or type, ignoring case and diacritics, best first', async () => {
    expect((await licences.list({ search: 'so y te' })).map((l) => l.number)).toEqual(['15/GP-STTTT']);
    expect((await licences.list({ search: 'hoang van duc' })).map((l) => l.number)).toEqual(['01/GCN-STTTT']);
    expect((await licences.list({ search: '02/gp' })).map((l) => l.number)).toEqual(['02/GP-STTTT']);
    expect((await licences.list({ search: 'TUỔI TRẺ' })).map((l) => l.number)).toEqual(['02/GP-STTTT']);
    // "giấy phép" names the two kinds of publishing licence, not the game service certificate.
    expect((await licences.list({ search: 'giay phep' })).map((l) => l.number).sort()).toEqual(['01/GP-STTTT', '02/GP-STTTT', '15/GP-STTTT']);
    // The full name of a type ranks its licences first; "tin" also starts "tỉnh", so others may follow.
    const ranked = await licences.list({ search: 'giay phep xuat ban ban tin' });
    expect(ranked.slice(0, 2).map((l) => l.type)).toEqual(['bulletin_publishing', 'bulletin_publishing']);
  });

  it('reads several licences at once in the order asked, null for unknown or malformed ids', async () => {
    const [newest, , oldest] = await licences.list({ type: 'bulletin_publishing' }).then((list) => [list[0]!, null, list[1]!]);
    const found = await licences.getMany([oldest!.id, 'nope', '00000000-0000-4000-8000-000000000000', newest!.id]);
    expect(found.map((l) => l?.number ?? null)).toEqual(['01/GP-STTTT', null, null, '02/GP-STTTT']);
    expect(await licences.get('nope')).toBeNull();
  });

  it('counts the licences of a type issued in a period, leaving samples out unless asked', async () => {
    expect(await licences.countIssued('bulletin_publishing', '2020-01-01', '2020-06-30')).toBe(0);
    expect(await licences.countIssued('bulletin_publishing', '2020-01-01', '2020-06-30', { includeSamples: true })).toBe(2);
    expect(await licences.countIssued('non_commercial_publication', '2020-01-01', '2020-06-30')).toBe(1);
    expect(await licences.countIssued('bulletin_publishing', '2020-03-10', '2020-03-10', { includeSamples: true })).toBe(1);
    await expect(licences.countIssued('bulletin_publishing', '2020-1-1', '2020-06-30')).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['start'] }],
    });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await counts();
    await expect(licences.issue(licence('03/GP-STTTT', { validUntil: '2020-01-01' }), who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['validUntil'] }],
    });
    await expect(
      licences.issue(licence('03/GP-STTTT', { revokedOn: '2020-04-01', revocationReason: 'Vi phạm' }), who),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['revokedOn'] }] });
    await expect(licences.issue(licence('03/GP-STTTT', { issuerUnitCode: 'so-khac' }), who)).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
    });
    await expect(licences.issue(licence('01/GP-STTTT'), who)).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect(await counts()).toEqual(before);
    // The same number under another type is another licence.
    await licences.issue(licence('01/GP-STTTT', { type: 'non_commercial_publication', subjectVi: 'Kỷ yếu' }), who);
  });

  it('revokes a licence once, with the version read, and audits it', async () => {
    const [bulletin] = await licences.list({ search: '01/GP-STTTT', type: 'bulletin_publishing' });
    const revoked = await licences.revoke(bulletin!.id, bulletin!.version, { revokedOn: '2020-08-15', reason: 'Vi phạm nội dung' }, { actor: 'inspector' });
    expect(revoked).toMatchObject({ revokedOn: '2020-08-15', revocationReason: 'Vi phạm nội dung', version: bulletin!.version + 1 });
    expect((await licences.list({ status: 'revoked', asOf: '2020-08-15' })).map((l) => l.number)).toEqual(['01/GP-STTTT']);
    expect((await licences.list({ status: 'revoked', asOf: '2020-08-14' }))).toEqual([]);

    const before = await counts();
    await expect(licences.revoke(bulletin!.id, bulletin!.version, { revokedOn: '2020-09-01', reason: 'Lần nữa' }, who)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(licences.revoke(bulletin!.id, revoked.version, { revokedOn: '2020-09-01', reason: 'Lần nữa' }, who)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const [other] = await licences.list({ search: 'tuoi tre' });
    await expect(licences.revoke(other!.id, other!.version, { revokedOn: '2020-01-01', reason: 'Sớm' }, who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['revokedOn'] }],
    });
    await expect(licences.revoke(other!.id, other!.version, { revokedOn: '2020-09-01', reason: '' }, who)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(licences.revoke('00000000-0000-4000-8000-000000000000', 1, { revokedOn: '2020-09-01', reason: 'X' }, who)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await counts()).toEqual(before);

    const trail = await readAudit(db, 'licence', bulletin!.id);
    expect(trail.map((entry) => [entry.actor, entry.action])).toEqual([
      ['tester', 'licence.issue'],
      ['inspector', 'licence.revoke'],
    ]);
    expect(trail[1]?.before).toMatchObject({ revoked_on: null });
    expect(trail[1]?.after).toMatchObject({ revoked_on: '2020-08-15', revocation_reason: 'Vi phạm nội dung' });
  });
});
