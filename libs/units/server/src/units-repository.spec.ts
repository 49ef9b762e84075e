import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsMigrations } from '@egov/districts-server';
import type { UnitInput } from '@egov/units-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsMigrations } from './migrations';
import { createUnitsRepository, type UnitsRepository } from './units-repository';

const who = { actor: 'tester' };
const unit = (code: string, nameVi: string, parentCode: string | null, extra: Partial<UnitInput> = {}): UnitInput => ({
  code,
  kind: 'division',
  nameVi,
  nameEn: nameVi,
  parentCode,
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
  ...extra,
});

describe.each(testBackends)('units repository on %s', (backend) => {
  let db: TestDatabase;
  let units: UnitsRepository;

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations]);
    const areas = createDistrictsRepository(db);
    await areas.create(
      { code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null, communesCount: null, validFrom: null, validTo: null },
      who,
    );
    await areas.create(
      { code: '187', level: 'district', kind: 'district', nameVi: 'Huyện Chi Lăng', nameEn: 'Chi Lang District', parentCode: '20', communesCount: 20, validFrom: null, validTo: '2025-06-30' },
      who,
    );
    units = createUnitsRepository(db);
    await units.create(unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, { kind: 'department' }), who);
    await units.create(unit('thanh-tra-so', 'Thanh tra Sở', 'so-tttt', { kind: 'inspectorate' }), who);
    await units.create(unit('phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản', 'so-tttt'), who);
    await units.create(unit('ubnd-187', 'UBND huyện Chi Lăng', null, { kind: 'district_committee', areaCode: '187' }), who);
  });
  afterAll(() => db.dispose());

  it('gives the units as a tree under the department', async () => {
    const tree = await units.tree();
    const department = tree.find((node) => node.unit.code === 'so-tttt');
    expect(department?.children.map((node) => node.unit.nameVi)).toEqual(['Phòng Thông tin - Báo chí - Xuất bản', 'Thanh tra Sở']);
  });

  it('finds units ignoring case and diacritics', async () => {
    expect((await units.search('thanh tra')).map((u) => u.code)).toEqual(['thanh-tra-so']);
    expect((await units.search('lang son')).map((u) => u.code)).toEqual(['so-tttt']);
    expect((await units.search('chi lang')).map((u) => u.code)).toEqual(['ubnd-187']);
  });

  it('filters district bodies by district', async () => {
    expect((await units.list({ areaCode: '187' })).map((u) => u.code)).toEqual(['ubnd-187']);
  });

  it('refuses an unknown district, an unknown parent and a loop, writing nothing', async () => {
    const audits = await db.query('select count(*)::int as n from audit_log');
    await expect(
      units.create(unit('ubnd-999', 'UBND huyện X', null, { kind: 'district_committee', areaCode: '999' }), who),
    ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
    await expect(units.create(unit('orphan', 'Mồ côi', 'nobody'), who)).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
    const department = (await units.get('so-tttt'))!;
    await expect(
      units.update('so-tttt', department.version, unit('so-tttt', department.nameVi, 'thanh-tra-so', { kind: 'department' }), who),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['parentCode'] }] });
    expect(await db.query('select count(*)::int as n from audit_log')).toEqual(audits);
    expect((await units.get('so-tttt'))?.parentCode).toBeNull();
  });

  it('updates with the version read and audits the change; a stale version is a conflict', async () => {
    const division = (await units.get('phong-ttbcxb'))!;
    const renamed = unit('phong-ttbcxb', division.nameVi, 'so-tttt', { nameEn: 'Information, Press and Publishing Division' });
    const updated = await units.update('phong-ttbcxb', division.version, renamed, { actor: 'admin' });
    expect(updated.version).toBe(division.version + 1);
    await expect(units.update('phong-ttbcxb', division.version, renamed, who)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await readAudit(db, 'unit', 'phong-ttbcxb')).map((a) => a.action)).toEqual(['unit.create', 'unit.update']);
  });

  it('keeps the people a source names, in their unit', async () => {
    await units.createPerson(
      { id: 'nguyen-quang-huy', fullName: 'Nguyễn Quang Huy', positionVi: 'Bí thư Chi bộ, Giám đốc Sở', positionEn: 'Party cell secretary, Director', unitCode: 'so-tttt', sourceQuote: null },
      who,
    );
    expect((await units.people('so-tttt')).map((p) => p.fullName)).toEqual(['Nguyễn Quang Huy']);
    await expect(
      units.createPerson({ id: 'nguoi-khac', fullName: 'X', positionVi: 'X', positionEn: 'X', unitCode: 'missing', sourceQuote: null }, who),
    ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE' });
  });
});
