import { describe, expect, it } from 'vitest';
import { isStaffPage, pageHref, routeOf } from './routes';

describe('the routes below /thanh-tra', () => {
  it.each([
    ['/thanh-tra', 'register'],
    ['/thanh-tra/', 'register'],
    ['/thanh-tra/nghiep-vu', 'staff-home'],
    ['/thanh-tra/nghiep-vu/cuoc-thanh-tra-moi', 'record-inspection'],
    ['/thanh-tra/nghiep-vu/ket-luan', 'conclude'],
    ['/thanh-tra/nghiep-vu/quyet-dinh-moi/', 'record-decision'],
    ['/thanh-tra/nghiep-vu/thi-hanh', 'enforcement'],
    ['/thanh-tra/khong-co', 'not-found'],
    ['/thanh-tra-khac', 'not-found'],
    ['/tin-tuc', 'not-found'],
  ])('%s shows the %s page', (path, page) => {
    expect(routeOf(path, '/thanh-tra').page).toBe(page);
  });

  it('tells the inspector’s pages from the public ones', () => {
    expect(isStaffPage(routeOf('/thanh-tra', '/thanh-tra'))).toBe(false);
    expect(isStaffPage(routeOf('/thanh-tra/khong-co', '/thanh-tra'))).toBe(false);
    expect(isStaffPage(routeOf('/thanh-tra/nghiep-vu/ket-luan', '/thanh-tra'))).toBe(true);
  });

  it('writes the address of a page with its query, leaving out what is empty', () => {
    expect(pageHref('/thanh-tra', 'conclude', { cuoc: 'SW5zcGVjdGlvbjox', qd: null })).toBe('/thanh-tra/nghiep-vu/ket-luan?cuoc=SW5zcGVjdGlvbjox');
    expect(pageHref('/thanh-tra', 'register')).toBe('/thanh-tra');
    // Whatever the route base the shell gives, the page follows it.
    expect(routeOf(pageHref('/inspections', 'enforcement'), '/inspections').page).toBe('enforcement');
  });
});
