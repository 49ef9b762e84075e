import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineMessages, interpolate, messageText } from './messages';
import { translatorFor } from './translate';

const newsMessages = defineMessages({
  vi: { title: 'Tin tức', results: '{count} bài viết', greeting: 'Xin chào {name}, có {count} tin mới' },
  en: { title: 'News', results: '{count} articles', greeting: 'Hello {name}, {count} new articles' },
});

describe('translating', () => {
  it('gives the text of the active language', () => {
    expect(translatorFor(newsMessages, 'vi')('title')).toBe('Tin tức');
    expect(translatorFor(newsMessages, 'en')('title')).toBe('News');
  });

  it('puts values into placeholders, numbers written as the language writes them', () => {
    expect(translatorFor(newsMessages, 'vi')('results', { count: 10641 })).toBe('10.641 bài viết');
    expect(translatorFor(newsMessages, 'en')('results', { count: 10641 })).toBe('10,641 articles');
    expect(translatorFor(newsMessages, 'vi')('greeting', { name: 'An', count: 3 })).toBe('Xin chào An, có 3 tin mới');
  });

  it('gives the same function for the same catalogue and language', () => {
    expect(translatorFor(newsMessages, 'vi')).toBe(translatorFor(newsMessages, 'vi'));
    expect(translatorFor(newsMessages, 'vi')).not.toBe(translatorFor(newsMessages, 'en'));
  });

  it('falls back to Vietnamese, then to the key, for a key the types did not catch', () => {
    const partial = { vi: { only: 'Chỉ tiếng Việt' }, en: {} } as never;
    expect(messageText(partial, 'en', 'only')).toBe('Chỉ tiếng Việt');
    expect(messageText(partial, 'en', 'missing')).toBe('missing');
    expect(messageText(partial, 'en', 'toString')).toBe('toString');
  });

  it('inserts values literally, whatever they contain', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(translatorFor(newsMessages, 'en')('greeting', { name: value, count: 1 })).toBe(
          `Hello ${value}, 1 new articles`,
        );
      }),
    );
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('{a} and {b}', { a: 'x' }, String)).toBe('x and {b}');
    expect(interpolate('{a}', undefined, String)).toBe('{a}');
  });
});

describe('defineMessages at run time', () => {
  // The casts stand for plain JavaScript or a catalogue assembled from data, which types do not check.
  const define = defineMessages as (messages: unknown) => unknown;

  it('freezes the catalogue', () => {
    expect(Object.isFrozen(newsMessages.vi)).toBe(true);
  });

  it('refuses a key missing from one language', () => {
    expect(() => define({ vi: { a: 'A', b: 'B' }, en: { a: 'A' } })).toThrow('"b" has no en text');
  });

  it('refuses different placeholders in the two languages', () => {
    expect(() => define({ vi: { a: 'Xin chào {name}' }, en: { a: 'Hello {nmae}' } })).toThrow(
      '"a" has different placeholders by language: {name} vs {nmae}',
    );
  });

  it('refuses a stray brace and an empty text', () => {
    expect(() => define({ vi: { a: 'Giá {' }, en: { a: 'Price {' } })).toThrow('brace outside a {name} placeholder');
    expect(() => define({ vi: { a: ' ' }, en: { a: 'A' } })).toThrow('"a" is empty in vi');
  });

  it('lists every problem at once', () => {
    expect(() => define({ vi: { a: '', b: 'B' }, en: { a: 'A', c: 'C' } })).toThrow(
      /"a" is empty in vi\n- "b" has no en text\n- "c" has no vi text/,
    );
  });
});
