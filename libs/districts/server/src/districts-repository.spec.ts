import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import type { AreaInput } from '@egov/districts-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistrictsRepository, type DistrictsRepository } from './districts-repository';
import { districtsMigrations } from './migrations';

const province: AreaInput = {
  code: '20',
  level: 'province',
  kind: 'province',
  nameVi: 'Tỉnh Lạng Sơn',
  nameEn: 'Lang Son Province',
  parentCode: null,
  communesCount: null,
  validFrom: null,
  validTo: null,
};
const district = (code: string, nameVi: string, communesCount: number): AreaInput => ({
  code,
  level: 'district',
  kind: 'district',
  nameVi,
  nameEn: nameVi,
  parentCode: '20',
  communesCount,
  validFrom: null,
  validTo: '2025-06-30',
});
const who = { actor: 'tester' };

describe.each(testBackends)('districts repository on %s', (backend) => {
  let db: TestDatabase;
  let areas: DistrictsRepository;

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations]);
    areas = createDistrictsRepository(db);
    await areas.create(province, who);
    await areas.create(district('180', 'Huyện Tràng Định', 22), who);
    await areas.create(district('178', 'Thành phố Lạng Sơn', 8), who);
  });
  afterAll(() => db.dispose());

  it('lists a province and its districts, filtered by level, parent and day', async () => {
    expect((await areas.list()).map((a) => a.code)).toEqual(['20', '178', '180']);
    expect((await areas.list({ level: 'district', parentCode: '20' })).map((a) => a.communesCount)).toEqual([8, 22]);
    expect(await areas.list({ level: 'district', validOn: '2025-07-01' })).toEqual([]);
    expect(await areas.list({ level: 'district', validOn: '2020-06-30' })).toHaveLength(2);
  });

  it('reads several areas at once in the order asked, null for unknown codes', async () => {
    const found = await areas.getMany(['180', '999', '20']);
    expect(found.map((a) => a?.nameVi ?? null)).toEqual(['Huyện Tràng Định', null, 'Tỉnh Lạng Sơn']);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await db.query('select count(*)::int as n from audit_log');
    await expect(areas.create(district('181', 'Huyện Bình Gia', -1), who)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(areas.create({ ...district('182', 'Huyện Văn Lãng', 17), parentCode: '99' }, who)).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
    });
    await expect(areas.create(district('178', 'Thành phố Lạng Sơn', 8), who)).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect(await db.query('select count(*)::int as n from audit_log')).toEqual(before);
    expect(await areas.get('181')).toBeNull();
  });

  it('updates with the version read, audits it, and refuses a stale version', async () => {
    const current = (await areas.get('180'))!;
    const updated = await areas.update('180', current.version, { ...district('180', 'Huyện Tràng Định', 23) }, { actor: 'admin' });
    expect(updated).toMatchObject({ communesCount: 23, version: current.version + 1 });
    await expect(areas.update('180', current.version, district('180', 'Huyện Tràng Định', 24), who)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await areas.get('180'))?.communesCount).toBe(23);
    const history = await readAudit(db, 'area', '180');
    expect(history.map((h) => [h.action, h.actor])).toEqual([
      ['area.create', 'tester'],
      ['area.update', 'admin'],
    ]);
  });
});
