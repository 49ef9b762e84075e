import { describe, expect, it } from 'vitest';
import {
  browserLanguageStorage,
  languageCookie,
  languageFromCookies,
  languageStorageKey,
  memoryLanguageStorage,
  type CookieJar,
  type KeyValueStore,
} from './storage';

function fakeLocalStorage(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
}

/** A cookie jar as `document.cookie` behaves: assigning one cookie adds or replaces it, reading gives `name=value` pairs. */
function fakeDocument(): CookieJar & { assigned: string[] } {
  const jar = new Map<string, string>();
  const assigned: string[] = [];
  return {
    assigned,
    get cookie() {
      return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(text: string) {
      assigned.push(text);
      const [pair = ''] = text.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    },
  };
}

describe('language storage', () => {
  it('keeps the choice in memory', () => {
    const storage = memoryLanguageStorage();
    expect(storage.read()).toBeNull();
    storage.write('en');
    expect(storage.read()).toBe('en');
  });

  it('keeps the choice in a site-wide cookie for a year, which a later visit reads', () => {
    const document = fakeDocument();
    browserLanguageStorage({ cookies: () => document, legacy: () => undefined, secure: () => false }).write('en');
    expect(document.assigned).toEqual(['lang=en; Path=/; Max-Age=31536000; SameSite=Lax']);
    expect(browserLanguageStorage({ cookies: () => document, legacy: () => undefined }).read()).toBe('en');
  });

  it('marks the cookie Secure on an https page', () => {
    const document = fakeDocument();
    browserLanguageStorage({ cookies: () => document, secure: () => true }).write('vi');
    expect(document.assigned[0]).toContain('; Secure');
  });

  it('still reads a choice an earlier version kept in localStorage, and the cookie wins over it', () => {
    const document = fakeDocument();
    const legacy = fakeLocalStorage();
    legacy.setItem(languageStorageKey, 'en');
    const storage = browserLanguageStorage({ cookies: () => document, legacy: () => legacy });
    expect(storage.read()).toBe('en');
    storage.write('vi');
    expect(storage.read()).toBe('vi');
  });

  it('ignores a stored value that is not a language', () => {
    const document = fakeDocument();
    document.cookie = 'lang=klingon';
    const legacy = fakeLocalStorage();
    legacy.setItem(languageStorageKey, 'klingon');
    expect(browserLanguageStorage({ cookies: () => document, legacy: () => legacy }).read()).toBeNull();
  });

  it('does nothing where storage is missing or refused', () => {
    const refusing = {
      get cookie(): string {
        throw new Error('SecurityError');
      },
      set cookie(_: string) {
        throw new Error('SecurityError');
      },
    };
    expect(browserLanguageStorage({ cookies: () => refusing }).read()).toBeNull();
    expect(() => browserLanguageStorage({ cookies: () => refusing }).write('vi')).not.toThrow();
    // The defaults look up globalThis.document and localStorage, which Node does not have.
    expect(browserLanguageStorage().read()).toBeNull();
    expect(() => browserLanguageStorage().write('en')).not.toThrow();
  });
});

describe('languageFromCookies', () => {
  it('finds the choice among the other cookies of a Cookie header', () => {
    expect(languageFromCookies('egov_session=abc; lang=en; theme=dark')).toBe('en');
    expect(languageFromCookies('lang=vi')).toBe('vi');
  });

  it('gives null without the cookie, or for a value that is not a language', () => {
    expect(languageFromCookies(undefined)).toBeNull();
    expect(languageFromCookies('')).toBeNull();
    expect(languageFromCookies('language=en; xlang=en')).toBeNull();
    expect(languageFromCookies('lang=fr')).toBeNull();
  });

  it('reads back what languageCookie writes', () => {
    expect(languageFromCookies(languageCookie('en', { secure: true }))).toBe('en');
  });
});
