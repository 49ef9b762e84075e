import { keysetSql, type KeysetColumn, type KeysetRange, type Queryable } from '@egov/db';
import { bestScoreWithoutHead, bodyPhraseBonus, headHoldsEvery, headScoreSql, searchScoreSql } from './search-document';

/** A result's place in the search order: score, publication time as the cursor holds it, id. */
export interface RankedHit {
  id: string;
  score: number;
  publishedKey: string;
  /** The article's row as `pageColumns` reads it (JSON), read in the statement that ranked it. */
  page: unknown;
}

export interface HeadFirstRequest {
  words: readonly string[];
  range: KeysetRange;
  /** Rows of the range to skip (numbered pages); 0 for cursors. */
  offset: number;
  includeUnpublished: boolean;
  now: string;
  /**
   * The SQL of a JSON object holding what the page shows of the article whose id is `id`: each
   * statement reads it for the rows that may be on the page, so a page settled by one statement
   * costs no other.
   */
  pageObject: (id: string) => string;
}

/**
 * Rows walked in the first newest-first batch, per row the page needs: enough when an eighth of the
 * articles hold every word in their head (a tenth do in the bench's data, all of them score the best).
 */
const FIRST_BATCH_FACTOR = 8;
/** Each further batch is this many times the last, so a walk takes a few statements at most. */
const BATCH_GROWTH = 4;
/** Batches of the newest-first walk before it gives way to the walk by bound. */
const NEWEST_FIRST_BATCHES = 3;
/** The deepest row (offset and page) read from the heads; deeper numbered pages are ranked in full. */
const MAX_WANTED = 1_000;
/** The most rows a newest-first walk starts with: deeper pages are walked by bound. */
const NEWEST_FIRST_MAX_BATCH = 2_000;

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
 * A page of search results read without scoring every match, when that gives exactly the page the
 * full ranking (score, then newest, then id) gives; `null` otherwise, and the caller ranks every match.
 *
 * Why: a common word is in most bodies, and scoring every match reads every body. Two walks:
 *  - newest first (an index on the publication time), scoring each match exactly, until the page's
 *    rows outrank what any article not walked yet can score (`bestScore`): the bench's common words
 *    fill a page from the newest few hundred articles, whose titles hold the phrase;
 *  - otherwise the articles whose head (title, summary, topics) holds every word, from a GIN index
 *    on `head`: their head gives their score but for the body's phrase bonus (`headScoreSql`,
 *    `bodyPhraseBonus`), so they are walked best bound first and scored exactly a batch at a time
 *    until no article left can reach the page (a threshold algorithm). Any other match scores
 *    `bestScoreWithoutHead` at most, so the page stands if its last row (the one telling whether
 *    a next page exists) scores more, or the range ends above that score.
 *
 * The results come in the range's reading order (descending forwards, ascending backwards), at
 * most `offset + size + 1` of them from the start of the range.
 */
export async function headFirstRanking(db: Queryable, request: HeadFirstRequest): Promise<RankedHit[] | null> {
  const { words, range } = request;
  const wanted = request.offset + range.size + 1;
  // A deep numbered page needs the exact scores of all the rows before it: the full ranking reads them faster.
  if (wanted > MAX_WANTED) return null;
  const shown = (page: readonly Found[]) => page.slice(request.offset, wanted).map(({ id, score, publishedKey, page: row }) => ({ id, score, publishedKey, page: row }));
  const walked = await newestFirst(db, request, wanted);
  if (walked) return shown(walked);
  const bestElsewhere = bestScoreWithoutHead(words);
  // Reading backwards from `before`, or forwards up to it, only rows above it are in the range.
  const othersOutOfRange = range.before !== null && Number(range.before[0]) > bestElsewhere;
  if (range.backward && !othersOutOfRange) return null;
  const found = await byBound(db, request, wanted);
  const last = found[wanted - 1];
  return othersOutOfRange || (last !== undefined && last.score > bestElsewhere) ? shown(found) : null;
}

/** Adds a batch's rows in the range to `found`, kept in the range's reading order. */
function collect(found: Found[], rows: readonly BatchRow[], backward: boolean): void {
  for (const row of rows) {
    if (row.in_range && row.score !== null) found.push({ id: row.id, score: row.score, publishedKey: row.published_key, page: row.page, key: [row.score, row.published_key, row.id] });
  }
  found.sort((a, b) => (backward ? compareKeys(a.key, b.key) : compareKeys(b.key, a.key)));
}

/** The best score an article can have: every word in the title, the phrase in every field. */
const bestScore = (words: readonly string[]) => words.length * 8 + (words.length < 2 ? 0 : 12 + 6 + 6 + bodyPhraseBonus(words));

/**
 * The matches in publication order, each scored exactly, until the page's rows outrank the best
 * any article not walked yet can score: a page of articles that score the best possible is read
 * from its newest rows alone, and a short list is read whole. Forwards the walk goes newest first (from
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
    const rows = await scoreBatch(db, request, { walk: 'newest', batch, resumeAfter, wanted });
    collect(found, rows, range.backward);
    const last = rows.at(-1);
    if (rows.length < batch || !last) {
      // Walked to the end; forwards from the cursor, the newer articles it skipped rank after those of the best score.
      return !fromCursor || range.backward || found[wanted - 1]?.score === best ? found : null;
    }
    // Too few articles hold every word in their head to fill the page by walking: the GIN index finds them.
    if (rows.filter((row) => row.in_head).length * FIRST_BATCH_FACTOR < wanted) return null;
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
  // The page and a little more: when many rows share the page's bound, the first batch settles it.
  for (let batch = wanted + Math.max(32, Math.ceil(wanted / 4)); ; batch *= BATCH_GROWTH) {
    const rows = await scoreBatch(db, request, { walk: 'bound', batch, resumeAfter, wanted });
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
  /** Null for an article of the newest-first walk that does not match. */
  score: number | null;
  /** Whether the article's head holds every word (always, walking by bound). */
  in_head: boolean;
  published_key: string;
  bound: number;
  in_range: boolean;
  /** Null but for the first rows of the batch in the range (a page's worth). */
  page: unknown;
}

interface Batch {
  /** Rows from the start of the range the page needs. */
  wanted: number;
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
async function scoreBatch(db: Queryable, request: HeadFirstRequest, { walk, batch, resumeAfter, wanted }: Batch): Promise<BatchRow[]> {
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
  params.push(batch, wanted);
  const [batchParam, wantedParam] = [`$${params.length - 1}`, `$${params.length}`];
  // The newest-first walk reads the rows in order from an index, and carries their vectors through
  // its limit; the walk by bound sorts, so it carries ids only and reads its rows again by key.
  // Matching reads the body of each article whose head lacks a word: the walk reads none when too
  // few heads hold every word for the batch to fill the page (a rare word), since it gives up then.
  const rowsOf =
    walk === 'newest'
      ? `(select w.*, count(*) over () < ${batchParam}
                      or count(*) filter (where w.head @@ $1::tsquery) over () * ${FIRST_BATCH_FACTOR} >= ${wantedParam} as bodies_needed
          from (${limited} limit ${batchParam}) as w) as c`
      : `(${limited} limit ${batchParam}) as l
         cross join lateral (select l.id, l.published_sort, l.bound, d.head, d.document, d.published_at
                             from news_article_search d where d.article_id = l.id offset 0) as c`;
  return db.query<BatchRow>(
    `select x.id::text as id, x.score, x.in_head, x.bound, x.published_key, x.in_range,
            case when x.place <= ${wantedParam} then ${request.pageObject('x.id')} end as page
     from (
       select y.*, case when y.in_range then row_number() over (partition by y.in_range order by y.score ${direction}, y.published_sort ${direction}, y.id ${direction}) end as place
       from (
         select r.*, coalesce(r.score is not null and ${inRange}, false) as in_range
         from (
           select c.id, c.published_sort, c.bound, ${publishedKey('c')} as published_key, c.head @@ $1::tsquery as in_head,
                  ${walk === 'newest' ? `case when c.head @@ $1::tsquery or (c.bodies_needed and c.document @@ $1::tsquery) then (${exactScore}) end` : `(${exactScore})`} as score
           from ${rowsOf}
           offset 0
         ) as r
       ) as y
     ) as x
     -- The walk's order, which a join need not keep: the last row is where the next batch starts.
     order by x.bound ${direction}, x.published_sort ${direction}, x.id ${direction}`,
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
  return `select s.article_id as id, ${sort} as published_sort, 0 as bound, s.head, s.document, s.published_at
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
