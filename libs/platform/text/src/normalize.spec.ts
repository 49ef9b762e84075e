import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeVietnamese, searchTokens, slugify } from './normalize';

// Vowels with each of the five tone marks (combining code points), as Vietnamese writes them.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const BASES: Array<[string, string]> = [
  ['a', 'a'], ['ă', 'a'], ['â', 'a'], ['e', 'e'], ['ê', 'e'], ['i', 'i'], ['o', 'o'],
  ['ô', 'o'], ['ơ', 'o'], ['u', 'u'], ['ư', 'u'], ['y', 'y'], ['đ', 'd'], ['n', 'n'], ['g', 'g'],
];

/** A Vietnamese letter with a random tone and case, paired with the plain letter it folds to. */
const vietnameseLetter = fc
  .tuple(fc.constantFrom(...BASES), fc.option(fc.constantFrom(...TONES)), fc.boolean())
  .map(([[letter, plain], tone, upper]) => {
    const composed = (letter + (tone && letter !== 'đ' ? tone : '')).normalize('NFC');
    return { text: upper ? composed.toUpperCase() : composed, plain };
  });

const vietnameseWord = fc.array(vietnameseLetter, { minLength: 1, maxLength: 8 });

describe('normalizeVietnamese', () => {
  it.each([
    ['Lạng Sơn', 'lang son'],
    ['Thanh tra Sở', 'thanh tra so'],
    ['ĐÌNH LẬP', 'dinh lap'],
    ['giấy phép', 'giay phep'],
    ['Hội nghị sơ kết  công tác', 'hoi nghi so ket cong tac'],
    ['Sở TT&TT', 'so tt tt'],
  ])('folds %s to %s', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it('folds every toned or capital letter to its plain letter', () => {
    fc.assert(
      fc.property(fc.array(vietnameseWord, { minLength: 1, maxLength: 5 }), (words) => {
        const text = words.map((word) => word.map((l) => l.text).join('')).join(' ');
        const plain = words.map((word) => word.map((l) => l.plain).join('')).join(' ');
        expect(normalizeVietnamese(text)).toBe(plain);
      }),
    );
  });

  it('is idempotent and leaves no marks, capitals or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normalizeVietnamese(text);
        expect(normalizeVietnamese(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(once).not.toMatch(/\p{M}|đ| {2}|^ | $/u);
      }),
    );
  });

  it('gives the same result for composed and decomposed input', () => {
    fc.assert(
      fc.property(fc.array(vietnameseLetter, { maxLength: 12 }), (letters) => {
        const text = letters.map((l) => l.text).join('');
        expect(normalizeVietnamese(text.normalize('NFD'))).toBe(normalizeVietnamese(text.normalize('NFC')));
      }),
    );
  });
});

describe('searchTokens', () => {
  it('lists each folded word once', () => {
    expect(searchTokens('Sở Thông tin và Truyền thông, thông tin')).toEqual(['so', 'thong', 'tin', 'va', 'truyen']);
    expect(searchTokens('  ')).toEqual([]);
  });
});

describe('slugify', () => {
  it('makes an ASCII slug of a Vietnamese title', () => {
    expect(slugify('Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020')).toBe(
      'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020',
    );
  });

  it('only ever yields lower-case ASCII words joined by single hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});
