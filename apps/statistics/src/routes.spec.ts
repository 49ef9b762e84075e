import { describe, expect, it } from 'vitest';
import { hrefOf, pageOf, periodParam, withParam } from './routes';

describe('the pages below /thong-ke', () => {
  it('finds each page from its path, with or without a trailing slash', () => {
    expect(pageOf('/thong-ke')).toBe('dashboard');
    expect(pageOf('/thong-ke/')).toBe('dashboard');
    expect(pageOf('/thong-ke/bieu-do')).toBe('charts');
    expect(pageOf('/thong-ke/dia-ban/')).toBe('districts');
    expect(pageOf('/thong-ke/khen-thuong')).toBe('awards');
    expect(pageOf('/thong-ke/cap-nhat')).toBe('editor');
  });

  it('says "not found" for any other path, including look-alikes of the base', () => {
    expect(pageOf('/thong-ke/khong-co')).toBe('not-found');
    expect(pageOf('/thong-kebieu-do')).toBe('not-found');
    expect(pageOf('/tin-tuc')).toBe('not-found');
    expect(pageOf('/thong-ke/bieu-do/them')).toBe('not-found');
  });

  it('writes a page address with its query, leaving out what is empty', () => {
    expect(hrefOf('dashboard', { ky: '2020-H1' })).toBe('/thong-ke?ky=2020-H1');
    expect(hrefOf('awards', { 'hinh-thuc': 'bang-khen', cap: '', ky: null })).toBe('/thong-ke/khen-thuong?hinh-thuc=bang-khen');
    expect(hrefOf('charts')).toBe('/thong-ke/bieu-do');
    expect(hrefOf('editor', { 'chi-tieu': 'IT_PKI_SIMS_ISSUED', ky: '2020-H1', 'dia-ban': '20' })).toBe('/thong-ke/cap-nhat?chi-tieu=IT_PKI_SIMS_ISSUED&ky=2020-H1&dia-ban=20');
  });

  it('changes one parameter of an address and keeps the others', () => {
    expect(withParam('/thong-ke?ky=2020-H1&lang=en', 'linh-vuc', 'buu-chinh')).toBe('/thong-ke?ky=2020-H1&lang=en&linh-vuc=buu-chinh');
    expect(withParam('/thong-ke?ky=2020-H1&linh-vuc=buu-chinh', 'linh-vuc', null)).toBe('/thong-ke?ky=2020-H1');
  });

  it('takes a period code from the URL only when it is one', () => {
    expect(['2020-H1', '2020', '2020-Q3', '2020-06'].map(periodParam)).toEqual(['2020-H1', '2020', '2020-Q3', '2020-06']);
    expect(['2020-H3', "2020' or 1=1", '', null, '2020-13'].map(periodParam)).toEqual([null, null, null, null, null]);
  });
});
