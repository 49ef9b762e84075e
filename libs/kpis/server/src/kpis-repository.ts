import {
  changeStamp,
  insertAudited,
  keysetBatches,
  keysetRows,
  keysetSql,
  sqlConditions,
  readAudit,
  updateVersioned,
  type AuditContext,
  type ChangeStamp,
  type Executor,
  type SqlConditions,
  type KeysetColumn,
  type KeysetRange,
  type WriteTarget,
} from '@egov/db';
import { DomainError, isDomainError, validate, type FieldIssue } from '@egov/errors';
import {
  checkConsistency,
  compareFields,
  indicatorSchema,
  describePeriod,
  observationSchema,
  periodOpenSchema,
  periodSchema,
  validateObservation,
  type ConsistencyReport,
  type Direction,
  type Indicator,
  type IndicatorFields,
  type IndicatorInput,
  type KpiField,
  type Measure,
  type Observation,
  type ObservationFields,
  type ObservationInput,
  type ObservationStatus,
  type PeriodInput,
  type StoredPeriod,
} from '@egov/kpis-model';
import { rankBySearch } from '@egov/text';

interface PeriodRow extends Record<string, unknown> {
  code: string;
  starts_on: string;
  ends_on: string;
  label_vi: string;
  label_en: string;
  published_at: Date | string | null;
  published_by: string | null;
  version: number;
}

interface IndicatorRow extends Record<string, unknown> {
  code: string;
  name_vi: string;
  name_en: string;
  field: KpiField;
  unit_vi: string;
  unit_en: string;
  measure: Measure;
  direction: Direction;
  definition_vi: string;
  definition_en: string;
  legal_basis: string | null;
  base_indicator_code: string | null;
  version: number;
}

interface ObservationRow extends Record<string, unknown> {
  id: number;
  indicator_code: string;
  period: string;
  area_code: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  status: ObservationStatus;
  source_quote: string;
  fact_id: string | null;
  owner_unit_code: string | null;
  note_vi: string | null;
  note_en: string | null;
  version: number;
}

const periodTarget: WriteTarget = { table: 'periods', keyColumn: 'code', entityType: 'period' };
const indicatorTarget: WriteTarget = { table: 'indicators', keyColumn: 'code', entityType: 'indicator' };
const observationTarget: WriteTarget = { table: 'observations', keyColumn: 'id', entityType: 'observation' };

// Audit rows hold the instant as JSON text; both adapters give a Date.
const toPeriod = (row: PeriodRow): StoredPeriod => ({
  code: row.code,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  labelVi: row.label_vi,
  labelEn: row.label_en,
  publishedAt: row.published_at === null ? null : new Date(row.published_at),
  publishedBy: row.published_by,
});

const toIndicator = (row: IndicatorRow): Indicator => ({
  code: row.code,
  nameVi: row.name_vi,
  nameEn: row.name_en,
  field: row.field,
  unitVi: row.unit_vi,
  unitEn: row.unit_en,
  measure: row.measure,
  direction: row.direction,
  definitionVi: row.definition_vi,
  definitionEn: row.definition_en,
  legalBasis: row.legal_basis,
  baseIndicatorCode: row.base_indicator_code,
  version: row.version,
});

const indicatorColumns = (indicator: IndicatorFields) => ({
  code: indicator.code,
  name_vi: indicator.nameVi,
  name_en: indicator.nameEn,
  field: indicator.field,
  unit_vi: indicator.unitVi,
  unit_en: indicator.unitEn,
  measure: indicator.measure,
  direction: indicator.direction,
  definition_vi: indicator.definitionVi,
  definition_en: indicator.definitionEn,
  legal_basis: indicator.legalBasis,
  base_indicator_code: indicator.baseIndicatorCode,
});

// numeric columns come back as numbers from both adapters, and as JSON numbers from audit rows.
const toObservation = (row: ObservationRow): Observation => ({
  id: Number(row.id),
  indicatorCode: row.indicator_code,
  period: row.period,
  areaCode: row.area_code,
  value: Number(row.value),
  numerator: row.numerator === null ? null : Number(row.numerator),
  denominator: row.denominator === null ? null : Number(row.denominator),
  target: row.target === null ? null : Number(row.target),
  status: row.status,
  sourceQuote: row.source_quote,
  factId: row.fact_id,
  ownerUnitCode: row.owner_unit_code,
  noteVi: row.note_vi,
  noteEn: row.note_en,
  version: row.version,
});

const observationColumns = (observation: ObservationFields) => ({
  indicator_code: observation.indicatorCode,
  period: observation.period,
  area_code: observation.areaCode,
  value: observation.value,
  numerator: observation.numerator,
  denominator: observation.denominator,
  target: observation.target,
  status: observation.status,
  source_quote: observation.sourceQuote,
  fact_id: observation.factId,
  owner_unit_code: observation.ownerUnitCode,
  note_vi: observation.noteVi,
  note_en: observation.noteEn,
});

export interface IndicatorFilter {
  field?: KpiField;
}

export interface ObservationFilter {
  period?: string;
  areaCode?: string;
  field?: KpiField;
  indicatorCode?: string;
  /** Only figures of these indicators. */
  indicatorCodes?: readonly string[];
  ownerUnitCode?: string;
  /** Only figures of published periods: what the public may see. */
  publishedPeriodsOnly?: boolean;
}

export interface PeriodFilter {
  /** Only published periods (true), or only those not yet published (false). */
  published?: boolean;
}

/**
 * The figures' order, page by page: by period, area, source fact (those without one last) and id.
 * Migration 002 indexes it.
 */
export const observationOrder: KeysetColumn[] = [
  { sql: 'o.period', type: 'text' },
  { sql: 'o.area_code', type: 'text' },
  { sql: '(o.fact_id is null)', type: 'boolean' },
  { sql: "coalesce(o.fact_id, '')", type: 'text' },
  { sql: 'o.id', type: 'integer' },
];

/** The filter's criteria as SQL conditions on `o` (observations) and `i` (their indicators), only those given. */
function observationConditions(filter: ObservationFilter): SqlConditions {
  return sqlConditions([
    ['o.period = ?::text', filter.period],
    ['o.area_code = ?::text', filter.areaCode],
    ['i.field = ?::text', filter.field],
    ['o.indicator_code = ?::text', filter.indicatorCode],
    ['o.owner_unit_code = ?::text', filter.ownerUnitCode],
    ['?::boolean and o.period in (select code from periods where published_at is not null)', filter.publishedPeriodsOnly || undefined],
  ]);
}

/** What identifies a figure: one value per indicator, period and area. */
export interface ObservationKey {
  indicatorCode: string;
  period: string;
  areaCode: string;
}

/** One change of a figure as the audit log keeps it: who, when, and the figure before and after. */
export interface ObservationChange {
  occurredAt: Date;
  actor: string;
  /** `observation.create` or `observation.correct`. */
  action: string;
  previous: Observation | null;
  current: Observation | null;
}

/** Statistics (số liệu thống kê): reporting periods, indicators and their observed figures. */
/** A first figure where one is recorded: the writer must correct it, naming the version read. */
const alreadyRecorded = (key: ObservationKey) =>
  new DomainError(
    'DUPLICATE',
    `${key.indicatorCode} already has a figure for ${key.period} in area ${key.areaCode}; a correction names the version it read.`,
    [{ field: ['version'], message: 'A figure is already recorded here; correct it instead.', code: 'DUPLICATE' }],
  );

export function createKpisRepository(db: Executor) {
  const listIndicators = async (filter: IndicatorFilter = {}): Promise<Indicator[]> => {
    const rows = await db.query<IndicatorRow>('select * from indicators where ($1::text is null or field = $1) order by code', [
      filter.field ?? null,
    ]);
    return rows.map(toIndicator).sort((a, b) => compareFields(a.field, b.field) || a.code.localeCompare(b.code));
  };

  const getIndicators = async (codes: readonly string[]): Promise<(Indicator | null)[]> => {
    const rows = await db.query<IndicatorRow>('select * from indicators where code = any($1::text[])', [codes]);
    const byCode = new Map(rows.map((row) => [row.code, toIndicator(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  };

  const listObservations = async (filter: ObservationFilter = {}): Promise<Observation[]> => {
    const rows = await db.query<ObservationRow>(
      `select o.* from observations o join indicators i on i.code = o.indicator_code
       where ($1::text is null or o.period = $1)
         and ($2::text is null or o.area_code = $2)
         and ($3::text is null or i.field = $3)
         and ($4::text is null or o.indicator_code = $4)
         and ($5::text is null or o.owner_unit_code = $5)
         and ($6::text[] is null or o.indicator_code = any($6::text[]))
         and (not $7::boolean or o.period in (select code from periods where published_at is not null))
       order by o.period, o.area_code, o.fact_id nulls last, o.id`,
      [
        filter.period ?? null,
        filter.areaCode ?? null,
        filter.field ?? null,
        filter.indicatorCode ?? null,
        filter.ownerUnitCode ?? null,
        filter.indicatorCodes ?? null,
        filter.publishedPeriodsOnly ?? false,
      ],
    );
    return rows.map(toObservation);
  };

  const observationsPage = async (range: KeysetRange): Promise<{ rows: Observation[]; more: boolean }> => {
    const page = keysetSql(range, observationOrder, 1);
    const rows = await db.query<ObservationRow>(
      `select o.* from observations o
       where o.period in (select code from periods where published_at is not null) and ${page.where}
       order by ${page.orderBy} ${page.limit}`,
      page.params,
    );
    return keysetRows(rows.map(toObservation), range);
  };

  /**
   * The indicator a figure belongs to; refuses, with one message per field, every reference of
   * the figure that points nowhere.
   */
  const resolveReferences = async (tx: Executor, observation: ObservationFields): Promise<Indicator> => {
    const [indicatorRow] = await tx.query<IndicatorRow>('select * from indicators where code = $1', [observation.indicatorCode]);
    const [found] = await tx.query<{ period: boolean; area: boolean; unit: boolean; area_outside_period: boolean }>(
      `select exists (select 1 from periods where code = $1) as period,
              exists (select 1 from administrative_areas where code = $2) as area,
              ($3::text is null or exists (select 1 from units where code = $3)) as unit,
              exists (
                select 1 from periods p, administrative_areas a
                where p.code = $1 and a.code = $2
                  and ((a.valid_to is not null and a.valid_to < p.ends_on) or (a.valid_from is not null and a.valid_from > p.starts_on))
              ) as area_outside_period`,
      [observation.period, observation.areaCode, observation.ownerUnitCode],
    );
    const issues: FieldIssue[] = [];
    const add = (field: string, message: string) => issues.push({ field: [field], message, code: 'UNKNOWN_REFERENCE' });
    if (!indicatorRow) add('indicatorCode', `There is no indicator "${observation.indicatorCode}".`);
    if (!found?.period) add('period', `The period "${observation.period}" has not been opened; create it first.`);
    if (!found?.area) add('areaCode', `There is no administrative area with GSO code "${observation.areaCode}".`);
    if (!found?.unit) add('ownerUnitCode', `There is no unit "${observation.ownerUnitCode}".`);
    if (!indicatorRow || issues.length > 0) {
      throw new DomainError('UNKNOWN_REFERENCE', issues.map((issue) => issue.message).join(' '), issues);
    }
    // A district-level unit ended (or began) by law has no figure for a period it did not span whole.
    if (found?.area_outside_period) {
      throw DomainError.invalid('areaCode', `The area "${observation.areaCode}" did not exist for the whole period ${observation.period}.`);
    }
    return toIndicator(indicatorRow);
  };

  const createPeriod = async (input: PeriodInput, context: AuditContext): Promise<StoredPeriod> => {
    const period = validate(periodSchema, input);
    return db.transaction(async (tx) =>
      toPeriod(
        await insertAudited<PeriodRow>(
          tx,
          periodTarget,
          { code: period.code, starts_on: period.startsOn, ends_on: period.endsOn, label_vi: period.labelVi, label_en: period.labelEn },
          context,
        ),
      ),
    );
  };

  const setPublication = (code: string, publish: boolean, context: AuditContext): Promise<StoredPeriod> => {
    validate(periodOpenSchema, { code });
    return db.transaction(async (tx) => {
      const [row] = await tx.query<PeriodRow>('select * from periods where code = $1 for update', [code]);
      if (!row) throw DomainError.onField('NOT_FOUND', 'code', `There is no period ${code}; open it first.`);
      if ((row.published_at !== null) === publish) {
        const state = publish ? 'already published' : 'not published';
        throw DomainError.onField('INVALID_TRANSITION', 'code', `The period ${code} is ${state}.`);
      }
      const { after } = await updateVersioned<PeriodRow>(
        tx,
        periodTarget,
        code,
        row.version,
        publish ? { published_at: new Date(), published_by: context.actor } : { published_at: null, published_by: null },
        { ...context, action: publish ? 'period.publish' : 'period.unpublish' },
      );
      return toPeriod(after);
    });
  };

  return {
    /** Reporting periods, earliest first; of periods starting together the longer first. Only published ones, or only the others, if asked. */
    async listPeriods(filter: PeriodFilter = {}): Promise<StoredPeriod[]> {
      const rows = await db.query<PeriodRow>(
        `select * from periods where ($1::boolean is null or (published_at is not null) = $1) order by starts_on, ends_on desc`,
        [filter.published ?? null],
      );
      return rows.map(toPeriod);
    },

    /** The periods of the given codes, in the same order, null for unknown codes (for DataLoader). */
    async getPeriods(codes: readonly string[]): Promise<(StoredPeriod | null)[]> {
      const rows = await db.query<PeriodRow>('select * from periods where code = any($1::text[])', [codes]);
      const byCode = new Map(rows.map((row) => [row.code, toPeriod(row)]));
      return codes.map((code) => byCode.get(code) ?? null);
    },

    async getPeriod(code: string): Promise<StoredPeriod | null> {
      const [row] = await db.query<PeriodRow>('select * from periods where code = $1', [code]);
      return row ? toPeriod(row) : null;
    },

    /**
     * Opens a reporting period, unpublished; its days must be those its code names (see
     * `describePeriod`). Figures may be recorded for it at once; the public sees it once published.
     */
    createPeriod,

    /** Opens the period of a code (2020-H2, 2020-Q3, 2020), unpublished; one opened already is a DUPLICATE. */
    async openPeriod(code: string, context: AuditContext): Promise<StoredPeriod> {
      const input = validate(periodOpenSchema, { code });
      try {
        return await createPeriod(describePeriod(input.code), context);
      } catch (error) {
        if (isDomainError(error) && error.code === 'DUPLICATE') {
          throw DomainError.onField('DUPLICATE', 'code', `The period ${input.code} is already open.`);
        }
        throw error;
      }
    },

    /**
     * Publishes a period: the public sees it and its figures from now on, and it may become the
     * default of the public pages. Publishing a published period is an INVALID_TRANSITION.
     */
    async publishPeriod(code: string, context: AuditContext): Promise<StoredPeriod> {
      return setPublication(code, true, context);
    },

    /** Takes a period back from the public (its figures stay); an unpublished one is an INVALID_TRANSITION. */
    async unpublishPeriod(code: string, context: AuditContext): Promise<StoredPeriod> {
      return setPublication(code, false, context);
    },

    /** Indicators by field, in the order reports list the fields, then by code. */
    listIndicators,

    /** Indicators whose name, unit or definition matches, ignoring case and diacritics, best first. */
    async searchIndicators(query: string, filter: IndicatorFilter = {}): Promise<Indicator[]> {
      return rankBySearch(query, await listIndicators(filter), (indicator) => [
        { text: indicator.nameVi, weight: 3 },
        { text: indicator.nameEn, weight: 3 },
        { text: indicator.code.replaceAll('_', ' '), weight: 2 },
        { text: indicator.definitionVi, weight: 1 },
        { text: indicator.definitionEn, weight: 1 },
      ]);
    },

    /** The indicators of the given codes, in the same order, null for unknown codes (for DataLoader). */
    getIndicators,

    async getIndicator(code: string): Promise<Indicator | null> {
      const [indicator] = await getIndicators([code]);
      return indicator ?? null;
    },

    async createIndicator(input: IndicatorInput, context: AuditContext): Promise<Indicator> {
      const indicator = validate(indicatorSchema, input);
      return db.transaction(async (tx) => {
        if (indicator.baseIndicatorCode) {
          const [base] = await tx.query<IndicatorRow>('select * from indicators where code = $1', [indicator.baseIndicatorCode]);
          if (!base) {
            throw DomainError.unknownReference('baseIndicatorCode', `There is no indicator "${indicator.baseIndicatorCode}" to compute on.`);
          }
          if (base.measure !== 'count') {
            throw DomainError.invalid('baseIndicatorCode', `A rate is computed on a count; "${base.code}" is a ${base.measure}.`);
          }
        }
        return toIndicator(await insertAudited<IndicatorRow>(tx, indicatorTarget, indicatorColumns(indicator), context));
      });
    },

    /** Figures, by period, area, fact and entry order; filtered by period, area, field, indicator or owner. */
    listObservations,

    /** One page of the figures that match, in `observationOrder`. */
    async pageObservations(filter: ObservationFilter, range: KeysetRange): Promise<{ rows: Observation[]; more: boolean }> {
      const where = observationConditions(filter);
      const page = keysetSql(range, observationOrder, where.params.length + 1);
      const rows = await db.query<ObservationRow>(
        `select o.* from observations o join indicators i on i.code = o.indicator_code
         where ${where.sql} and ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...where.params, ...page.params],
      );
      const { rows: found, more } = keysetRows(rows, range);
      return { rows: found.map(toObservation), more };
    },

    /** How many figures match (every page together). */
    async countObservations(filter: ObservationFilter): Promise<number> {
      const where = observationConditions(filter);
      const [row] = await db.query<{ count: number }>(
        `select count(*)::int as count from observations o join indicators i on i.code = o.indicator_code where ${where.sql}`,
        where.params,
      );
      return row?.count ?? 0;
    },

    /**
     * Every figure of the published periods (an export is public) in the order of
     * `listObservations`, `size` at a time: an export of any length holds one batch in memory.
     */
    observationBatches(size?: number): AsyncGenerator<Observation[]> {
      return keysetBatches(
        observationsPage,
        (observation) => [observation.period, observation.areaCode, observation.factId === null, observation.factId ?? '', observation.id],
        size,
      );
    },

    /** How far indicators, figures and periods (published or not) have changed, without reading them (for ETags). */
    changeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, ['indicators', 'observations', 'periods']);
    },

    /** The figures of the given ids, in the same order, null for unknown ids (for DataLoader). */
    async getObservations(ids: readonly number[]): Promise<(Observation | null)[]> {
      const rows = await db.query<ObservationRow>('select * from observations where id = any($1::int[])', [ids]);
      const byId = new Map(rows.map((row) => [Number(row.id), toObservation(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    },

    async getObservation(id: number): Promise<Observation | null> {
      const [row] = await db.query<ObservationRow>('select * from observations where id = $1', [id]);
      return row ? toObservation(row) : null;
    },

    /** The figure of an indicator for a period and area, if one was recorded. */
    async findObservation(key: ObservationKey): Promise<Observation | null> {
      const [row] = await db.query<ObservationRow>(
        'select * from observations where indicator_code = $1 and period = $2 and area_code = $3',
        [key.indicatorCode, key.period, key.areaCode],
      );
      return row ? toObservation(row) : null;
    },

    /**
     * Records a figure, or corrects the one already recorded for its indicator, period and area.
     * A correction names the version it read (`expectedVersion`): without it the figure is a
     * DUPLICATE, with a stale one a CONFLICT (a first figure needs no version). The previous value
     * stays in the audit history.
     * Unknown references, and values the indicator's measure does not allow, are refused with
     * nothing written.
     */
    async upsertObservation(
      input: ObservationInput,
      options: { expectedVersion?: number },
      context: AuditContext,
    ): Promise<Observation> {
      const shaped = validate(observationSchema, input);
      return db.transaction(async (tx) => {
        const indicator = await resolveReferences(tx, shaped);
        const observation = validateObservation(indicator, input);
        const [existing] = await tx.query<ObservationRow>(
          'select * from observations where indicator_code = $1 and period = $2 and area_code = $3 for update',
          [observation.indicatorCode, observation.period, observation.areaCode],
        );
        if (!existing) {
          try {
            return toObservation(
              await insertAudited<ObservationRow>(tx, observationTarget, observationColumns(observation), {
                ...context,
                action: 'observation.create',
              }),
            );
          } catch (error) {
            // A first figure for the same key committed meanwhile (PostgreSQL runs both at once):
            // the same refusal as for one that arrives after it.
            if (isDomainError(error) && error.code === 'DUPLICATE') throw alreadyRecorded(observation);
            throw error;
          }
        }
        if (options.expectedVersion === undefined) throw alreadyRecorded(observation);
        const { after } = await updateVersioned<ObservationRow>(
          tx,
          observationTarget,
          existing.id,
          options.expectedVersion,
          observationColumns(observation),
          { ...context, action: 'observation.correct' },
        );
        return toObservation(after);
      });
    },

    /** Every recorded change of a figure, oldest first, with the value before and after. */
    async observationHistory(id: number): Promise<ObservationChange[]> {
      const entries = await readAudit(db, observationTarget.entityType, String(id));
      return entries.map((entry) => ({
        occurredAt: entry.occurredAt,
        actor: entry.actor,
        action: entry.action,
        previous: entry.before ? toObservation(entry.before as ObservationRow) : null,
        current: entry.after ? toObservation(entry.after as ObservationRow) : null,
      }));
    },

    /**
     * The consistency checks of one period and area: each percentage given with its parts
     * against them, and the population the densities and per-point figures imply.
     */
    async consistencyChecks(period: string, areaCode: string): Promise<ConsistencyReport> {
      const observations = await listObservations({ period, areaCode });
      const codes = [...new Set(observations.map((observation) => observation.indicatorCode))];
      const indicators = (await getIndicators(codes)).filter((indicator): indicator is Indicator => indicator !== null);
      return checkConsistency(indicators, observations);
    },
  };
}

export type KpisRepository = ReturnType<typeof createKpisRepository>;
