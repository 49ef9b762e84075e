import { isLanguage, type Language } from './language';

/** Where the reader's choice of language is kept between visits. */
export interface LanguageStorage {
  /** The stored choice, or `null` when there is none (or it cannot be read). */
  read(): Language | null;
  /** Keeps the choice; never throws (a browser may refuse storage in private mode). */
  write(language: Language): void;
}

/**
 * The cookie that keeps the reader's choice. A cookie, not local storage: the server reads it with
 * the request, so a page it renders is already in the reader's language.
 */
export const languageCookieName = 'lang';

/** A year: the choice outlives a session, as a reader expects of a remembered setting. */
const COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The key under which earlier versions kept the language in `localStorage`; still read, never written. */
export const languageStorageKey = 'egov.language';

/** The language a `Cookie` header (or `document.cookie`) holds, or `null` when it holds none we have. */
export function languageFromCookies(cookies: string | null | undefined): Language | null {
  for (const pair of (cookies ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at >= 0 && pair.slice(0, at).trim() === languageCookieName) {
      const value = pair.slice(at + 1).trim();
      if (isLanguage(value)) return value;
    }
  }
  return null;
}

/** The `Set-Cookie` value (or `document.cookie` assignment) that keeps a choice for a year, site-wide. */
export function languageCookie(language: Language, options: { secure?: boolean } = {}): string {
  return `${languageCookieName}=${language}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${options.secure ? '; Secure' : ''}`;
}

/** The part of the Web Storage API the adapter uses; `localStorage` fits it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's cookies as `document` exposes them. */
export interface CookieJar {
  cookie: string;
}

/** Where the browser adapter finds its stores; looked up on each call (see {@link browserLanguageStorage}). */
export interface BrowserStores {
  cookies?: () => CookieJar | undefined;
  /** Only read: the choice a reader made before the cookie existed. */
  legacy?: () => KeyValueStore | undefined;
  /** Whether the page is served over https (the cookie is then `Secure`). */
  secure?: () => boolean;
}

const defaultStores: Required<BrowserStores> = {
  cookies: () => (globalThis as { document?: CookieJar }).document,
  legacy: () => (globalThis as { localStorage?: KeyValueStore }).localStorage,
  secure: () => (globalThis as { location?: { protocol?: string } }).location?.protocol === 'https:',
};

/**
 * Keeps the language in the `lang` cookie, so it survives a reload and the server sees it. Stores
 * are looked up on each call, not at import, so this module loads on a server; there, and wherever
 * storage is refused, reads give `null` and writes do nothing.
 */
export function browserLanguageStorage(stores: BrowserStores = {}): LanguageStorage {
  const { cookies, legacy, secure } = { ...defaultStores, ...stores };
  return {
    read() {
      try {
        const fromCookie = languageFromCookies(cookies()?.cookie);
        if (fromCookie) return fromCookie;
        const earlier = legacy()?.getItem(languageStorageKey);
        return isLanguage(earlier) ? earlier : null;
      } catch {
        return null;
      }
    },
    write(language) {
      try {
        const jar = cookies();
        if (jar) jar.cookie = languageCookie(language, { secure: secure() });
      } catch {
        // Cookies refused (privacy settings): the URL still carries the language.
      }
    },
  };
}

/** Keeps the language in memory: for tests, and for server rendering where there is no reader to remember. */
export function memoryLanguageStorage(initial: Language | null = null): LanguageStorage {
  let stored = initial;
  return {
    read: () => stored,
    write: (language) => {
      stored = language;
    },
  };
}
