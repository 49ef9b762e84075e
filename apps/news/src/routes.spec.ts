import { describe, expect, it } from 'vitest';
import { newsPaths, parseRoute, readListState, pageCount, pageOffset, statisticsDashboardPath } from './routes';

describe('the news routes', () => {
  it('reads the list, an article, the desk, a new draft and an edit below the route base', () => {
    expect(parseRoute('/tin-tuc', '/tin-tuc')).toEqual({ page: 'list' });
    expect(parseRoute('/tin-tuc/', '/tin-tuc')).toEqual({ page: 'list' });
    expect(parseRoute('/tin-tuc/hoi-nghi-so-ket-2020', '/tin-tuc')).toEqual({ page: 'article', slug: 'hoi-nghi-so-ket-2020' });
    expect(parseRoute('/tin-tuc/bien-tap', '/tin-tuc')).toEqual({ page: 'desk' });
    expect(parseRoute('/tin-tuc/bien-tap/soan-tin', '/tin-tuc')).toEqual({ page: 'new' });
    expect(parseRoute('/tin-tuc/bien-tap/hoi-nghi', '/tin-tuc')).toEqual({ page: 'edit', slug: 'hoi-nghi' });
  });

  it('says "not found" for addresses no page has', () => {
    for (const path of ['/tin-tuc/Hoi-Nghi', '/tin-tuc/a/b', '/tin-tuc/bien-tap/a/b', '/tin-tuc/%E0%A4%A', '/tin-tucx', '/thong-ke', '/tin-tuc/bien-tap/x%20y']) {
      expect(parseRoute(path, '/tin-tuc'), path).toEqual({ page: 'notFound' });
    }
  });

  it('keeps the page and the search in the address, leaving out page 1 and an empty search', () => {
    const paths = newsPaths('/tin-tuc');
    expect(paths.list()).toBe('/tin-tuc');
    expect(paths.list({ page: 2 })).toBe('/tin-tuc?trang=2');
    expect(paths.list({ query: ' hội nghị ', page: 3 })).toBe('/tin-tuc?tim=h%E1%BB%99i+ngh%E1%BB%8B&trang=3');
    expect(readListState('?tim=h%E1%BB%99i+ngh%E1%BB%8B&trang=3')).toEqual({ query: 'hội nghị', page: 3 });
    expect(paths.article('hoi-nghi')).toBe('/tin-tuc/hoi-nghi');
    expect(paths.edit('hoi-nghi')).toBe('/tin-tuc/bien-tap/hoi-nghi');
    expect(paths.create()).toBe('/tin-tuc/bien-tap/soan-tin');
  });

  it('reads a page that is not a whole number from 1 as the first page', () => {
    for (const search of ['', '?trang=0', '?trang=-2', '?trang=abc', '?trang=1.5', '?trang=99999999']) expect(readListState(search).page, search).toBe(1);
    expect(readListState('?trang=21').page).toBe(21);
  });

  it('pages 20 articles at a time', () => {
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(2)).toBe(20);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(22)).toBe(2);
  });

  it("links an article's period to the statistics dashboard of that period", () => {
    expect(statisticsDashboardPath('2020-H1')).toBe('/thong-ke?ky=2020-H1');
  });
});
