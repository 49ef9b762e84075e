import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, rankBySearch, searchScore } from './match';
import { normalizeVietnamese } from './normalize';

describe('matchesSearch', () => {
  it.each([
    ['lang son', 'Sở Thông tin và Truyền thông Lạng Sơn'],
    ['thanh tra', 'Thanh tra Sở'],
    ['giay phep', 'Cấp giấy phép xuất bản bản tin'],
    ['hoi nghi', 'Hội nghị sơ kết'],
    ['LẠNG', 'lang son'],
    ['dinh lap', 'Đình Lập'],
    ['truyen th', 'Truyền thông'],
  ])('"%s" finds "%s"', (query, text) => {
    expect(matchesSearch(query, text)).toBe(true);
  });

  it.each([
    ['lang son', 'Lạc Sơn'],
    ['thanh tra', 'Thanh Hóa'],
    ['tra', 'Thanh tra'.replace('tra', 'tri')],
    ['', 'anything'],
    ['son', 'Sở'],
  ])('"%s" does not find "%s"', (query, text) => {
    expect(matchesSearch(query, text)).toBe(false);
  });

  it('finds a text by the folded start of any of its words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (words, pick, cut) => {
          const text = words.join(' ');
          const folded = normalizeVietnamese(text).split(' ').filter(Boolean);
          fc.pre(folded.length > 0);
          const letters = Array.from(folded[pick % folded.length] as string);
          const prefix = letters.slice(0, 1 + (cut % letters.length)).join('');
          expect(matchesSearch(prefix.toUpperCase(), text)).toBe(true);
        },
      ),
    );
  });
});

describe('rankBySearch', () => {
  const records = [
    { id: 'body-only', title: 'Báo cáo', body: 'nhắc đến Lạng Sơn' },
    { id: 'none', title: 'Cao Bằng', body: 'không liên quan' },
    { id: 'title', title: 'Sở TT&TT Lạng Sơn', body: '' },
  ];
  const fields = (r: (typeof records)[number]) => [
    { text: r.title, weight: 3 },
    { text: r.body, weight: 1 },
  ];

  it('keeps only matches and puts title matches first', () => {
    expect(rankBySearch('lang son', records, fields).map((r) => r.id)).toEqual(['title', 'body-only']);
  });

  it('scores a whole-word match above a prefix match', () => {
    expect(searchScore('son', [{ text: 'Lạng Sơn' }])).toBeGreaterThan(searchScore('so', [{ text: 'Lạng Sơn' }]));
  });
});
