import { defaultLanguage, languages, type Language } from './language';

/** The messages of one language: a key and its text, with `{name}` placeholders. */
export type MessageTable = Readonly<Record<string, string>>;

/** The placeholder names in a message text: `'Xin chào {name}, {count} tin mới'` gives `'name' | 'count'`. */
export type PlaceholdersOf<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/**
 * A checked catalogue of messages in every language, made by {@link defineMessages}.
 * `Placeholders` maps each key to the names of its placeholders (`never` when it has none).
 */
export interface Catalogue<Placeholders extends Record<string, string> = Record<string, string>> {
  readonly vi: { readonly [Key in keyof Placeholders]: string };
  readonly en: { readonly [Key in keyof Placeholders]: string };
  /** Type-only marker that carries the placeholder names; never set at run time. */
  readonly placeholderTypes?: Placeholders;
}

/** The keys of a catalogue: `MessageKey<typeof newsMessages>`. */
export type MessageKey<C extends Catalogue> = C extends Catalogue<infer Placeholders> ? keyof Placeholders & string : never;

/** A value put into a placeholder. Numbers are formatted for the language (10641 → vi "10.641"). */
export type MessageValue = string | number;

/**
 * Translates a key of one catalogue into the active language. A message with placeholders needs
 * its values, one per name; a message without takes no second argument.
 */
export type Translate<Placeholders extends Record<string, string>> = <Key extends keyof Placeholders & string>(
  key: Key,
  ...values: [Placeholders[Key]] extends [never] ? [] : [values: Readonly<Record<Placeholders[Key], MessageValue>>]
) => string;

const placeholderPattern = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Defines a catalogue with the same keys in Vietnamese and English: a key missing from, or added
 * to, either language is a type error. At run time it also checks that both languages use the
 * same placeholders and that braces appear only as `{name}` placeholders, and throws otherwise,
 * so a mistake surfaces in the remote's first test rather than on a citizen's screen.
 *
 * @example
 * export const newsMessages = defineMessages({
 *   vi: { title: 'Tin tức', results: '{count} bài viết' },
 *   en: { title: 'News', results: '{count} articles' },
 * });
 */
export function defineMessages<
  const Vi extends MessageTable,
  const En extends { readonly [Key in keyof Vi]: string },
>(messages: {
  vi: Vi;
  en: En & { readonly [Extra in Exclude<keyof En, keyof Vi>]: never };
}): Catalogue<{ [Key in keyof Vi & string]: PlaceholdersOf<Vi[Key]> | PlaceholdersOf<En[Key]> }> {
  const problems = catalogueProblems(messages);
  if (problems.length > 0) throw new Error(`Invalid message catalogue:\n- ${problems.join('\n- ')}`);
  return Object.freeze({ vi: Object.freeze({ ...messages.vi }), en: Object.freeze({ ...messages.en }) }) as never;
}

function catalogueProblems(messages: Record<Language, MessageTable>): string[] {
  const problems: string[] = [];
  const keys = new Set(languages.flatMap((language) => Object.keys(messages[language])));
  for (const key of keys) {
    const placeholderSets: string[] = [];
    for (const language of languages) {
      const text = messages[language][key];
      if (typeof text !== 'string') {
        problems.push(`"${key}" has no ${language} text`);
        continue;
      }
      if (text.trim() === '') problems.push(`"${key}" is empty in ${language}`);
      if (/[{}]/.test(text.replace(placeholderPattern, ''))) {
        problems.push(`"${key}" in ${language} has a brace outside a {name} placeholder`);
      }
      placeholderSets.push([...new Set(placeholderNames(text))].sort().join(', '));
    }
    if (new Set(placeholderSets).size > 1) {
      problems.push(`"${key}" has different placeholders by language: ${placeholderSets.map((set) => `{${set}}`).join(' vs ')}`);
    }
  }
  return problems;
}

function placeholderNames(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] as string);
}

/**
 * Puts values into a message's `{name}` placeholders. Numbers go through `formatNumber` (so they
 * read as the language writes them); a placeholder without a value stays visible as `{name}`.
 */
export function interpolate(
  text: string,
  values: Readonly<Record<string, MessageValue>> | undefined,
  formatNumber: (value: number) => string,
): string {
  if (!values) return text;
  return text.replace(placeholderPattern, (placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * The text of a key in a language. Types rule out unknown keys; at run time (plain JavaScript,
 * a stale remote) an unknown key falls back to the Vietnamese text, then to the key itself.
 */
export function messageText(catalogue: Catalogue, language: Language, key: string): string {
  const own = catalogue[language] as Readonly<Record<string, string>>;
  const fallback = catalogue[defaultLanguage] as Readonly<Record<string, string>>;
  return (Object.prototype.hasOwnProperty.call(own, key) ? own[key] : undefined) ??
    (Object.prototype.hasOwnProperty.call(fallback, key) ? fallback[key] : undefined) ??
    key;
}
