import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { describe, expect, it } from 'vitest';
import { navItems } from './navigation';

const entry = (id: string, routeBase: string, vi: string, en: string, order: number): RemoteManifestEntry => ({
  id,
  routeBase,
  order,
  entry: `/remotes/${id}/mf-manifest.json`,
  nav: { vi, en },
});
const remotes = [entry('news', '/news', 'Tin tức', 'News', 1), entry('statistics', '/statistics', 'Thống kê', 'Statistics', 2)];

describe('navItems', () => {
  it('puts home first, then the remotes in manifest order, labelled in the active language', () => {
    expect(navItems(remotes, 'vi', 'Trang chủ', '/').map((item) => item.label)).toEqual(['Trang chủ', 'Tin tức', 'Thống kê']);
    expect(navItems(remotes, 'en', 'Home', '/').map((item) => item.label)).toEqual(['Home', 'News', 'Statistics']);
  });

  it('writes the language into every link, so a copied link opens in it', () => {
    expect(navItems(remotes, 'en', 'Home', '/').map((item) => item.href)).toEqual(['/?lang=en', '/news?lang=en', '/statistics?lang=en']);
  });

  it('marks the section the reader is in, below its base too', () => {
    const current = (pathname: string) => navItems(remotes, 'vi', 'Trang chủ', pathname).filter((item) => item.current).map((item) => item.label);
    expect(current('/')).toEqual(['Trang chủ']);
    expect(current('/news/2020/hoi-nghi')).toEqual(['Tin tức']);
    expect(current('/newsletter')).toEqual([]);
  });
});
