import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from './language';
import { languageFromUrl, resolveLanguage, withLanguage } from './language-resolution';

describe('resolveLanguage', () => {
  it('lets the URL win over the stored choice', () => {
    expect(resolveLanguage({ url: 'https://stttt.langson.gov.vn/?lang=en', stored: 'vi' })).toBe('en');
    expect(resolveLanguage({ url: '/?lang=vi', stored: 'en' })).toBe('vi');
  });

  it('uses the stored choice when the URL names no language', () => {
    expect(resolveLanguage({ url: '/tin-tuc', stored: 'en' })).toBe('en');
  });

  it('opens in Vietnamese without a URL or stored choice', () => {
    expect(resolveLanguage({})).toBe('vi');
    expect(resolveLanguage({ url: '/', stored: null })).toBe('vi');
    expect(resolveLanguage({ url: '/?lang=fr', stored: 'de' })).toBe('vi');
  });

  it('skips a language we do not have at each step', () => {
    expect(resolveLanguage({ url: '/?lang=fr', stored: 'en' })).toBe('en');
    expect(resolveLanguage({ url: '/?lang=EN' })).toBe('en');
  });
});

describe('withLanguage', () => {
  it('makes the language explicit in a path, keeping the query and the fragment', () => {
    expect(withLanguage('/tin-tuc?page=2#top', 'en')).toBe('/tin-tuc?page=2&lang=en#top');
    expect(withLanguage('/thong-ke', 'vi')).toBe('/thong-ke?lang=vi');
  });

  it('replaces the language already there', () => {
    expect(withLanguage('/?lang=vi&q=x', 'en')).toBe('/?lang=en&q=x');
    expect(withLanguage('https://stttt.langson.gov.vn/a?lang=en', 'vi')).toBe('https://stttt.langson.gov.vn/a?lang=vi');
  });

  it('takes a URL object and leaves it unchanged', () => {
    const url = new URL('https://stttt.langson.gov.vn/thu-tuc?ma=1');
    expect(withLanguage(url, 'en')).toBe('https://stttt.langson.gov.vn/thu-tuc?ma=1&lang=en');
    expect(url.search).toBe('?ma=1');
  });

  it('gives a URL that resolves to its language and keeps the other parameters', () => {
    const param = fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/).filter((key) => key !== 'lang'), fc.string());
    fc.assert(
      fc.property(
        fc.constantFrom('/', '/tin-tuc', 'https://stttt.langson.gov.vn/a/b'),
        fc.array(param, { maxLength: 4 }),
        fc.constantFrom(...languages),
        fc.constantFrom('', '#main'),
        (path, params, language, hash) => {
          const query = new URLSearchParams(params).toString();
          const url = `${path}${query ? `?${query}` : ''}${hash}`;
          const shared = withLanguage(url, language);
          expect(languageFromUrl(shared)).toBe(language);
          expect(resolveLanguage({ url: shared, stored: language === 'vi' ? 'en' : 'vi' })).toBe(language);
          const kept = new URL(shared, 'http://x').searchParams;
          kept.delete('lang');
          expect(kept.toString()).toBe(query);
          expect(shared.endsWith(hash)).toBe(true);
        },
      ),
    );
  });
});
