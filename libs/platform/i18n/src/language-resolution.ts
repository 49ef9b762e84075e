import { defaultLanguage, toLanguage, type Language } from './language';

/** The query parameter that carries the language in a URL: `?lang=en`. */
export const languageParam = 'lang';

// Any valid absolute base will do: it only lets a path such as '/tin-tuc?lang=en' be parsed.
const relativeBase = 'http://relative.invalid';

/** The language a URL asks for with `?lang=`, or `null` when it asks for none we have. */
export function languageFromUrl(url: string | URL): Language | null {
  const parsed = url instanceof URL ? url : new URL(url, relativeBase);
  return toLanguage(parsed.searchParams.get(languageParam));
}

/** What a language is chosen from; every part is optional so servers and tests pass what they have. */
export interface LanguageSources {
  /** The page's URL (absolute or a path with its query). */
  url?: string | URL | null;
  /** The choice stored by an earlier visit (the `lang` cookie). */
  stored?: string | null;
}

/**
 * Chooses the language: the URL's `?lang=` wins (a shared link opens as it was shared), then the
 * reader's stored choice, then Vietnamese. The browser's own languages are not asked: a provincial
 * department's portal opens in Vietnamese, even on the many phones here set to English; English
 * is what a reader chooses. Values we do not have (`?lang=fr`) are skipped, not errors.
 */
export function resolveLanguage({ url, stored }: LanguageSources): Language {
  return (url ? languageFromUrl(url) : null) ?? toLanguage(stored) ?? defaultLanguage;
}

/**
 * The URL with its language made explicit: `withLanguage('/tin-tuc?page=2#top', 'en')` gives
 * `/tin-tuc?page=2&lang=en#top`. Vietnamese is written too (`?lang=vi`), never left implied: a
 * link shared from a Vietnamese page then opens in Vietnamese even for a reader who chose
 * English. Other parameters and the fragment are kept; a path stays a path, a full URL a full URL.
 */
export function withLanguage(url: string | URL, language: Language): string {
  if (url instanceof URL) {
    const copy = new URL(url);
    copy.searchParams.set(languageParam, language);
    return copy.href;
  }
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const params = new URLSearchParams(queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '');
  params.set(languageParam, language);
  return `${path}?${params.toString()}${hash}`;
}
