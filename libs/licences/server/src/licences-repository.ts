import {
  changeStamp,
  insertAudited,
  keysetBatches,
  keysetRows,
  keysetSql,
  updateVersioned,
  type AuditContext,
  type ChangeStamp,
  type Executor,
  type KeysetColumn,
  type KeysetRange,
  type SortValue,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  licenceSchema,
  licenceTypeLabels,
  revocationSchema,
  revokeLicence,
  type Licence,
  type LicenceFields,
  type LicenceInput,
  type LicenceStatus,
  type LicenceType,
  type RevocationInput,
} from '@egov/licences-model';
import { dayInVietnam } from '@egov/periods';
import { normalizeVietnamese, searchTokens } from '@egov/text';
import { z } from 'zod';

interface LicenceRow extends Record<string, unknown> {
  id: string;
  type: LicenceType;
  number: string;
  holder_name: string;
  holder_address: string | null;
  subject_vi: string;
  issued_on: string;
  valid_from: string;
  valid_until: string | null;
  revoked_on: string | null;
  revocation_reason: string | null;
  issuer_unit_code: string;
  is_sample: boolean;
  search_folded: string;
  version: number;
}

/**
 * The columns a licence is read with, of `licences l`: not its search words (licences/003), by
 * far the widest column, which only a search's conditions and score read.
 */
const LICENCE_COLUMNS = [
  'id', 'type', 'number', 'holder_name', 'holder_address', 'subject_vi', 'issued_on', 'valid_from', 'valid_until',
  'revoked_on', 'revocation_reason', 'issuer_unit_code', 'is_sample', 'search_folded', 'version',
]
  .map((column) => `l.${column}`)
  .join(', ');

const target: WriteTarget = { table: 'licences', keyColumn: 'id', entityType: 'licence' };

const toLicence = (row: LicenceRow): Licence => ({
  id: row.id,
  type: row.type,
  number: row.number,
  holderName: row.holder_name,
  holderAddress: row.holder_address,
  subjectVi: row.subject_vi,
  issuedOn: row.issued_on,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  revokedOn: row.revoked_on,
  revocationReason: row.revocation_reason,
  issuerUnitCode: row.issuer_unit_code,
  isSample: row.is_sample,
  version: row.version,
});

/**
 * What a search reads, folded as `normalizeVietnamese` folds (case and diacritics gone, words
 * between single spaces): the holder, the number, the subject and the type's name, in that
 * order, joined by " | ", which folding never leaves inside a field. Stored with the row, so a
 * search compares words to words in SQL; the fields stay apart for their weights in the ranking.
 */
const searchText = (licence: LicenceFields): string =>
  [licence.holderName, licence.number, licence.subjectVi, licenceTypeLabels[licence.type].vi].map(normalizeVietnamese).join(' | ');

const toColumns = (licence: LicenceFields) => ({
  type: licence.type,
  number: licence.number,
  holder_name: licence.holderName,
  holder_address: licence.holderAddress,
  subject_vi: licence.subjectVi,
  issued_on: licence.issuedOn,
  valid_from: licence.validFrom,
  valid_until: licence.validUntil,
  revoked_on: licence.revokedOn,
  revocation_reason: licence.revocationReason,
  issuer_unit_code: licence.issuerUnitCode,
  is_sample: licence.isSample,
  search_folded: searchText(licence),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the days a query names, so a malformed one is a VALIDATION error on its own field. */
const days = <K extends string>(values: Record<K, string>) =>
  validate(z.record(z.string(), z.iso.date('A day is written YYYY-MM-DD')), values) as Record<K, string>;

export interface LicenceListFilter {
  type?: LicenceType;
  /** Only licences in this status on `asOf`. */
  status?: LicenceStatus;
  /** The day the status is judged on (ISO date); today in Vietnam when not given. */
  asOf?: string;
  /** Words of the holder, the number, the subject or the type, ignoring case and diacritics. */
  search?: string;
  /** Only sample records (true) or only real ones (false); both when not given. */
  isSample?: boolean;
}

/** A page of a list read by `keysetSql`: its rows in the list's order, and whether more lie beyond. */
export interface KeysetPage<T> {
  rows: T[];
  more: boolean;
}

/**
 * The register's order: latest issued first, then by number and type (unique together), all
 * descending, so that one index range on (issued_on, number, type) answers any page.
 */
export const licenceOrderColumns: readonly KeysetColumn[] = [
  { sql: 'issued_on', type: 'date', descending: true },
  { sql: 'number', type: 'text', descending: true },
  { sql: 'type', type: 'text', descending: true },
];

/** With a search: best match first, then the register's order. */
export const licenceSearchOrderColumns: readonly KeysetColumn[] = [{ sql: 'score', type: 'integer', descending: true }, ...licenceOrderColumns];

/** A licence with its place in the list's order (with its score when searched). */
export type ListedLicence = Licence & { position: SortValue[] };

/** Whether a filter searches, and so is ranked best match first. */
export const isLicenceSearch = (filter: LicenceListFilter): boolean => Boolean(filter.search?.trim());

/** The searched fields in the order of `searchText`, with their weights in the ranking and their lexemes' prefix in `search_words`. */
const SEARCH_FIELDS = [
  { weight: 3, label: '_h' },
  { weight: 3, label: '_n' },
  { weight: 2, label: '_s' },
  { weight: 1, label: '_t' },
] as const;

/**
 * What a search's score is made of, as `searchScore` of @egov/text scores (weights: holder 3,
 * number 3, subject 2, type 1), each part a tsquery on `search_words` (licences/003): per query
 * word its levels, best first (twice the field's weight for a whole word, the weight for a word's
 * start; a word scores its best level held), and per field the whole phrase, worth three times
 * its weight. Query words are letters and digits only, lexemes as they are.
 */
function scoreParts(words: readonly string[]) {
  const levels = words.map((word) => {
    const byScore = new Map<number, string[]>();
    const add = (score: number, query: string) => byScore.set(score, [...(byScore.get(score) ?? []), query]);
    for (const { weight, label } of SEARCH_FIELDS) {
      add(2 * weight, `'${label}${word}'`);
      add(weight, `'${label}${word}':*`);
    }
    return [...byScore].sort(([a], [b]) => b - a).map(([score, queries]) => ({ score, query: queries.join(' | ') }));
  });
  const phrases =
    words.length > 1
      ? SEARCH_FIELDS.map(({ weight, label }) => ({ score: 3 * weight, query: words.map((word) => `'${label}${word}'`).join(' <-> ') }))
      : [];
  return { levels, phrases };
}

/** The score of a match (`scoreParts` summed), with its tsqueries as parameters (`param`). */
function scoreSql(words: readonly string[], param: (value: unknown) => string): string {
  const holds = (query: string) => `l.search_words @@ ${param(query)}::tsquery`;
  const { levels, phrases } = scoreParts(words);
  const bestOf = (wordLevels: { score: number; query: string }[]) =>
    `case ${wordLevels.map(({ score, query }) => `when ${holds(query)} then ${score}`).join(' ')} else 0 end`;
  const phraseBonus = phrases.map(({ score, query }) => `case when ${holds(query)} then ${score} else 0 end`);
  return `(${[...levels.map(bestOf), ...phraseBonus].join(' + ')})::int`;
}

/**
 * The best score any licence could have for these words: per word its best level some licence
 * holds, plus the phrases some licence holds. Each is one look in the GIN index of `search_words`.
 */
async function bestPossibleScore(db: Executor, words: readonly string[]): Promise<number> {
  const { levels, phrases } = scoreParts(words);
  const params: string[] = [];
  const held = (query: string) => `exists (select 1 from licences where search_words @@ $${params.push(query)}::tsquery)`;
  // A CASE asks its subqueries only as far as it needs: a common word's first level ends it.
  const best = [
    ...levels.map((wordLevels) => `case ${wordLevels.map(({ score, query }) => `when ${held(query)} then ${score}`).join(' ')} else 0 end`),
    ...phrases.map(({ score, query }) => `case when ${held(query)} then ${score} else 0 end`),
  ];
  // The planner guesses a word's start common and would read the whole table to find one absent.
  const [row] = await db.transaction(async (tx) => {
    await tx.query('set local enable_seqscan = off');
    return tx.query<{ best: number }>(`select (${best.join(' + ')})::int as best`, params);
  });
  return row?.best ?? 0;
}

/** How many licences of the register a search page walks at most, in the register's order, before it ranks every match instead. */
const SEARCH_WALK = 1000;

/**
 * The conditions of a filter on `licences l`, with parameters numbered from $1, and the score
 * when it searches. A search is an index question: every query word starts a word of the searched
 * fields, which the GIN index of `search_words` (the words of @egov/text) answers by prefix.
 */
function licenceSelection(filter: LicenceListFilter, asOf: string): { where: string; words: string[] | null; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.type) conditions.push(`l.type = ${param(filter.type)}`);
  if (typeof filter.isSample === 'boolean') conditions.push(`l.is_sample = ${param(filter.isSample)}`);
  if (filter.status) {
    // The model's rule (licenceStatus) on the day asked for.
    const day = `${param(asOf)}::date`;
    const notRevoked = `(l.revoked_on is null or l.revoked_on > ${day})`;
    conditions.push(
      {
        revoked: `l.revoked_on <= ${day}`,
        expired: `${notRevoked} and l.valid_until < ${day}`,
        valid: `${notRevoked} and (l.valid_until is null or l.valid_until >= ${day})`,
      }[filter.status],
    );
  }
  const words = isLicenceSearch(filter) ? searchTokens(filter.search ?? '') : null;
  // A search of no words (punctuation only) finds nothing, as searchScore scores it zero.
  if (words?.length === 0) conditions.push('false');
  else if (words) {
    conditions.push(`l.search_words @@ ${param(words.map((word) => `'${word}':*`).join(' & '))}::tsquery`);
  }
  return { where: conditions.length ? conditions.join(' and ') : 'true', words, params };
}

/** The selection's statement parts: its condition, its score (0 unless it searches) and their parameters. */
function licenceQuery(filter: LicenceListFilter, asOf: string) {
  const selection = licenceSelection(filter, asOf);
  const params = [...selection.params];
  const param = (value: unknown) => `$${params.push(value)}`;
  const words = selection.words;
  const score = words?.length ? scoreSql(words, param) : '0';
  return { where: selection.where, score, ranked: words !== null, params };
}

/** The register of licences (sổ cấp giấy phép) the department has issued. */
export function createLicencesRepository(db: Executor) {
  const getMany = async (ids: readonly string[]): Promise<(Licence | null)[]> => {
    // An id that is not a UUID names no licence; asking PostgreSQL would only fail the whole batch.
    const wellFormed = ids.filter((id) => UUID.test(id));
    const rows = wellFormed.length
      ? await db.query<LicenceRow>(`select ${LICENCE_COLUMNS} from licences l where id = any($1::uuid[])`, [wellFormed])
      : [];
    const byId = new Map(rows.map((row) => [row.id.toLowerCase(), toLicence(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  };

  const registerPage = async (range: KeysetRange): Promise<{ rows: Licence[]; more: boolean }> => {
    const page = keysetSql(range, licenceOrderColumns, 1);
    const rows = await db.query<LicenceRow>(`select ${LICENCE_COLUMNS} from licences l where ${page.where} order by ${page.orderBy} ${page.limit}`, page.params);
    return keysetRows(rows.map(toLicence), range);
  };

  /**
   * A forward page of a search read without ranking every match. Its rows share one score: the
   * cursor's (rows after it have no more), or with no cursor the best any licence could have. The
   * matches of that score after the cursor, walked in the register's order, come in the list's
   * order; when the first SEARCH_WALK licences of the register hold a full page of them, that is
   * the page. Otherwise (a score no licence has, a sparse or exhausted one, a backward page) null,
   * and the caller ranks every match.
   */
  const topTierPage = async (
    filter: LicenceListFilter,
    query: ReturnType<typeof licenceQuery>,
    range: KeysetRange,
  ): Promise<(LicenceRow & { score: number })[] | null> => {
    const words = isLicenceSearch(filter) ? searchTokens(filter.search ?? '') : [];
    if (range.backward || range.before || words.length === 0) return null;
    const [cursorScore, ...cursorKey] = range.after ?? [];
    // A position that is not a search's is the ranked statement's to refuse.
    if (range.after && (typeof cursorScore !== 'number' || cursorKey.length !== licenceOrderColumns.length)) return null;
    const best = await bestPossibleScore(db, words);
    const fromCursor = typeof cursorScore === 'number' && cursorScore <= best;
    const score = fromCursor ? cursorScore : best;
    if (score <= 0) return null;
    const walk = keysetSql(
      { size: SEARCH_WALK - 1, backward: false, after: fromCursor ? cursorKey : null, before: null },
      licenceOrderColumns,
      query.params.length + 1,
    );
    const params = [...query.params, ...walk.params];
    const param = (value: unknown) => `$${params.push(value)}`;
    const rows = await db.query<LicenceRow & { score: number }>(
      `select * from (
         select ${LICENCE_COLUMNS}, ${query.score} as score
         from (select * from licences l where ${walk.where} order by ${walk.orderBy} ${walk.limit}) l
         where ${query.where}
       ) l where score = ${param(score)} order by ${walk.orderBy} limit ${param(range.size + 1)}`,
      params,
    );
    return rows.length > range.size ? rows : null;
  };

  return {
    /**
     * Every licence in the register's order (as `list` gives them unsearched), `size` at a time:
     * an export of any length holds one batch in memory.
     */
    batches(size?: number): AsyncGenerator<Licence[]> {
      return keysetBatches(registerPage, (licence) => [licence.issuedOn, licence.number, licence.type], size);
    },

    /** How far the register has changed, without reading it (for ETags). */
    changeStamp(): Promise<ChangeStamp> {
      return changeStamp(db, [{ table: 'licences', kept: 'licence_counts' }]);
    },

    /**
     * Licences matching every given criterion, latest issued first; with a search, best match
     * first. The whole list, for exports and summaries: a page of it is `listPage`.
     */
    async list(filter: LicenceListFilter = {}): Promise<Licence[]> {
      const { asOf } = days({ asOf: filter.asOf ?? dayInVietnam() });
      const query = licenceQuery(filter, asOf);
      const columns = query.ranked ? licenceSearchOrderColumns : licenceOrderColumns;
      const rows = await db.query<LicenceRow>(
        `select * from (select ${LICENCE_COLUMNS}, ${query.score} as score from licences l where ${query.where}) matching
         order by ${columns.map((column) => `${column.sql} desc`).join(', ')}`,
        query.params,
      );
      return rows.map(toLicence);
    },

    /**
     * One page of the licences matching the filter, in the list's order: the register's, or
     * best match first with a search (then `position` starts with the score).
     */
    async listPage(filter: LicenceListFilter, range: KeysetRange): Promise<KeysetPage<ListedLicence>> {
      const { asOf } = days({ asOf: filter.asOf ?? dayInVietnam() });
      const query = licenceQuery(filter, asOf);
      const listed = (rows: (LicenceRow & { score?: number })[]) =>
        rows.map(
          (row): ListedLicence => ({
            ...toLicence(row),
            position: [...(query.ranked ? [row.score ?? 0] : []), row.issued_on, row.number, row.type],
          }),
        );
      if (query.ranked) {
        const walked = await topTierPage(filter, query, range);
        if (walked) return keysetRows(listed(walked), range);
      }
      const columns = query.ranked ? licenceSearchOrderColumns : licenceOrderColumns;
      const page = keysetSql(range, columns, query.params.length + 1);
      // A search that the walk could not answer ranks all its matches (found by the GIN index)
      // before paging them; the register reads its page straight from the index of its order.
      const from = query.ranked
        ? `(select ${LICENCE_COLUMNS}, ${query.score} as score from licences l where ${query.where}) l where`
        : `(select ${LICENCE_COLUMNS} from licences l where ${query.where}) l where`;
      const rows = await db.query<LicenceRow & { score?: number }>(
        `select * from ${from} ${page.where} order by ${page.orderBy} ${page.limit}`,
        [...query.params, ...page.params],
      );
      return keysetRows(listed(rows), range);
    },

    /** How many licences match the filter. */
    async count(filter: LicenceListFilter = {}): Promise<number> {
      const { asOf } = days({ asOf: filter.asOf ?? dayInVietnam() });
      const selection = licenceSelection(filter, asOf);
      // By type and sample flag alone, the few rows of licence_counts (licences/004) say it;
      // the status of a day and a search count their licences.
      const kept = !filter.status && !isLicenceSearch(filter);
      const [row] = await db.query<{ n: number }>(
        kept
          ? `select coalesce(sum(row_count), 0)::int as n from licence_counts l where ${selection.where}`
          : `select count(*)::int as n from licences l where ${selection.where}`,
        selection.params,
      );
      return row?.n ?? 0;
    },

    /** The licences of the given ids, in the same order, null for unknown ids (for DataLoader). */
    getMany,

    async get(id: string): Promise<Licence | null> {
      const [licence] = await getMany([id]);
      return licence ?? null;
    },

    /** Enters a newly issued licence in the register; the store gives it its id. */
    async issue(input: LicenceInput, context: AuditContext): Promise<Licence> {
      const licence = validate(licenceSchema, input);
      if (licence.revokedOn !== null) {
        throw DomainError.invalid('revokedOn', 'A licence is issued in force; revoke it afterwards.');
      }
      return db.transaction(async (tx) =>
        toLicence(await insertAudited<LicenceRow>(tx, target, toColumns(licence), { ...context, action: 'licence.issue' })),
      );
    },

    /**
     * Revokes a licence (thu hồi) if it is still at `expectedVersion`: a stale version is a
     * CONFLICT, a licence already revoked an INVALID_TRANSITION.
     */
    async revoke(id: string, expectedVersion: number, input: RevocationInput, context: AuditContext): Promise<Licence> {
      validate(revocationSchema, input);
      if (!UUID.test(id)) throw DomainError.notFound('licence', id);
      return db.transaction(async (tx) => {
        const [row] = await tx.query<LicenceRow>('select * from licences where id = $1 for update', [id]);
        if (!row) throw DomainError.notFound('licence', id);
        if (row.version !== expectedVersion) throw DomainError.conflict('licence', id, expectedVersion, row.version);
        const revoked = revokeLicence(toLicence(row), input);
        const { after } = await updateVersioned<LicenceRow>(
          tx,
          target,
          id,
          expectedVersion,
          { revoked_on: revoked.revokedOn, revocation_reason: revoked.revocationReason, search_folded: searchText(revoked) },
          { ...context, action: 'licence.revoke' },
        );
        return toLicence(after);
      });
    },

    /**
     * How many licences are in each status on a day, counted by the database (the model's rule,
     * `licenceStatus`, written as SQL); sample records are left out unless asked for.
     */
    async countByStatus(asOf: string, options: { includeSamples?: boolean } = {}): Promise<Record<LicenceStatus, number>> {
      const day = days({ asOf }).asOf;
      const [row] = await db.query<Record<LicenceStatus, number>>(
        `select count(*) filter (where revoked_on is not null and revoked_on <= $1)::int as revoked,
                count(*) filter (where (revoked_on is null or revoked_on > $1) and valid_until < $1)::int as expired,
                count(*) filter (where (revoked_on is null or revoked_on > $1) and (valid_until is null or valid_until >= $1))::int as valid
         from licences where $2 or not is_sample`,
        [day, options.includeSamples ?? false],
      );
      return { valid: row?.valid ?? 0, expired: row?.expired ?? 0, revoked: row?.revoked ?? 0 };
    },

    /**
     * How many licences of a type were issued between two days (inclusive), the figure the
     * department reports; sample records are left out unless asked for.
     */
    async countIssued(type: LicenceType, start: string, end: string, options: { includeSamples?: boolean } = {}): Promise<number> {
      const period = days({ start, end });
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from licences
         where type = $1 and issued_on between $2 and $3 and ($4 or not is_sample)`,
        [type, period.start, period.end, options.includeSamples ?? false],
      );
      return row?.n ?? 0;
    },
  };
}

export type LicencesRepository = ReturnType<typeof createLicencesRepository>;
