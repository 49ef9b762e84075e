import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fineInWords, numberInWords } from './fine-in-words';

describe('fineInWords', () => {
  it('writes the fines of the half-year report as on a decision', () => {
    expect(fineInWords(60_000_000)).toBe('Sáu mươi triệu đồng');
    expect(fineInWords(7_500_000)).toBe('Bảy triệu năm trăm nghìn đồng');
  });

  it.each([
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1015, 'một nghìn không trăm mười lăm'],
    [1_000_001, 'một triệu không trăm linh một'],
    [1_050_000, 'một triệu không trăm năm mươi nghìn'],
    [250_000_000, 'hai trăm năm mươi triệu'],
    [1_000_000_000, 'một tỷ'],
    [2_000_005_000, 'hai tỷ không trăm linh năm nghìn'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_234_567_891_011, 'một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn không trăm mười một'],
  ])('reads %i as "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('says "lẻ" instead of "linh" when asked', () => {
    expect(fineInWords(1_500_105, { zeroTens: 'lẻ' })).toBe('Một triệu năm trăm nghìn một trăm lẻ năm đồng');
  });

  it('refuses what is not a whole number of đồng', () => {
    expect(() => fineInWords(-1)).toThrow(RangeError);
    expect(() => fineInWords(1.5)).toThrow(RangeError);
  });

  const amount = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });

  it('is never empty, starts with a capital and ends with "đồng"', () => {
    fc.assert(
      fc.property(amount, (value) => {
        const words = fineInWords(value);
        expect(words.endsWith(' đồng')).toBe(true);
        expect(words.length).toBeGreaterThan(' đồng'.length);
        expect(words.charAt(0)).toBe(words.charAt(0).toUpperCase());
        expect(words).not.toMatch(/ {2}|undefined/);
      }),
    );
  });

  it('gives distinct amounts distinct words', () => {
    const seen = new Map<string, number>();
    for (let value = 1; value <= 100_000; value++) {
      const words = numberInWords(value);
      expect(seen.get(words)).toBeUndefined();
      seen.set(words, value);
    }
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        fc.pre(a !== b);
        expect(fineInWords(a)).not.toBe(fineInWords(b));
      }),
    );
  });
});
