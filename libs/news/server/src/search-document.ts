import { htmlToText } from '@egov/news-model';
import { normalizeVietnamese, searchTokens } from '@egov/text';

/**
 * The search document of an article, as PostgreSQL full text search stores it (`tsvector`).
 *
 * The words are folded here, in JavaScript, by the same `normalizeVietnamese` the old in-memory
 * search used, so "hoi nghi" finds "Hội nghị" exactly as before, on PostgreSQL and PGlite alike
 * (neither has `unaccent` here, and no SQL folding equals the JavaScript one). Each field has its
 * own weight label, so a query can ask in which field a word stands:
 *   A title (weight 4), B summary (2), C topics (2), D body (1).
 * Positions are kept, with a gap between fields, for the phrase bonus ("hoi nghi" as a phrase).
 */
export interface SearchFields {
  title: string;
  summary: string;
  topics: readonly string[];
  bodyHtml: string;
}

export type FieldLabel = 'A' | 'B' | 'C' | 'D';

// PostgreSQL's limits: positions above 16383 are all 16383, at most 256 positions a lexeme.
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 256;
// A lexeme holds at most 2046 bytes. Query words are at most 200 characters, so a longer word can
// only ever be found by prefix: its first 256 characters find it as well as the whole.
const MAX_WORD = 256;

/** The folded words of each field, in order (the topics as one text, as the old search joined them). */
export function foldedFields(fields: SearchFields): Array<[FieldLabel, string[]]> {
  const words = (text: string) => {
    const folded = normalizeVietnamese(text);
    return folded === '' ? [] : folded.split(' ');
  };
  return [
    ['A', words(fields.title)],
    ['B', words(fields.summary)],
    ['C', words(fields.topics.join(' · '))],
    ['D', words(htmlToText(fields.bodyHtml))],
  ];
}

const quoted = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const clipped = (word: string) => (word.length <= MAX_WORD ? word : Array.from(word).slice(0, MAX_WORD).join(''));

/**
 * The `tsvector` texts of an article: every folded word with its positions and field label
 * (`document`), and the same of title, summary and topics alone (`head`).
 */
export function searchDocument(fields: SearchFields): { document: string; head: string } {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [label, words] of foldedFields(fields)) {
    for (const word of words) {
      position = Math.min(position + 1, MAX_POSITION);
      const lexeme = clipped(word);
      const list = positions.get(lexeme) ?? [];
      if (list.length < MAX_POSITIONS) list.push(`${position}${label}`);
      positions.set(lexeme, list);
    }
    position = Math.min(position + 1, MAX_POSITION); // a gap, so no phrase runs from one field into the next
  }
  const text = (keep: (entry: string) => boolean) =>
    [...positions]
      .map(([lexeme, list]) => [lexeme, list.filter(keep)] as const)
      .filter(([, list]) => list.length > 0)
      .map(([lexeme, list]) => `${quoted(lexeme)}:${list.join(',')}`)
      .join(' ');
  return { document: text(() => true), head: text((entry) => !entry.endsWith('D')) };
}

/** The folded words of a query, each once, in order: what every match must contain. */
export const queryWords = (query: string): string[] => searchTokens(query);

/** A `tsquery` text: the word itself (`exact`) or any word it starts (prefix), in the given fields. */
export function wordQuery(word: string, match: 'exact' | 'prefix', labels = ''): string {
  return `${quoted(word)}:${match === 'prefix' ? '*' : ''}${labels}`;
}

/** "Every word starts a word somewhere": the condition the GIN index answers. */
export function matchQuery(words: readonly string[]): string {
  return words.map((word) => wordQuery(word, 'prefix')).join(' & ');
}

/** The words one after the other, in one field. */
export function phraseQuery(words: readonly string[], label: FieldLabel): string {
  return words.map((word) => wordQuery(word, 'exact', label)).join(' <-> ');
}

/** The cases of a word's score the head (title, summary, topics) decides, best first. */
function headWordCases(word: string, has: (tsquery: string) => string): string {
  return `when ${has(wordQuery(word, 'exact', 'A'))} then 8
      when ${has(`${wordQuery(word, 'prefix', 'A')} | ${wordQuery(word, 'exact', 'BC')}`)} then 4
      when ${has(wordQuery(word, 'prefix', 'BC'))} then 2`;
}

/** The phrase bonuses the head decides: the whole phrase in the title, the summary or the topics. */
function headPhraseScores(words: readonly string[], has: (tsquery: string) => string): string[] {
  return words.length < 2
    ? []
    : [
        `case when ${has(phraseQuery(words, 'A'))} then 12 else 0 end`,
        `case when ${has(phraseQuery(words, 'B'))} then 6 else 0 end`,
        `case when ${has(phraseQuery(words, 'C'))} then 6 else 0 end`,
      ];
}

/**
 * The SQL of an article's score for the query words, equal to `searchScore` of @egov/text with the
 * weights title 4, summary 2, topics 2, body 1: for each word the best of 2 × weight (the word
 * itself) or weight (a word it starts) over the fields, plus 3 × weight for each field holding the
 * whole phrase. `head` is the SQL of the title, summary and topics vector; `inDocument(tsquery)`
 * the SQL asking the whole document, which is larger (the body), so it is asked only where the
 * head cannot answer: whether the body holds a word itself, and the phrase in the body.
 */
export function searchScoreSql(
  words: readonly string[],
  head: string,
  inDocument: (tsquery: string) => string,
  param: (tsquery: string) => string,
): string {
  const has = (tsquery: string) => `${head} @@ ${param(tsquery)}`;
  const wordScores = words.map(
    (word) => `case ${headWordCases(word, has)}
      when ${inDocument(wordQuery(word, 'exact'))} then 2
      else 1 end`,
  );
  const phraseScores = words.length < 2 ? [] : [...headPhraseScores(words, has), `case when ${inDocument(phraseQuery(words, 'D'))} then 3 else 0 end`];
  return [...wordScores, ...phraseScores].join(' + ');
}

/**
 * The SQL of the part of the score the head alone gives, for an article whose head holds every
 * query word (`headHoldsEvery`): its score is this plus `BODY_PHRASE_BONUS` when the body holds
 * the phrase, since a word the head holds scores from the head alone. Read from the small head,
 * never from the document.
 */
export function headScoreSql(words: readonly string[], head: string, param: (tsquery: string) => string): string {
  const has = (tsquery: string) => `${head} @@ ${param(tsquery)}`;
  return [...words.map((word) => `case ${headWordCases(word, has)} else 0 end`), ...headPhraseScores(words, has)].join(' + ');
}

/** "The head holds every query word" (as a word or the start of one): the condition a GIN index on `head` answers. */
export const headHoldsEvery = matchQuery;

/** The most the body adds to the head's score (`headScoreSql`) of an article whose head holds every word. */
export const bodyPhraseBonus = (words: readonly string[]): number => (words.length < 2 ? 0 : 3);

/**
 * The highest score of a match whose head lacks a query word: that word scores 2 at most (the
 * body holds it), the others 8 (the title holds them), no field of the head holds the phrase, and
 * the body's phrase adds its bonus. Articles whose head holds every word and score above this rank
 * above every other match.
 */
export const bestScoreWithoutHead = (words: readonly string[]): number => 8 * (words.length - 1) + 2 + bodyPhraseBonus(words);
