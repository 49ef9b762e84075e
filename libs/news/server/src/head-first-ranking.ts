import { keysetSql, type KeysetColumn, type KeysetRange, type Queryable } from '@egov/db';
import { bestScoreWithoutHead, bodyPhraseBonus, headHoldsEvery, headScoreSql, searchScoreSql } from './search-document';

/**
 * A page of search results read from the articles whose head (title, summary, topics) holds every
 * query word, without scoring the others, when that gives exactly the page the full ranking gives.
 *
 * Why: a common word is in most bodies, and scoring every match reads every body. The head of an
 * article holding every word decides its score but for the body's phrase bonus (`headScoreSql`,
 * `bodyPhraseBonus`), and any other match scores `bestScoreWithoutHead` at most. So:
 *  - the articles whose head holds every word come from a GIN index on `head` (a tenth of the
 *    matches of the bench's common words), scored from their small head alone;
 *  - they are walked best bound first, and their exact score (which may read the body) is computed
 *    for a batch at a time, until no article left can reach the page (a threshold algorithm);
 *  - the page stands if no other match can be in it: its last row (the one that tells whether a
 *    next page exists) scores above `bestScoreWithoutHead`, or the range ends above that score.
 * Otherwise the caller ranks every match (`null`).
 */

/** A result's place in the search order: score, publication time as the cursor holds it, id. */
export interface RankedHit {
  id: string;
  score: number;
  publishedKey: string;
}

export interface HeadFirstRequest {
  words: readonly string[];
  range: KeysetRange;
  /** Rows of the range to skip (numbered pages); 0 for cursors. */
  offset: number;
  includeUnpublished: boolean;
  now: string;
}

/** Rows scored exactly in the first batch, per row the page needs: the rest of a band is skipped. */
const FIRST_BATCH_FACTOR = 2;
/** Each further batch is this many times the last, so a walk takes a few statements at most. */
const BATCH_GROWTH = 4;
/** Batches of the newest-first walk before it gives way to the walk by bound. */
const NEWEST_FIRST_BATCHES = 3;
/** The most rows a newest-first walk starts with: deeper pages are walked by bound. */
const NEWEST_FIRST_MAX_BATCH = 1_000;

type Key = readonly [number, string, string];
type Found = RankedHit & { key: Key };

/** Compares two positions in ascending order (the list shows them descending). */
function compareKeys(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

const orderColumns = (score: string): KeysetColumn[] => [
  { sql: score, type: 'integer', descending: true },
  { sql: 'published_sort', type: 'timestamptz', descending: true },
  { sql: 'id', type: 'uuid', descending: true },
];

/**
 * The page's results in the range's reading order (descending forwards, ascending backwards), at
 * most `offset + size + 1` of them from the start of the range, or `null` when the articles whose
 * head holds every word cannot settle the page.
 */
export async function headFirstRanking(db: Queryable, request: HeadFirstRequest): Promise<RankedHit[] | null> {
  const { words, range } = request;
  const wanted = request.offset + range.size + 1;
  const bestElsewhere = bestScoreWithoutHead(words);
  // Reading backwards from `before`, or forwards up to it, only rows above it are in the range.
  const othersOutOfRange = range.before !== null && Number(range.before[0]) > bestElsewhere;
  if (range.backward && !othersOutOfRange) return null;
  const found = (await newestFirst(db, request, wanted)) ?? (await byBound(db, request, wanted));
  const page = found.slice(0, wanted);
  const lastRow = page.at(-1);
  const settled = othersOutOfRange || (page.length === wanted && lastRow !== undefined && lastRow.score > bestElsewhere);
  return settled ? page.slice(request.offset).map(({ id, score, publishedKey }) => ({ id, score, publishedKey })) : null;
}

/** Adds a batch's rows in the range to `found`, kept in the range's reading order. */
function collect(found: Found[], rows: readonly BatchRow[], backward: boolean): void {
  for (const row of rows) {
    if (row.in_range && row.score !== null) found.push({ id: row.id, score: row.score, publishedKey: row.published_key, key: [row.score, row.published_key, row.id] });
  }
  found.sort((a, b) => (backward ? compareKeys(a.key, b.key) : compareKeys(b.key, a.key)));
}

/** The best score an article can have: every word in the title, the phrase in every field. */
const bestScore = (words: readonly string[]) => words.length * 8 + (words.length < 2 ? 0 : 12 + 6 + 6 + bodyPhraseBonus(words));

/**
 * The articles whose head holds every word in publication order, each scored exactly, until the
 * page's rows outrank the best any article not walked yet can score: a page of articles that score
 * the best possible is read from its newest rows alone. Forwards the walk goes newest first (from
 * the cursor when the cursor scores the best: newer articles then rank before it or after every
 * article of its score); backwards, from a cursor that scores the best, it goes up from the cursor
 * (the range is the newer articles of that score). `null` when a few batches do not settle it.
 */
async function newestFirst(db: Queryable, request: HeadFirstRequest, wanted: number): Promise<Found[] | null> {
  const { range } = request;
  const best = bestScore(request.words);
  const cursor = range.backward ? range.before : range.after;
  const fromCursor = cursor !== null && Number(cursor[0]) === best;
  if (range.backward && !fromCursor) return null;
  const found: Found[] = [];
  let resumeAfter: Key | null = fromCursor ? [best, String(cursor[1]), String(cursor[2])] : null;
  if (wanted * FIRST_BATCH_FACTOR > NEWEST_FIRST_MAX_BATCH) return null;
  for (let round = 0, batch = wanted * FIRST_BATCH_FACTOR; round < NEWEST_FIRST_BATCHES; round++, batch *= BATCH_GROWTH) {
    const rows = await scoreBatch(db, request, { walk: 'newest', batch, resumeAfter });
    collect(found, rows, range.backward);
    const last = rows.at(-1);
    if (rows.length < batch || !last) {
      // Walked to the end; forwards from the cursor, the newer articles it skipped rank after those of the best score.
      return !fromCursor || range.backward || found[wanted - 1]?.score === best ? found : null;
    }
    // None of a batch holds every word in its head: they are too few to find by walking.
    if (rows.every((row) => row.score === null)) return null;
    resumeAfter = [best, last.published_key, last.id];
    const settledAt = found[wanted - 1]?.key;
    // Backwards every row in the range scores the best, so they come in the range's order.
    if (settledAt && (range.backward || compareKeys(settledAt, resumeAfter) >= 0)) return found;
  }
  return null;
}

/**
 * The articles whose head holds every word, by their bound in the range's reading order (the
 * highest score they can reach forwards, the lowest backwards), scored exactly a batch at a time,
 * until no article left can reach the page: a threshold algorithm over the bounds the head gives.
 */
async function byBound(db: Queryable, request: HeadFirstRequest, wanted: number): Promise<Found[]> {
  const { backward } = request.range;
  const found: Found[] = [];
  let resumeAfter: Key | null = null;
  for (let batch = wanted * FIRST_BATCH_FACTOR; ; batch *= BATCH_GROWTH) {
    const rows = await scoreBatch(db, request, { walk: 'bound', batch, resumeAfter });
    collect(found, rows, backward);
    const last = rows.at(-1);
    if (rows.length < batch || !last) return found;
    resumeAfter = [last.bound, last.published_key, last.id];
    // Every row not scored yet has a bound beyond `resumeAfter`, and its score is within its bound.
    const settledAt = found[wanted - 1]?.key;
    if (settledAt && (backward ? compareKeys(settledAt, resumeAfter) <= 0 : compareKeys(settledAt, resumeAfter) >= 0)) return found;
  }
}

interface BatchRow {
  id: string;
  /** Null for an article of the newest-first walk whose head lacks a word. */
  score: number | null;
  published_key: string;
  bound: number;
  in_range: boolean | null;
}

interface Batch {
  /** `newest`: the next visible articles by publication; `bound`: those whose head holds every word, by bound. */
  walk: 'newest' | 'bound';
  batch: number;
  resumeAfter: Key | null;
}

const publishedKey = (alias: string) => `case when ${alias}.published_at is null then '-infinity'
  else to_char(${alias}.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') end`;
const visible = `($2::boolean or (s.state = 'published' and s.published_at <= $3::timestamptz))`;

/**
 * The next batch of a walk after `resumeAfter`, with the exact score of each article whose head
 * holds every word and whether that puts it in the range. The exact score, which may read the
 * body, is computed for the batch's rows alone (the walk's limit is applied first).
 */
async function scoreBatch(db: Queryable, request: HeadFirstRequest, { walk, batch, resumeAfter }: Batch): Promise<BatchRow[]> {
  const { words, range } = request;
  const params: unknown[] = [headHoldsEvery(words), request.includeUnpublished, request.now];
  const param = (tsquery: string) => {
    params.push(tsquery);
    return `$${params.length}::tsquery`;
  };
  const exactScore = searchScoreSql(words, 'c.head', (tsquery) => `c.document @@ ${param(tsquery)}`, param);
  const where = (bounds: Pick<KeysetRange, 'after' | 'before'>, columns: KeysetColumn[]) => {
    const clauses = keysetSql({ size: 0, backward: false, ...bounds }, columns, params.length + 1);
    params.push(...clauses.params.slice(0, -1)); // the limit is not used
    return clauses.where;
  };
  const inRange = where({ after: range.after, before: range.before }, orderColumns('score'));
  const limited = walk === 'newest' ? newestSql(range.backward, resumeAfter, params) : byBoundSql(words, range, resumeAfter, where, param);
  const direction = range.backward ? 'asc' : 'desc';
  params.push(batch);
  return db.query<BatchRow>(
    `select r.id::text as id, r.score, r.bound, r.published_key, ${inRange} as in_range
     from (
       select l.id, l.published_sort, l.bound, ${publishedKey('c')} as published_key,
              ${walk === 'newest' ? `case when c.head @@ $1::tsquery then (${exactScore}) end` : `(${exactScore})`} as score
       -- The walk's rows are read again by key (one lookup each), so the walk and its sort carry no vector.
       from (${limited} limit $${params.length}) as l
       cross join lateral (select d.head, d.document, d.published_at from news_article_search d where d.article_id = l.id offset 0) as c
       offset 0
     ) as r
     -- The walk's order, which the join need not keep: the last row is where the next batch starts.
     order by r.bound ${direction}, r.published_sort ${direction}, r.id ${direction}`,
    params,
  );
}

/**
 * The visible articles in publication order (news_article_search_recent_idx) beyond `resumeAfter`:
 * newest first, or oldest first reading backwards.
 */
function newestSql(backward: boolean, resumeAfter: Key | null, params: unknown[]): string {
  const sort = `coalesce(s.published_at, '-infinity'::timestamptz)`;
  let beyond = '';
  if (resumeAfter) {
    params.push(resumeAfter[1], resumeAfter[2]);
    beyond = `and (${sort}, s.article_id) ${backward ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  const direction = backward ? 'asc' : 'desc';
  return `select s.article_id as id, ${sort} as published_sort, 0 as bound
          from news_article_search s
          where ${visible} ${beyond}
          order by ${sort} ${direction}, s.article_id ${direction}`;
}

/**
 * The articles whose head holds every word (news_article_search_head_idx) that may be in the range,
 * by bound, after `resumeAfter`: `lower` is the score their head gives, `upper` adds the body's phrase.
 */
function byBoundSql(
  words: readonly string[],
  range: KeysetRange,
  resumeAfter: Key | null,
  where: (bounds: Pick<KeysetRange, 'after' | 'before'>, columns: KeysetColumn[]) => string,
  param: (tsquery: string) => string,
): string {
  const headScore = headScoreSql(words, 's.head', param);
  const bound = range.backward ? 'lower' : 'upper';
  // An article may be in the range if its exact score, between `lower` and `upper`, may be.
  const conditions = [
    ...(range.after ? [where({ after: range.after, before: null }, orderColumns('lower'))] : []),
    ...(range.before ? [where({ after: null, before: range.before }, orderColumns('upper'))] : []),
    ...(resumeAfter ? [where(range.backward ? { after: null, before: resumeAfter } : { after: resumeAfter, before: null }, orderColumns(bound))] : []),
  ];
  const direction = range.backward ? 'asc' : 'desc';
  return `select id, published_sort, ${bound} as bound from (
            select t.*, t.lower + ${bodyPhraseBonus(words)} as upper
            from (
              select s.article_id as id, coalesce(s.published_at, '-infinity'::timestamptz) as published_sort, (${headScore}) as lower
              from news_article_search s
              where s.head @@ $1::tsquery and ${visible}
              offset 0
            ) as t
          ) as bounded
          where ${conditions.join(' and ') || 'true'}
          order by ${bound} ${direction}, published_sort ${direction}, id ${direction}`;
}
