/** The languages of the portal, Vietnamese first: it is the default and the language of the source. */
export const languages = ['vi', 'en'] as const;

/** A language of the portal: `vi` (Tiếng Việt) or `en` (English). */
export type Language = (typeof languages)[number];

/** The language used when nothing says otherwise (no `?lang=`, no stored choice, no browser match). */
export const defaultLanguage: Language = 'vi';

/** True for `'vi'` and `'en'` exactly; use {@link toLanguage} to read loose input such as `'EN'` or `'vi-VN'`. */
export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/**
 * Reads a language from loose input: a code in any case or a BCP 47 tag (`'EN'`, `'vi-VN'`,
 * `'en_GB'`). Anything else, including other languages, gives `null`.
 */
export function toLanguage(value: string | null | undefined): Language | null {
  if (!value) return null;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

/**
 * The Intl locale each language formats with. English uses `en-GB` so that dates read
 * day/month/year (30/06/2020) in both languages and an English reader is never handed 06/30.
 */
export const intlLocales: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };
