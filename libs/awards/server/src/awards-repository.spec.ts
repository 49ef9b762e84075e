import type { AwardInput } from '@egov/awards-model';
import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
// The units table references administrative areas, so a test database needs their migrations too.
import { districtsMigrations } from '@egov/districts-server';
import type { UnitInput } from '@egov/units-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwardsRepository, type AwardsRepository } from './awards-repository';
import { awardsMigrations } from './migrations';

const who = { actor: 'tester' };
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

const meritToCentre: AwardInput = {
  factId: 'F40',
  kind: 'certificate_of_merit',
  conferredBy: 'provincial_chairman',
  level: 'provincial',
  recipientKind: 'collective',
  recipientUnitCode: 'trung-tam-cntt-tt',
  recipientName: 'Trung tâm Công nghệ thông tin và Truyền thông',
  collectivesCount: null,
  individualsCount: null,
  reasonVi: 'Đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
  reasonEn: 'Two consecutive years of excellent completion of duties',
  coveredFromYear: null,
  coveredToYear: null,
  conferredOn: '2020-06-26',
  period: '2020-H1',
  sourceQuote: 'vì đã đạt 02 năm liên tục hoàn thành xuất sắc nhiệm vụ',
};
const commendationToGroup: AwardInput = {
  ...meritToCentre,
  factId: 'F42',
  kind: 'commendation',
  conferredBy: 'department_director',
  level: 'department',
  recipientKind: 'group',
  recipientUnitCode: null,
  recipientName: null,
  collectivesCount: 6,
  individualsCount: 13,
  reasonVi: 'Điển hình tiên tiến ngành TT&TT giai đoạn 2016 - 2020',
  reasonEn: 'Exemplary advanced models of the sector, 2016–2020',
  coveredFromYear: 2016,
  coveredToYear: 2020,
};

describe.each(testBackends)('awards repository on %s', (backend) => {
  let db: TestDatabase;
  let awards: AwardsRepository;
  const counts = async () => ({
    audit: (await db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n,
    awards: (await db.query<{ n: number }>('select count(*)::int as n from awards'))[0]?.n,
  });

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...awardsMigrations]);
    const units = createUnitsRepository(db);
    await units.create(unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, 'department'), who);
    await units.create(unit('trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'so-tttt', 'centre'), who);
    await units.create(unit('phong-ttbcxb', 'Phòng Thông tin - Báo chí - Xuất bản', 'so-tttt', 'division'), who);
    awards = createAwardsRepository(db);
  });
  afterAll(() => db.dispose());

  it('records awards with an id of their own and lists them filtered, latest first', async () => {
    const merit = await awards.record(meritToCentre, who);
    expect(merit).toMatchObject({ ...meritToCentre, version: 1 });
    expect(merit.id).toMatch(/^[0-9a-f-]{36}$/);
    await awards.record(commendationToGroup, who);
    await awards.record(
      { ...meritToCentre, factId: null, recipientUnitCode: 'phong-ttbcxb', recipientName: null, conferredOn: '2019-12-20', period: '2019-H2' },
      who,
    );

    expect((await awards.list()).map((a) => a.factId)).toEqual(['F40', 'F42', null]);
    expect((await awards.list({ kind: 'commendation' })).map((a) => a.collectivesCount)).toEqual([6]);
    expect((await awards.list({ level: 'provincial', period: '2020-H1' })).map((a) => a.factId)).toEqual(['F40']);
    expect((await awards.list({ recipientUnitCode: 'phong-ttbcxb' })).map((a) => a.conferredOn)).toEqual(['2019-12-20']);
    // The database counts what the same filters list.
    expect(await awards.count()).toBe(3);
    expect(await awards.count({ period: '2020-H1' })).toBe(2);
    expect(await awards.count({ level: 'provincial', period: '2020-H1' })).toBe(1);
  });

  it('reads several awards at once in the order asked, null for unknown or malformed ids', async () => {
    const [merit, group] = [(await awards.findByFactId('F40'))!, (await awards.findByFactId('F42'))!];
    const found = await awards.getMany([group.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid', merit.id.toUpperCase()]);
    expect(found.map((a) => a?.factId ?? null)).toEqual(['F42', null, null, 'F40']);
    expect(await awards.get('not-a-uuid')).toBeNull();
    expect(await awards.findByFactId('F99')).toBeNull();
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await counts();
    await expect(awards.record({ ...meritToCentre, factId: 'F43', level: 'department' }, who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['level'] }],
    });
    await expect(awards.record({ ...commendationToGroup, factId: 'F43', individualsCount: 0, collectivesCount: 0 }, who)).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(awards.record({ ...meritToCentre, factId: 'F43', recipientUnitCode: 'no-such-unit' }, who)).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
    });
    await expect(awards.record(meritToCentre, who)).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect(await counts()).toEqual(before);
  });

  it('updates with the version read and audits the change; a stale version is a conflict', async () => {
    const merit = (await awards.findByFactId('F40'))!;
    const corrected = { ...meritToCentre, coveredFromYear: 2018, coveredToYear: 2019 };
    const updated = await awards.update(merit.id, merit.version, corrected, { actor: 'editor' });
    expect(updated).toMatchObject({ coveredFromYear: 2018, coveredToYear: 2019, version: merit.version + 1 });

    const before = await counts();
    await expect(awards.update(merit.id, merit.version, meritToCentre, who)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(awards.update(merit.id, updated.version, { ...meritToCentre, factId: 'F41' }, who)).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: ['factId'] }],
    });
    await expect(awards.update('00000000-0000-4000-8000-000000000000', 1, meritToCentre, who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
    expect((await awards.get(merit.id))?.coveredFromYear).toBe(2018);

    const trail = await readAudit(db, 'award', merit.id);
    expect(trail.map((entry) => [entry.actor, entry.action])).toEqual([
      ['tester', 'award.record'],
      ['editor', 'award.update'],
    ]);
    expect(trail[1]?.before).toMatchObject({ covered_from_year: null, version: 1 });
    expect(trail[1]?.after).toMatchObject({ covered_from_year: 2018, version: 2 });
  });
});
