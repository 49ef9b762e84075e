import {
  awardSchema,
  type AwardTotals,
  type Award,
  type AwardAuthority,
  type AwardFields,
  type AwardInput,
  type AwardKind,
  type AwardLevel,
  type RecipientKind,
} from '@egov/awards-model';
import {
  insertAudited,
  keysetRows,
  keysetSql,
  sqlConditions,
  updateVersioned,
  type AuditContext,
  type Executor,
  type SqlConditions,
  type KeysetColumn,
  type KeysetRange,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';

interface AwardRow extends Record<string, unknown> {
  id: string;
  fact_id: string | null;
  kind: AwardKind;
  conferred_by: AwardAuthority;
  level: AwardLevel;
  recipient_kind: RecipientKind;
  recipient_unit_code: string | null;
  recipient_name: string | null;
  collectives_count: number | null;
  individuals_count: number | null;
  reason_vi: string;
  reason_en: string | null;
  covered_from_year: number | null;
  covered_to_year: number | null;
  conferred_on: string;
  period: string;
  source_quote: string | null;
  version: number;
}

const target: WriteTarget = { table: 'awards', keyColumn: 'id', entityType: 'award' };

const toAward = (row: AwardRow): Award => ({
  id: row.id,
  factId: row.fact_id,
  kind: row.kind,
  conferredBy: row.conferred_by,
  level: row.level,
  recipientKind: row.recipient_kind,
  recipientUnitCode: row.recipient_unit_code,
  recipientName: row.recipient_name,
  collectivesCount: row.collectives_count,
  individualsCount: row.individuals_count,
  reasonVi: row.reason_vi,
  reasonEn: row.reason_en,
  coveredFromYear: row.covered_from_year,
  coveredToYear: row.covered_to_year,
  conferredOn: row.conferred_on,
  period: row.period,
  sourceQuote: row.source_quote,
  version: row.version,
});

const toColumns = (award: AwardFields) => ({
  fact_id: award.factId,
  kind: award.kind,
  conferred_by: award.conferredBy,
  level: award.level,
  recipient_kind: award.recipientKind,
  recipient_unit_code: award.recipientUnitCode,
  recipient_name: award.recipientName,
  collectives_count: award.collectivesCount,
  individuals_count: award.individualsCount,
  reason_vi: award.reasonVi,
  reason_en: award.reasonEn,
  covered_from_year: award.coveredFromYear,
  covered_to_year: award.coveredToYear,
  conferred_on: award.conferredOn,
  period: award.period,
  source_quote: award.sourceQuote,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AwardListFilter {
  kind?: AwardKind;
  level?: AwardLevel;
  period?: string;
  recipientUnitCode?: string;
}

/** The filter's criteria as SQL conditions, only those given, numbered from $1. */
function conditions(filter: AwardListFilter): SqlConditions {
  return sqlConditions([
    ['kind = ?::text', filter.kind],
    ['level = ?::text', filter.level],
    ['period = ?::text', filter.period],
    ['recipient_unit_code = ?::text', filter.recipientUnitCode],
  ]);
}

/** An award with the instant it was recorded (microseconds kept), the last tie-break of its place in a list. */
export type PagedAward = Award & { recordedAt: string };

/**
 * Awards on one day keep the list's own order: those of a source fact first, by fact, then those
 * recorded by hand, by when they were recorded. Migration 002 indexes both orders.
 */
const sameDay: KeysetColumn[] = [
  { sql: '(fact_id is null)', type: 'boolean' },
  { sql: "coalesce(fact_id, '')", type: 'text' },
  { sql: 'created_at', type: 'timestamptz' },
  { sql: 'id', type: 'uuid' },
];

/** The orders the awards are read in, page by page: latest day first (the default) or oldest first. */
export const awardOrders = {
  latest: [{ sql: 'conferred_on', type: 'date', descending: true }, ...sameDay] as KeysetColumn[],
  oldest: [{ sql: 'conferred_on', type: 'date' }, ...sameDay] as KeysetColumn[],
};

/** Awards (thi đua, khen thưởng) conferred on the sector's collectives and individuals. */
export function createAwardsRepository(db: Executor) {
  const getMany = async (ids: readonly string[]): Promise<(Award | null)[]> => {
    // An id that is not a UUID names no award; asking PostgreSQL would only fail the whole batch.
    const wellFormed = ids.filter((id) => UUID.test(id));
    const rows = wellFormed.length
      ? await db.query<AwardRow>('select * from awards where id = any($1::uuid[])', [wellFormed])
      : [];
    const byId = new Map(rows.map((row) => [row.id.toLowerCase(), toAward(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  };

  return {
    /** Awards matching every given criterion, latest first. */
    async list(filter: AwardListFilter = {}): Promise<Award[]> {
      const rows = await db.query<AwardRow>(
        `select * from awards
         where ($1::text is null or kind = $1) and ($2::text is null or level = $2)
           and ($3::text is null or period = $3) and ($4::text is null or recipient_unit_code = $4)
         order by conferred_on desc, fact_id nulls last, created_at, id`,
        [filter.kind ?? null, filter.level ?? null, filter.period ?? null, filter.recipientUnitCode ?? null],
      );
      return rows.map(toAward);
    },

    /** One page of the awards matching every given criterion, in one of `awardOrders`. */
    async page(filter: AwardListFilter, range: KeysetRange, columns: readonly KeysetColumn[]): Promise<{ rows: PagedAward[]; more: boolean }> {
      const where = conditions(filter);
      const page = keysetSql(range, columns, where.params.length + 1);
      const rows = await db.query<AwardRow & { recorded_at: string }>(
        `select *, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as recorded_at
         from awards where ${where.sql} and ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...where.params, ...page.params],
      );
      const { rows: found, more } = keysetRows(rows, range);
      return { rows: found.map((row) => ({ ...toAward(row), recordedAt: row.recorded_at })), more };
    },

    /** How many awards match, and the collectives and individuals they honour (over every page). */
    async totals(filter: AwardListFilter = {}): Promise<AwardTotals> {
      const where = conditions(filter);
      // As recipientsOf counts them: a collective or an individual is one, a group its counts.
      const [row] = await db.query<Record<keyof AwardTotals, number | string>>(
        `select count(*) as "awards",
           coalesce(sum(case recipient_kind when 'collective' then 1 when 'group' then coalesce(collectives_count, 0) else 0 end), 0) as "collectives",
           coalesce(sum(case recipient_kind when 'individual' then 1 when 'group' then coalesce(individuals_count, 0) else 0 end), 0) as "individuals"
         from awards where ${where.sql}`,
        where.params,
      );
      return { awards: Number(row?.awards ?? 0), collectives: Number(row?.collectives ?? 0), individuals: Number(row?.individuals ?? 0) };
    },

    /** How many awards match the filter, counted by the database. */
    async count(filter: AwardListFilter = {}): Promise<number> {
      const where = conditions(filter);
      const [row] = await db.query<{ n: number }>(`select count(*)::int as n from awards where ${where.sql}`, where.params);
      return row?.n ?? 0;
    },

    /** The awards of the given ids, in the same order, null for unknown ids (for DataLoader). */
    getMany,

    async get(id: string): Promise<Award | null> {
      const [award] = await getMany([id]);
      return award ?? null;
    },

    /** The award recorded from a fact of a source report (`F40`), if any: the seed's natural key. */
    async findByFactId(factId: string): Promise<Award | null> {
      const [row] = await db.query<AwardRow>('select * from awards where fact_id = $1', [factId]);
      return row ? toAward(row) : null;
    },

    /** Records an award; the store gives it its id. */
    async record(input: AwardInput, context: AuditContext): Promise<Award> {
      const award = validate(awardSchema, input);
      return db.transaction(async (tx) =>
        toAward(await insertAudited<AwardRow>(tx, target, toColumns(award), { ...context, action: 'award.record' })),
      );
    },

    /**
     * Replaces an award's fields if it is still at `expectedVersion`. The fact it was recorded
     * from is its provenance and cannot change once set.
     */
    async update(id: string, expectedVersion: number, input: AwardInput, context: AuditContext): Promise<Award> {
      const award = validate(awardSchema, input);
      if (!UUID.test(id)) throw DomainError.notFound('award', id);
      return db.transaction(async (tx) => {
        const [current] = await tx.query<{ fact_id: string | null }>('select fact_id from awards where id = $1', [id]);
        if (current?.fact_id && current.fact_id !== award.factId) {
          throw DomainError.invalid('factId', `This award was recorded from ${current.fact_id}; its source cannot change.`);
        }
        const { after } = await updateVersioned<AwardRow>(tx, target, id, expectedVersion, toColumns(award), {
          ...context,
          action: 'award.update',
        });
        return toAward(after);
      });
    },
  };
}

export type AwardsRepository = ReturnType<typeof createAwardsRepository>;
