import { describe, expect, it } from 'vitest';
import { browserLanguageStorage, languageStorageKey, memoryLanguageStorage, type KeyValueStore } from './storage';

function fakeLocalStorage(): KeyValueStore & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
}

describe('language storage', () => {
  it('keeps the choice in memory', () => {
    const storage = memoryLanguageStorage();
    expect(storage.read()).toBeNull();
    storage.write('en');
    expect(storage.read()).toBe('en');
  });

  it('keeps the choice in the browser storage under one key', () => {
    const store = fakeLocalStorage();
    const storage = browserLanguageStorage(() => store);
    storage.write('en');
    expect(store.entries.get(languageStorageKey)).toBe('en');
    expect(browserLanguageStorage(() => store).read()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    const store = fakeLocalStorage();
    store.setItem(languageStorageKey, 'klingon');
    expect(browserLanguageStorage(() => store).read()).toBeNull();
  });

  it('does nothing where storage is missing or refused', () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(browserLanguageStorage(() => refusing).read()).toBeNull();
    expect(() => browserLanguageStorage(() => refusing).write('vi')).not.toThrow();
    // The default looks up globalThis.localStorage, which Node does not have.
    expect(browserLanguageStorage().read()).toBeNull();
  });
});
