import { insertAudited, updateVersioned, type AuditContext, type Executor, type WriteTarget } from '@egov/db';
import { describePeriod } from '@egov/kpis-model';

/**
 * The two figures of the public postal service the department reports each half year (FACTS.md
 * F16, F17): dossiers received through it, and results returned through it.
 */
export const POSTAL_DOSSIERS_RECEIVED = 'POST_PUBLIC_DOSSIERS_RECEIVED';
export const POSTAL_RESULTS_RETURNED = 'POST_PUBLIC_RESULTS_RETURNED';

/**
 * The source words of a figure the register counts, so it can be told from a reported figure
 * (which quotes its report and names its fact) and from one a statistician entered.
 */
export const REGISTER_COUNT_QUOTE =
  'Đếm từ sổ hồ sơ thủ tục hành chính của Cổng: mỗi hồ sơ được ghi nhận qua dịch vụ bưu chính công ích cộng vào kỳ báo cáo của ngày ghi nhận.';

/** What happened to a figure when the register counted one more record. */
export type RegisterCountOutcome =
  /** The register's own figure for the period went up by one (or was started at 1). */
  | { kind: 'counted'; period: string; value: number }
  /** The period's figure was reported (or entered by hand) and stays as it is. */
  | { kind: 'kept'; period: string; value: number }
  /** The indicator or area is not defined in this database: there are no statistics to feed. */
  | { kind: 'not-tracked'; period: string };

const periodTarget: WriteTarget = { table: 'periods', keyColumn: 'code', entityType: 'period' };
const observationTarget: WriteTarget = { table: 'observations', keyColumn: 'id', entityType: 'observation' };

interface CountedRow extends Record<string, unknown> {
  id: number;
  value: number | string;
  fact_id: string | null;
  source_quote: string;
  version: number;
}

/** The half year (the department's reporting period) a Vietnamese calendar day falls in: 2020-07-01 → 2020-H2. */
export function halfYearOf(day: string): string {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(day);
  if (!match) throw new RangeError(`Not a date: ${day}`);
  return `${match[1]}-H${Number(match[2]) <= 6 ? 1 : 2}`;
}

/**
 * Adds one record to an indicator's figure for the half year of `day`, inside the caller's
 * transaction (`tx`), so the record and its count are written together or not at all.
 *
 * A figure that stands on a report (it names a fact, as 987 and 2.700 for 2020-H1 do) or that a
 * statistician entered is never changed: the register only counts the figures it keeps itself,
 * which it starts at 1 in a period that has none (opening the period when needed). A period it
 * opens is not published: the public pages stay on the latest published period until a
 * statistician publishes the new one.
 */
export async function addToRegisterCount(
  tx: Executor,
  count: { indicatorCode: string; day: string; areaCode: string; ownerUnitCode: string | null },
  context: AuditContext,
): Promise<RegisterCountOutcome> {
  const period = halfYearOf(count.day);
  const [known] = await tx.query<{ indicator: boolean; area: boolean; unit: boolean }>(
    `select exists (select 1 from indicators where code = $1) as indicator,
            exists (select 1 from administrative_areas where code = $2) as area,
            ($3::text is null or exists (select 1 from units where code = $3)) as unit`,
    [count.indicatorCode, count.areaCode, count.ownerUnitCode],
  );
  if (!known?.indicator || !known.area) return { kind: 'not-tracked', period };

  // One counter at a time per figure: two receipts in the same new period cannot both insert it.
  await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`egov.register-count:${count.indicatorCode}:${period}:${count.areaCode}`]);

  const [periodRow] = await tx.query('select 1 from periods where code = $1', [period]);
  if (!periodRow) {
    const described = describePeriod(period);
    await insertAudited(
      tx,
      periodTarget,
      { code: described.code, starts_on: described.startsOn, ends_on: described.endsOn, label_vi: described.labelVi, label_en: described.labelEn },
      { ...context, action: 'period.create' },
    );
  }

  const [existing] = await tx.query<CountedRow>(
    'select * from observations where indicator_code = $1 and period = $2 and area_code = $3 for update',
    [count.indicatorCode, period, count.areaCode],
  );
  if (!existing) {
    await insertAudited(
      tx,
      observationTarget,
      {
        indicator_code: count.indicatorCode,
        period,
        area_code: count.areaCode,
        value: 1,
        numerator: null,
        denominator: null,
        target: null,
        status: 'provisional',
        source_quote: REGISTER_COUNT_QUOTE,
        fact_id: null,
        owner_unit_code: known.unit ? count.ownerUnitCode : null,
        note_vi: null,
        note_en: null,
      },
      { ...context, action: 'observation.count' },
    );
    return { kind: 'counted', period, value: 1 };
  }
  const value = Number(existing.value);
  if (existing.fact_id !== null || existing.source_quote !== REGISTER_COUNT_QUOTE) return { kind: 'kept', period, value };
  await updateVersioned(tx, observationTarget, existing.id, existing.version, { value: value + 1 }, { ...context, action: 'observation.count' });
  return { kind: 'counted', period, value: value + 1 };
}

/**
 * The statistics of the public postal service, fed by the dossier register: a dossier received
 * by post, or a result returned by post, adds one to its half year's figure (see
 * {@link addToRegisterCount}). Handed to the procedures repository by the portal's composition.
 */
export function createPostalDossierStatistics(options: { areaCode?: string; ownerUnitCode?: string | null } = {}) {
  const areaCode = options.areaCode ?? '20';
  const ownerUnitCode = options.ownerUnitCode === undefined ? 'so-tttt' : options.ownerUnitCode;
  return {
    /** One more dossier received through the public postal service on `day` (Vietnamese calendar day). */
    dossierReceived: (tx: Executor, day: string, context: AuditContext) =>
      addToRegisterCount(tx, { indicatorCode: POSTAL_DOSSIERS_RECEIVED, day, areaCode, ownerUnitCode }, context),
    /** One more result returned through the public postal service on `day`. */
    resultReturned: (tx: Executor, day: string, context: AuditContext) =>
      addToRegisterCount(tx, { indicatorCode: POSTAL_RESULTS_RETURNED, day, areaCode, ownerUnitCode }, context),
  };
}

export type PostalDossierStatistics = ReturnType<typeof createPostalDossierStatistics>;
