import { isLanguage, type Language } from './language';

/** Where the reader's choice of language is kept between visits. */
export interface LanguageStorage {
  /** The stored choice, or `null` when there is none (or it cannot be read). */
  read(): Language | null;
  /** Keeps the choice; never throws (a browser may refuse storage in private mode). */
  write(language: Language): void;
}

/** The key under which the browser storage keeps the language. */
export const languageStorageKey = 'egov.language';

/** The part of the Web Storage API the adapter uses; `localStorage` fits it. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Keeps the language in the browser's `localStorage`, so it survives a reload. Storage is looked
 * up on each call, not at import, so this module loads on a server; there, and wherever storage
 * is refused, reads give `null` and writes do nothing.
 */
export function browserLanguageStorage(
  store: () => KeyValueStore | undefined = () => (globalThis as { localStorage?: KeyValueStore }).localStorage,
): LanguageStorage {
  return {
    read() {
      try {
        const value = store()?.getItem(languageStorageKey);
        return isLanguage(value) ? value : null;
      } catch {
        return null;
      }
    },
    write(language) {
      try {
        store()?.setItem(languageStorageKey, language);
      } catch {
        // Storage refused (quota, privacy mode): the URL still carries the language.
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
