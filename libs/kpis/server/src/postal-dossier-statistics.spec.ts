import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsMigrations } from '@egov/districts-server';
import { describePeriod, type IndicatorInput } from '@egov/kpis-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpisRepository, type KpisRepository } from './kpis-repository';
import { kpisMigrations } from './migrations';
import { createPostalDossierStatistics, halfYearOf, POSTAL_DOSSIERS_RECEIVED, POSTAL_RESULTS_RETURNED } from './postal-dossier-statistics';

const who = { actor: 'tester' };

const countIndicator = (code: string): IndicatorInput => ({
  code,
  nameVi: code,
  nameEn: code,
  field: 'post',
  unitVi: 'hồ sơ',
  unitEn: 'dossiers',
  measure: 'count',
  direction: 'neutral',
  definitionVi: `Định nghĩa ${code}`,
  definitionEn: `Definition of ${code}`,
  legalBasis: null,
  baseIndicatorCode: null,
});

describe('halfYearOf', () => {
  it('puts January to June in H1 and July to December in H2', () => {
    expect(halfYearOf('2020-01-01')).toBe('2020-H1');
    expect(halfYearOf('2020-06-30')).toBe('2020-H1');
    expect(halfYearOf('2020-07-01')).toBe('2020-H2');
    expect(halfYearOf('2021-12-31')).toBe('2021-H2');
    expect(() => halfYearOf('30/06/2020')).toThrow(RangeError);
  });
});

describe.each(testBackends)('postal-service statistics fed by the dossier register, on %s', (backend) => {
  let db: TestDatabase;
  let kpis: KpisRepository;
  const statistics = createPostalDossierStatistics();
  const figure = (indicatorCode: string, period: string) => kpis.findObservation({ indicatorCode, period, areaCode: '20' });

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...kpisMigrations]);
    await createDistrictsRepository(db).create(
      { code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null, communesCount: null, validFrom: null, validTo: null },
      who,
    );
    await createUnitsRepository(db).create(
      { code: 'so-tttt', kind: 'department', nameVi: 'Sở Thông tin và Truyền thông', nameEn: 'Department', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
      who,
    );
    kpis = createKpisRepository(db);
    await kpis.createPeriod(describePeriod('2020-H1'), who);
    await kpis.createIndicator(countIndicator(POSTAL_DOSSIERS_RECEIVED), who);
    await kpis.createIndicator(countIndicator(POSTAL_RESULTS_RETURNED), who);
    // The report's figures (FACTS.md F16, F17).
    const reported = { period: '2020-H1', areaCode: '20', numerator: null, denominator: null, target: null, status: 'provisional' as const, ownerUnitCode: 'so-tttt', noteVi: null, noteEn: null };
    await kpis.upsertObservation({ ...reported, indicatorCode: POSTAL_DOSSIERS_RECEIVED, value: 987, factId: 'F16', sourceQuote: '987 hồ sơ nhận qua dịch vụ bưu chính công ích' }, {}, who);
    await kpis.upsertObservation({ ...reported, indicatorCode: POSTAL_RESULTS_RETURNED, value: 2700, factId: 'F17', sourceQuote: '2.700 hồ sơ trả qua Bưu chính công ích' }, {}, who);
  });
  afterAll(() => db.dispose());

  it('leaves the reported 987 and 2.700 of 2020-H1 as they are', async () => {
    await db.transaction(async (tx) => {
      expect(await statistics.dossierReceived(tx, '2020-06-29', who)).toEqual({ kind: 'kept', period: '2020-H1', value: 987 });
      expect(await statistics.resultReturned(tx, '2020-06-30', who)).toEqual({ kind: 'kept', period: '2020-H1', value: 2700 });
    });
    expect((await figure(POSTAL_DOSSIERS_RECEIVED, '2020-H1'))?.value).toBe(987);
    expect((await figure(POSTAL_RESULTS_RETURNED, '2020-H1'))?.value).toBe(2700);
  });

  it('counts new records in the later half year, opening it, one by one, audited', async () => {
    await db.transaction((tx) => statistics.dossierReceived(tx, '2020-07-01', who));
    await db.transaction((tx) => statistics.dossierReceived(tx, '2020-12-31', who));
    await db.transaction((tx) => statistics.resultReturned(tx, '2020-09-15', who));
    expect(await kpis.getPeriod('2020-H2')).toMatchObject({ startsOn: '2020-07-01', endsOn: '2020-12-31' });
    const received = await figure(POSTAL_DOSSIERS_RECEIVED, '2020-H2');
    expect(received).toMatchObject({ value: 2, factId: null, ownerUnitCode: 'so-tttt', status: 'provisional' });
    expect((await figure(POSTAL_RESULTS_RETURNED, '2020-H2'))?.value).toBe(1);
    expect((await readAudit(db, 'observation', String(received!.id))).map((entry) => entry.action)).toEqual(['observation.count', 'observation.count']);
    expect((await figure(POSTAL_DOSSIERS_RECEIVED, '2020-H1'))?.value).toBe(987);
  });

  it('counts nothing when the transaction it is part of is rolled back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await statistics.dossierReceived(tx, '2021-02-01', who);
        throw new Error('the dossier could not be written');
      }),
    ).rejects.toThrow('could not be written');
    expect(await figure(POSTAL_DOSSIERS_RECEIVED, '2021-H1')).toBeNull();
    expect(await kpis.getPeriod('2021-H1')).toBeNull();
  });

  it('never changes a figure a statistician entered by hand for a later period', async () => {
    const entered = { period: '2021-H2', areaCode: '20', numerator: null, denominator: null, target: null, status: 'final' as const, ownerUnitCode: 'so-tttt', noteVi: null, noteEn: null, factId: null, sourceQuote: 'Báo cáo 6 tháng cuối năm 2021' };
    await kpis.createPeriod(describePeriod('2021-H2'), who);
    await kpis.upsertObservation({ ...entered, indicatorCode: POSTAL_DOSSIERS_RECEIVED, value: 1200 }, {}, who);
    await db.transaction((tx) => statistics.dossierReceived(tx, '2021-08-02', who));
    expect((await figure(POSTAL_DOSSIERS_RECEIVED, '2021-H2'))?.value).toBe(1200);
  });

  it('feeds nothing in a database without the indicators', async () => {
    const other = createPostalDossierStatistics({ areaCode: '99' });
    expect(await db.transaction((tx) => other.dossierReceived(tx, '2022-01-03', who))).toEqual({ kind: 'not-tracked', period: '2022-H1' });
    expect(await kpis.getPeriod('2022-H1')).toBeNull();
  });
});
