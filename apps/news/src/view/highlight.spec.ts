import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight';

const marked = (text: string, query: string) =>
  highlightSegments(text, query)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlighting the words a search found', () => {
  it('marks "Hội nghị" for "hoi nghi", accents and capitals kept', () => {
    expect(marked('Hội nghị sơ kết công tác Thông tin và Truyền thông', 'hoi nghi')).toEqual(['Hội nghị']);
    expect(marked('HỘI NGHỊ', 'Hội')).toEqual(['HỘI']);
  });

  it('keeps the whole text, in order, around the marks', () => {
    const text = 'Ngày 26/6/2020, Sở TT&TT Lạng Sơn đã tổ chức Hội nghị.';
    const segments = highlightSegments(text, 'lang son hoi');
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Lạng Sơn', 'Hội']);
  });

  it('marks only words that a query word starts, as the search matches', () => {
    expect(marked('Thanh tra Sở kiểm tra', 'tra')).toEqual(['tra', 'tra']);
    expect(marked('Bưu chính công ích', 'chinh')).toEqual(['chính']);
    expect(marked('nghiên cứu', 'nghi')).toEqual(['nghi']);
    expect(marked('Thông tin', 'hong')).toEqual([]);
  });

  it('folds đ to d and text written with combining accents', () => {
    expect(marked('Đài Phát thanh', 'dai')).toEqual(['Đài']);
    const decomposed = 'Lạng Sơn'.normalize('NFD');
    expect(marked(decomposed, 'lang')).toEqual(['Lạng'.normalize('NFD')]);
  });

  it('leaves the text as it is for an empty query or no match', () => {
    expect(highlightSegments('Tin tức', '  ')).toEqual([{ text: 'Tin tức', match: false }]);
    expect(highlightSegments('Tin tức', 'xyz')).toEqual([{ text: 'Tin tức', match: false }]);
    expect(highlightSegments('', 'tin')).toEqual([]);
  });
});
