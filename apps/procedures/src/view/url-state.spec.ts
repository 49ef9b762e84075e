import { describe, expect, it } from 'vitest';
import { afterCursorForPage, catalogueSearch, licenceSearch, pageCountOf, readCatalogueState, readLicenceState } from './url-state';

describe('the catalogue’s filters in the URL', () => {
  it('reads Vietnamese slugs into filters, and writes them back the same', () => {
    const search = '?linh-vuc=bao-chi&muc-do=toan-trinh&kenh=buu-chinh-cong-ich&q=giay+phep&trang=2';
    const state = readCatalogueState(search);
    expect(state).toEqual({ field: 'PRESS', level: 'FULL_PROCESS', channel: 'POSTAL', query: 'giay phep', page: 2 });
    expect(catalogueSearch(state)).toBe(search);
  });

  it('ignores unknown slugs and bad pages from a hand-edited address', () => {
    expect(readCatalogueState('?linh-vuc=bong-da&kenh=fax&trang=-3&muc-do=')).toEqual({ field: null, level: null, channel: null, query: '', page: 1 });
    expect(readCatalogueState('?trang=abc').page).toBe(1);
  });

  it('leaves empty filters and the first page out of the address', () => {
    expect(catalogueSearch({ field: null, level: null, channel: null, query: '  ', page: 1 })).toBe('');
    expect(catalogueSearch({ field: 'POST', level: null, channel: null, query: 'Bưu chính', page: 1 })).toBe('?linh-vuc=buu-chinh&q=B%C6%B0u+ch%C3%ADnh');
  });

  it('keeps a search to 200 characters', () => {
    expect(readCatalogueState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });
});

describe('the licence register’s filters in the URL', () => {
  it('round-trips the kind, status, search and page', () => {
    const search = '?loai=ban-tin&tinh-trang=da-thu-hoi&q=H%E1%BB%99i+N%C3%B4ng+d%C3%A2n&trang=3';
    const state = readLicenceState(search);
    expect(state).toEqual({ type: 'BULLETIN_PUBLISHING', status: 'REVOKED', query: 'Hội Nông dân', page: 3 });
    expect(licenceSearch(state)).toBe(search);
    expect(readLicenceState('?tinh-trang=het-hieu-luc').status).toBe('EXPIRED');
  });
});

describe('pages of a list', () => {
  it('asks for page 3 of 20 after the 40th item (offset 39), and page 1 from the start', () => {
    expect(afterCursorForPage(1, 20)).toBeNull();
    expect(Buffer.from(afterCursorForPage(3, 20)!, 'base64url').toString()).toBe('offset:39');
    expect(afterCursorForPage(3, 20)).not.toMatch(/[=+/]/);
  });

  it('counts at least one page', () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
  });
});
