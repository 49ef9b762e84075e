import { auditMigrations, migrate, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsMigrations } from '@egov/districts-server';
import { describePeriod, type IndicatorInput, type ObservationInput } from '@egov/kpis-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpisRepository, type KpisRepository } from './kpis-repository';
import { kpisMigrations } from './migrations';
import { createPostalDossierStatistics } from './postal-dossier-statistics';

const who = { actor: 'tester' };

const indicator = (code: string, field: IndicatorInput['field'], measure: IndicatorInput['measure'], extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  nameVi: code,
  nameEn: code,
  field,
  unitVi: 'đơn vị',
  unitEn: 'units',
  measure,
  direction: 'neutral',
  definitionVi: `Định nghĩa ${code}`,
  definitionEn: `Definition of ${code}`,
  legalBasis: null,
  baseIndicatorCode: null,
  ...extra,
});

const figure = (indicatorCode: string, value: number, extra: Partial<ObservationInput> = {}): ObservationInput => ({
  indicatorCode,
  period: '2020-H1',
  areaCode: '20',
  value,
  numerator: null,
  denominator: null,
  target: null,
  status: 'provisional',
  sourceQuote: 'trích dẫn',
  factId: null,
  ownerUnitCode: 'so-tttt',
  noteVi: null,
  noteEn: null,
  ...extra,
});

describe.each(testBackends)('kpis repository on %s', (backend) => {
  let db: TestDatabase;
  let kpis: KpisRepository;
  const counts = async () =>
    db.query('select (select count(*) from audit_log)::int as audits, (select count(*) from observations)::int as observations');

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...kpisMigrations]);
    await createDistrictsRepository(db).create(
      { code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null, communesCount: null, validFrom: null, validTo: null },
      who,
    );
    const units = createUnitsRepository(db);
    const unit = { areaCode: null, descriptionVi: null, website: null, sourceQuote: null };
    await units.create({ ...unit, code: 'so-tttt', kind: 'department', nameVi: 'Sở Thông tin và Truyền thông', nameEn: 'Department', parentCode: null }, who);
    await units.create({ ...unit, code: 'phong-ttbcxb', kind: 'division', nameVi: 'Phòng Thông tin - Báo chí - Xuất bản', nameEn: 'Press division', parentCode: 'so-tttt' }, who);

    kpis = createKpisRepository(db);
    await kpis.createPeriod(describePeriod('2020-H1'), who);
    await kpis.publishPeriod('2020-H1', who);
    await kpis.createIndicator(indicator('POST_SERVICE_POINTS', 'post', 'count'), who);
    await kpis.createIndicator(indicator('POST_INHABITANTS_PER_POINT', 'post', 'inhabitants_per_point', { baseIndicatorCode: 'POST_SERVICE_POINTS' }), who);
    await kpis.createIndicator(
      indicator('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 'post', 'percent', {
        nameVi: 'Tỷ lệ xã có báo đến trong ngày phát hành',
        nameEn: 'Communes receiving newspapers on the day of issue',
        direction: 'higher_is_better',
      }),
      who,
    );
    await kpis.createIndicator(indicator('TELECOM_PHONE_SUBSCRIBERS', 'telecom', 'count'), who);
    await kpis.createIndicator(indicator('TELECOM_PHONE_DENSITY', 'telecom', 'per_100_inhabitants', { baseIndicatorCode: 'TELECOM_PHONE_SUBSCRIBERS' }), who);
    await kpis.createIndicator(indicator('PRESS_BULLETIN_LICENCES_ISSUED', 'publishing', 'count'), who);
  });
  afterAll(() => db.dispose());

  describe('periods', () => {
    it('opens a period with its days and names, and lists periods in time order', async () => {
      await kpis.createPeriod(describePeriod('2020'), who);
      await kpis.createPeriod(describePeriod('2019-12'), who);
      expect((await kpis.listPeriods()).map((p) => p.code)).toEqual(['2019-12', '2020', '2020-H1']);
      expect(await kpis.getPeriod('2020-H1')).toEqual({
        code: '2020-H1',
        startsOn: '2020-01-01',
        endsOn: '2020-06-30',
        labelVi: '6 tháng đầu năm 2020',
        labelEn: 'First half of 2020',
        publishedAt: expect.any(Date),
        publishedBy: 'tester',
      });
      expect(await kpis.getPeriod('2020')).toMatchObject({ publishedAt: null, publishedBy: null });
      expect((await kpis.getPeriods(['2020', '2031', '2019-12'])).map((p) => p?.code ?? null)).toEqual(['2020', null, '2019-12']);
    });

    it('refuses days that disagree with the code, and a period opened twice', async () => {
      const before = await db.query('select count(*)::int as n from audit_log');
      await expect(kpis.createPeriod({ ...describePeriod('2020-H2'), endsOn: '2020-12-30' }, who)).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ field: ['endsOn'] }],
      });
      await expect(kpis.createPeriod(describePeriod('2020-H1'), who)).rejects.toMatchObject({ code: 'DUPLICATE' });
      expect(await db.query('select count(*)::int as n from audit_log')).toEqual(before);
    });

    it('opens a period from its code alone, unpublished, and refuses a malformed code or one already open', async () => {
      const opened = await kpis.openPeriod('2019-Q3', { actor: 'statistician' });
      expect(opened).toEqual({ ...describePeriod('2019-Q3'), publishedAt: null, publishedBy: null });
      const [audit] = await readAudit(db, 'period', '2019-Q3');
      expect(audit).toMatchObject({ actor: 'statistician', action: 'period.create' });

      const before = await db.query('select count(*)::int as n from audit_log');
      await expect(kpis.openPeriod('2019-Q3', who)).rejects.toMatchObject({ code: 'DUPLICATE', issues: [expect.objectContaining({ field: ['code'] })] });
      await expect(kpis.openPeriod('2020-H3', who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ field: ['code'] })] });
      await expect(kpis.openPeriod('1850', who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [expect.objectContaining({ field: ['code'] })] });
      expect(await db.query('select count(*)::int as n from audit_log')).toEqual(before);
    });

    it('publishes a period, audited with who did it, lists published periods apart, and takes one back', async () => {
      expect((await kpis.listPeriods({ published: true })).map((p) => p.code)).toEqual(['2020-H1']);
      expect((await kpis.listPeriods({ published: false })).map((p) => p.code)).toEqual(['2019-Q3', '2019-12', '2020']);

      const published = await kpis.publishPeriod('2019-Q3', { actor: 'statistician' });
      expect(published).toMatchObject({ code: '2019-Q3', publishedBy: 'statistician' });
      expect(published.publishedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect((await kpis.listPeriods({ published: true })).map((p) => p.code)).toEqual(['2019-Q3', '2020-H1']);
      const audits = await readAudit(db, 'period', '2019-Q3');
      expect(audits.map((entry) => [entry.action, entry.actor])).toEqual([
        ['period.create', 'statistician'],
        ['period.publish', 'statistician'],
      ]);
      expect(audits[1]?.before).toMatchObject({ published_at: null });
      expect(audits[1]?.after).toMatchObject({ published_by: 'statistician' });

      const before = await db.query('select count(*)::int as n from audit_log');
      await expect(kpis.publishPeriod('2019-Q3', who)).rejects.toMatchObject({ code: 'INVALID_TRANSITION', issues: [expect.objectContaining({ field: ['code'] })] });
      await expect(kpis.publishPeriod('2031-H1', who)).rejects.toMatchObject({ code: 'NOT_FOUND', issues: [expect.objectContaining({ field: ['code'] })] });
      await expect(kpis.unpublishPeriod('2020', who)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(await db.query('select count(*)::int as n from audit_log')).toEqual(before);

      expect(await kpis.unpublishPeriod('2019-Q3', { actor: 'statistician' })).toMatchObject({ publishedAt: null, publishedBy: null });
      expect((await kpis.listPeriods({ published: true })).map((p) => p.code)).toEqual(['2020-H1']);
      expect((await readAudit(db, 'period', '2019-Q3')).map((entry) => entry.action)).toEqual(['period.create', 'period.publish', 'period.unpublish']);
    });
  });

  describe('indicators', () => {
    it('lists indicators by field in report order, and finds them by name without diacritics', async () => {
      expect((await kpis.listIndicators()).map((i) => i.field)).toEqual(['publishing', 'post', 'post', 'post', 'telecom', 'telecom']);
      expect((await kpis.listIndicators({ field: 'telecom' })).map((i) => i.code)).toEqual(['TELECOM_PHONE_DENSITY', 'TELECOM_PHONE_SUBSCRIBERS']);
      expect((await kpis.searchIndicators('bao den trong ngay')).map((i) => i.code)).toEqual(['POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE']);
    });

    it('reads several at once in the order asked, null for unknown codes', async () => {
      const found = await kpis.getIndicators(['TELECOM_PHONE_DENSITY', 'NOPE', 'POST_SERVICE_POINTS']);
      expect(found.map((i) => i?.measure ?? null)).toEqual(['per_100_inhabitants', null, 'count']);
      expect((await kpis.getIndicator('TELECOM_PHONE_DENSITY'))?.baseIndicatorCode).toBe('TELECOM_PHONE_SUBSCRIBERS');
    });

    it('refuses a rate computed on an unknown or non-count base, writing nothing', async () => {
      const before = await db.query('select count(*)::int as n from audit_log');
      await expect(
        kpis.createIndicator(indicator('TELECOM_INTERNET_DENSITY', 'telecom', 'per_100_inhabitants', { baseIndicatorCode: 'TELECOM_INTERNET_SUBSCRIBERS' }), who),
      ).rejects.toMatchObject({ code: 'UNKNOWN_REFERENCE', issues: [{ field: ['baseIndicatorCode'] }] });
      await expect(
        kpis.createIndicator(indicator('TELECOM_X_DENSITY', 'telecom', 'per_100_inhabitants', { baseIndicatorCode: 'TELECOM_PHONE_DENSITY' }), who),
      ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['baseIndicatorCode'] }] });
      await expect(kpis.createIndicator(indicator('bad code', 'it', 'count'), who)).rejects.toMatchObject({ code: 'VALIDATION' });
      expect(await db.query('select count(*)::int as n from audit_log')).toEqual(before);
      expect(await kpis.getIndicator('TELECOM_INTERNET_DENSITY')).toBeNull();
    });
  });

  describe('observations', () => {
    it('records figures and lists them by period, area, field, indicator and owner', async () => {
      const rate = await kpis.upsertObservation(
        figure('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 94, { numerator: 187, denominator: 200, factId: 'F15', sourceQuote: '187/200 xã, đạt tỷ lệ 94%' }),
        {},
        who,
      );
      expect(rate).toMatchObject({ value: 94, numerator: 187, denominator: 200, version: 1, status: 'provisional' });
      await kpis.upsertObservation(figure('POST_SERVICE_POINTS', 238, { factId: 'F13' }), {}, who);
      await kpis.upsertObservation(figure('POST_INHABITANTS_PER_POINT', 3555, { factId: 'F14' }), {}, who);
      await kpis.upsertObservation(figure('TELECOM_PHONE_SUBSCRIBERS', 819_000, { factId: 'F18' }), {}, who);
      await kpis.upsertObservation(figure('TELECOM_PHONE_DENSITY', 105, { factId: 'F19' }), {}, who);
      await kpis.upsertObservation(figure('PRESS_BULLETIN_LICENCES_ISSUED', 3, { factId: 'F01', ownerUnitCode: 'phong-ttbcxb' }), {}, who);

      expect((await kpis.listObservations({ period: '2020-H1', areaCode: '20' })).map((o) => o.factId)).toEqual(['F01', 'F13', 'F14', 'F15', 'F18', 'F19']);
      expect((await kpis.listObservations({ field: 'telecom' })).map((o) => o.value)).toEqual([819_000, 105]);
      expect((await kpis.listObservations({ indicatorCode: 'POST_SERVICE_POINTS' })).map((o) => o.value)).toEqual([238]);
      expect((await kpis.listObservations({ ownerUnitCode: 'phong-ttbcxb' })).map((o) => o.factId)).toEqual(['F01']);
      expect(await kpis.listObservations({ period: '2020-H2' })).toEqual([]);

      const found = await kpis.getObservations([rate.id, 99_999]);
      expect(found.map((o) => o?.factId ?? null)).toEqual(['F15', null]);
      expect(await kpis.getObservation(rate.id)).toEqual(rate);
      expect(await kpis.findObservation({ indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', period: '2020-H1', areaCode: '20' })).toEqual(rate);
    });

    it.each([
      ['an unknown period', figure('POST_SERVICE_POINTS', 1, { period: '2020-H2' }), 'UNKNOWN_REFERENCE', 'period'],
      ['an unknown area', figure('POST_SERVICE_POINTS', 1, { areaCode: '999' }), 'UNKNOWN_REFERENCE', 'areaCode'],
      ['an unknown indicator', figure('POST_MISSING', 1), 'UNKNOWN_REFERENCE', 'indicatorCode'],
      ['an unknown owner unit', figure('POST_SERVICE_POINTS', 1, { areaCode: '20', period: '2020', ownerUnitCode: 'nobody' }), 'UNKNOWN_REFERENCE', 'ownerUnitCode'],
      ['a percentage over 100', figure('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 100.5, { period: '2020' }), 'VALIDATION', 'value'],
      ['a negative count', figure('POST_SERVICE_POINTS', -1, { period: '2020' }), 'VALIDATION', 'value'],
      ['a fractional count', figure('POST_SERVICE_POINTS', 238.5, { period: '2020' }), 'VALIDATION', 'value'],
      ['a numerator above its denominator', figure('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 90, { period: '2020', numerator: 201, denominator: 200 }), 'VALIDATION', 'numerator'],
      ['a figure without its source', figure('POST_SERVICE_POINTS', 1, { period: '2020', sourceQuote: '' }), 'VALIDATION', 'sourceQuote'],
    ])('refuses %s with a typed error and writes nothing', async (_, input, code, field) => {
      const before = await counts();
      const refusal = kpis.upsertObservation(input, {}, who);
      await expect(refusal).rejects.toMatchObject({ code, issues: [expect.objectContaining({ field: [field] })] });
      expect(await counts()).toEqual(before);
    });

    it('refuses a figure for a district in a period it did not span, and accepts one in a period it did', async () => {
      await createDistrictsRepository(db).create(
        { code: '178', level: 'district', kind: 'city', nameVi: 'Thành phố Lạng Sơn', nameEn: 'Lang Son City', parentCode: '20', communesCount: 8, validFrom: null, validTo: '2025-06-30' },
        who,
      );
      await kpis.createPeriod(describePeriod('2025'), who);
      const before = await counts();
      await expect(kpis.upsertObservation(figure('POST_SERVICE_POINTS', 4, { period: '2025', areaCode: '178' }), {}, who)).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [expect.objectContaining({ field: ['areaCode'], message: expect.stringContaining('did not exist for the whole period 2025') })],
      });
      expect(await counts()).toEqual(before);
      expect((await kpis.upsertObservation(figure('POST_SERVICE_POINTS', 4, { areaCode: '178' }), {}, who)).value).toBe(4);
    });

    it('says why an unknown period is refused', async () => {
      await expect(kpis.upsertObservation(figure('POST_SERVICE_POINTS', 1, { period: '2021-H1' }), {}, who)).rejects.toThrow(
        /period "2021-H1" has not been opened/,
      );
    });

    it('corrects a figure with the version read, keeps the previous value in the history, refuses a stale version', async () => {
      const original = (await kpis.findObservation({ indicatorCode: 'TELECOM_PHONE_DENSITY', period: '2020-H1', areaCode: '20' }))!;
      const before = await counts();
      await expect(kpis.upsertObservation(figure('TELECOM_PHONE_DENSITY', 106), {}, who)).rejects.toMatchObject({ code: 'DUPLICATE' });
      expect(await counts()).toEqual(before);

      const corrected = await kpis.upsertObservation(
        figure('TELECOM_PHONE_DENSITY', 104.9, { factId: 'F19', status: 'final' }),
        { expectedVersion: original.version },
        { actor: 'statistician' },
      );
      expect(corrected).toMatchObject({ id: original.id, value: 104.9, status: 'final', version: original.version + 1 });

      await expect(
        kpis.upsertObservation(figure('TELECOM_PHONE_DENSITY', 110), { expectedVersion: original.version }, who),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      expect((await kpis.getObservation(original.id))?.value).toBe(104.9);

      const history = await kpis.observationHistory(original.id);
      expect(history.map((h) => [h.action, h.actor, h.previous?.value ?? null, h.current?.value])).toEqual([
        ['observation.create', 'tester', null, 105],
        ['observation.correct', 'statistician', 105, 104.9],
      ]);
      expect((await readAudit(db, 'observation', String(original.id))).length).toBe(2);
    });

    it('shows where the figures of a period disagree: 94 % for 187/200, and the populations they imply', async () => {
      const report = await kpis.consistencyChecks('2020-H1', '20');
      expect(report.ratios).toEqual([
        expect.objectContaining({ factId: 'F15', reported: 94, derived: 93.5, difference: 0.5, roundsToReported: true }),
      ]);
      expect(report.population.estimates.map((e) => [e.indicatorCode, Math.round(e.population)])).toEqual([
        ['POST_INHABITANTS_PER_POINT', 846_090],
        ['TELECOM_PHONE_DENSITY', Math.round((819_000 * 100) / 104.9)],
      ]);
      expect(report.population.spread).toBeGreaterThan(0);
      expect(await kpis.consistencyChecks('2019-12', '20')).toEqual({
        ratios: [],
        population: { estimates: [], min: null, max: null, spread: null, relativeSpread: null },
      });
    });

    it('reads the figures of published periods only when asked to, as the public sees them', async () => {
      await kpis.upsertObservation(figure('POST_SERVICE_POINTS', 240, { period: '2020' }), {}, who);
      expect((await kpis.listObservations({ indicatorCode: 'POST_SERVICE_POINTS', areaCode: '20' })).map((o) => o.period)).toEqual(['2020', '2020-H1']);
      expect((await kpis.listObservations({ indicatorCode: 'POST_SERVICE_POINTS', areaCode: '20', publishedPeriodsOnly: true })).map((o) => o.period)).toEqual(['2020-H1']);
      const firstTen = { size: 10, backward: false, after: null, before: null };
      const everyPage = await kpis.pageObservations({ indicatorCode: 'POST_SERVICE_POINTS' }, firstTen);
      const publicPage = await kpis.pageObservations({ indicatorCode: 'POST_SERVICE_POINTS', publishedPeriodsOnly: true }, firstTen);
      expect(everyPage.rows.map((o) => o.period)).toContain('2020');
      expect(publicPage.rows.map((o) => o.period)).not.toContain('2020');
      expect(await kpis.countObservations({ indicatorCode: 'POST_SERVICE_POINTS', publishedPeriodsOnly: true })).toBe(publicPage.rows.length);
      expect(await kpis.countObservations({ indicatorCode: 'POST_SERVICE_POINTS' })).toBe(publicPage.rows.length + 1);
    });

    it('reads every figure of the published periods in batches, in the order of the list, figures without a fact last', async () => {
      expect((await kpis.listObservations({ publishedPeriodsOnly: true })).some((o) => o.factId === null)).toBe(true);
      const batches: number[][] = [];
      for await (const batch of kpis.observationBatches(2)) batches.push(batch.map((o) => o.id));
      expect(batches.slice(0, -1).every((batch) => batch.length === 2)).toBe(true);
      expect(batches.flat()).toEqual((await kpis.listObservations({ publishedPeriodsOnly: true })).map((o) => o.id));
      expect(batches.flat()).not.toContain((await kpis.findObservation({ indicatorCode: 'POST_SERVICE_POINTS', period: '2020', areaCode: '20' }))!.id);
    });
  });
});

describe.each(testBackends)('the publication of periods opened before it existed, on %s', (backend) => {
  let db: TestDatabase;
  afterAll(() => db?.dispose());

  it('publishes the periods that hold reported or entered figures, not those the dossier register alone opened, nor empty ones', async () => {
    const before = kpisMigrations.filter((migration) => migration.id !== 'kpis/003-period-publication');
    expect(before).toHaveLength(kpisMigrations.length - 1);
    db = await createTestDatabase(backend, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...before]);
    await createDistrictsRepository(db).create(
      { code: '20', level: 'province', kind: 'province', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province', parentCode: null, communesCount: null, validFrom: null, validTo: null },
      who,
    );
    const period = (code: string) => describePeriod(code);
    const insertPeriod = (code: string) =>
      db.query('insert into periods (code, starts_on, ends_on, label_vi, label_en) values ($1, $2, $3, $4, $5)', [
        code,
        period(code).startsOn,
        period(code).endsOn,
        period(code).labelVi,
        period(code).labelEn,
      ]);
    for (const code of ['2020-H1', '2020-H2', '2026-H2']) await insertPeriod(code);
    await db.query(
      `insert into indicators (code, name_vi, name_en, field, unit_vi, unit_en, measure, direction, definition_vi, definition_en)
       values ('POST_PUBLIC_RESULTS_RETURNED', 'x', 'x', 'post', 'hồ sơ', 'dossiers', 'count', 'neutral', 'x', 'x')`,
    );
    await db.query(
      `insert into observations (indicator_code, period, area_code, value, status, source_quote, fact_id) values ('POST_PUBLIC_RESULTS_RETURNED', '2020-H1', '20', 2700, 'provisional', '2.700 hồ sơ', 'F17')`,
    );
    // What a dossier returned by post in the second half of 2026 left behind before periods were published.
    await db.transaction((tx) => createPostalDossierStatistics({ ownerUnitCode: null }).resultReturned(tx, '2026-08-03', who));

    await migrate(db, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...kpisMigrations]);
    const periods = await createKpisRepository(db).listPeriods();
    expect(periods.map((p) => [p.code, p.publishedBy])).toEqual([
      ['2020-H1', 'migration'],
      ['2020-H2', null],
      ['2026-H2', null],
    ]);
    expect(periods[0]?.publishedAt).toBeInstanceOf(Date);
  });
});
