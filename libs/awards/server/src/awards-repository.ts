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
import { normalizeVietnamese, searchTokens } from '@egov/text';

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
  // What the recipient search reads (awards/003): the name folded as @egov/text folds it.
  recipient_folded: normalizeVietnamese(award.recipientName ?? ''),
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

const latestDay: KeysetColumn = { sql: 'conferred_on', type: 'date', descending: true };
const oldestDay: KeysetColumn = { sql: 'conferred_on', type: 'date' };

/** The orders the awards are read in, page by page: latest day first (the default) or oldest first. */
export const awardOrders = {
  latest: [latestDay, ...sameDay] as KeysetColumn[],
  oldest: [oldestDay, ...sameDay] as KeysetColumn[],
};

const byScore: KeysetColumn = { sql: 'score', type: 'integer', descending: true };

/**
 * The orders of a recipient search: best match first, ties in the list's order (the default); or
 * by day, best match first within a day, as a stable sort by day of the ranked list gave them.
 */
export const awardSearchOrders = {
  relevance: [byScore, ...awardOrders.latest] as KeysetColumn[],
  latest: [latestDay, byScore, ...sameDay] as KeysetColumn[],
  oldest: [oldestDay, byScore, ...sameDay] as KeysetColumn[],
};

/** An award found by a search, with its score (the first sort key of the relevance order). */
export type FoundAward = PagedAward & { score: number };

/**
 * The awards matching a filter and a recipient query, each with the score `filterAwards` of
 * @egov/awards-model gives it (`searchScore` over the recipient's name, weight 2, and its unit's
 * name, weight 1): a subquery of `awards` columns and `score`, with its parameters. Every query word
 * must start a word of the name or of the unit's name; the GIN index of awards/003 finds the names
 * holding them all, awards_recipient_unit_idx the awards of the units (few) whose name holds one,
 * and the LIKE decides. The score per query word is its best field, twice the weight for a whole
 * word; each field holding the whole phrase adds three times its weight. Query words are letters
 * and digits only, so they carry no LIKE wildcard.
 */
function searchSelection(filter: AwardListFilter, words: readonly string[], unitNames: ReadonlyMap<string, string>) {
  const where = conditions(filter);
  const params = [...where.params];
  const param = (value: unknown) => `$${params.push(value)}`;
  const units = [...unitNames].map(([code, name]) => ({ code, folded: normalizeVietnamese(name) }));
  const named = units.filter((unit) => ` ${unit.folded}`.split(' ').some((word) => word !== '' && words.some((query) => word.startsWith(query))));
  const codes = param(named.map((unit) => unit.code));
  const folded = param(named.map((unit) => unit.folded));
  const wordList = param(words);
  const phrase = param(words.length > 1 ? words.join(' ') : null);
  const fields = `(values (' ' || a.recipient_folded || ' ', 2), (' ' || coalesce(u.folded, '') || ' ', 1)) as f (field, weight)`;
  const sql = `(
    select a.*, (
      (select sum((select max(case when f.field like '% ' || word || ' %' then 2 * f.weight
                                   when f.field like '% ' || word || '%' then f.weight else 0 end) from ${fields}))
       from unnest(${wordList}::text[]) as word)
      + (select coalesce(sum(3 * f.weight), 0) from ${fields} where f.field like '% ' || ${phrase}::text || ' %')
    )::int as score
    from awards a left join unnest(${codes}::text[], ${folded}::text[]) as u (code, folded) on u.code = a.recipient_unit_code
    where ${where.sql}
      and (to_tsvector('simple', a.recipient_folded) @@ to_tsquery('simple', ${param(words.map((word) => `'${word}':*`).join(' & '))})
           or a.recipient_unit_code = any(${codes}::text[]))
      and ' ' || a.recipient_folded || ' | ' || coalesce(u.folded, '') like all (${param(words.map((word) => `% ${word}%`))}::text[])
  ) as found`;
  return { sql, params };
}

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

  /** The totals a statement answers in one row (bigint sums come back as text). */
  const readTotals = async (sql: string, params: readonly unknown[]): Promise<AwardTotals> => {
    const [row] = await db.query<Record<keyof AwardTotals, number | string>>(sql, params);
    return { awards: Number(row?.awards ?? 0), collectives: Number(row?.collectives ?? 0), individuals: Number(row?.individuals ?? 0) };
  };
  /** The totals of the awards a source (a table or a subquery with its alias) holds, counted from its rows. */
  const totalsFrom = (source: string, params: readonly unknown[]): Promise<AwardTotals> =>
    // As recipientsOf counts them: a collective or an individual is one, a group its counts.
    readTotals(
      `select count(*) as "awards",
         coalesce(sum(case recipient_kind when 'collective' then 1 when 'group' then coalesce(collectives_count, 0) else 0 end), 0) as "collectives",
         coalesce(sum(case recipient_kind when 'individual' then 1 when 'group' then coalesce(individuals_count, 0) else 0 end), 0) as "individuals"
       from ${source}`,
      params,
    );
  const totalsOf = (filter: AwardListFilter): Promise<AwardTotals> => {
    const where = conditions(filter);
    if (filter.recipientUnitCode) return totalsFrom(`awards where ${where.sql}`, where.params);
    // Without a unit, the few rows of award_totals (awards/004) the filter names hold the answer.
    return readTotals(
      `select coalesce(sum(awards), 0) as "awards", coalesce(sum(collectives), 0) as "collectives", coalesce(sum(individuals), 0) as "individuals"
       from award_totals where ${where.sql}`,
      where.params,
    );
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

    /**
     * One page of the awards matching the filter whose recipient matches `query` ignoring case and
     * diacritics, in one of `awardSearchOrders`; `unitNames` are the units' Vietnamese names by
     * code (a collective recorded only by its unit is found by the unit's name). Null when the
     * query holds no word: it then asks for nothing in particular, and `page` lists the awards.
     */
    async searchPage(
      filter: AwardListFilter,
      query: string,
      unitNames: ReadonlyMap<string, string>,
      range: KeysetRange,
      columns: readonly KeysetColumn[],
    ): Promise<{ rows: FoundAward[]; more: boolean } | null> {
      const words = searchTokens(query);
      if (words.length === 0) return null;
      const found = searchSelection(filter, words, unitNames);
      const page = keysetSql(range, columns, found.params.length + 1);
      const rows = await db.query<AwardRow & { recorded_at: string; score: number }>(
        `select *, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as recorded_at
         from ${found.sql} where ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...found.params, ...page.params],
      );
      const { rows: shown, more } = keysetRows(rows, range);
      return { rows: shown.map((row) => ({ ...toAward(row), recordedAt: row.recorded_at, score: row.score })), more };
    },

    /** `totals` of the awards `searchPage` finds (over every page). */
    async searchTotals(filter: AwardListFilter, query: string, unitNames: ReadonlyMap<string, string>): Promise<AwardTotals> {
      const words = searchTokens(query);
      if (words.length === 0) return totalsOf(filter);
      const found = searchSelection(filter, words, unitNames);
      return totalsFrom(found.sql, found.params);
    },

    /** How many awards match, and the collectives and individuals they honour (over every page). */
    totals: (filter: AwardListFilter = {}): Promise<AwardTotals> => totalsOf(filter),

    /** How many awards match the filter, counted by the database. */
    async count(filter: AwardListFilter = {}): Promise<number> {
      return (await totalsOf(filter)).awards;
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
