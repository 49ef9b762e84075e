import type { RemoteManifestEntry } from '@egov/remote-manifest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterSignIn, isShellRoute, matchRoute, signInHref } from './routes';

const remote = (id: string, routeBase: string, order = 0): RemoteManifestEntry => ({
  id,
  routeBase,
  order,
  entry: `/remotes/${id}/mf-manifest.json`,
  nav: { vi: id, en: id },
});
const remotes = [remote('news', '/news'), remote('statistics', '/statistics/figures')];

describe('matchRoute', () => {
  it('sends / to the home page, however it is written', () => {
    for (const path of ['/', '//', '']) expect(matchRoute(path, remotes)).toEqual({ kind: 'home' });
  });

  it('gives a remote its base and every path below it, with the rest of the path', () => {
    expect(matchRoute('/news', remotes)).toMatchObject({ kind: 'remote', remote: { id: 'news' }, rest: '/' });
    expect(matchRoute('/news/', remotes)).toMatchObject({ kind: 'remote', remote: { id: 'news' }, rest: '/' });
    expect(matchRoute('/news/2020/hoi-nghi', remotes)).toMatchObject({ kind: 'remote', remote: { id: 'news' }, rest: '/2020/hoi-nghi' });
    expect(matchRoute('/statistics/figures/h1', remotes)).toMatchObject({ kind: 'remote', remote: { id: 'statistics' }, rest: '/h1' });
  });

  it('matches whole segments only: /newsletter is not /news', () => {
    expect(matchRoute('/newsletter', remotes)).toEqual({ kind: 'not-found' });
    expect(matchRoute('/statistics', remotes)).toEqual({ kind: 'not-found' });
  });

  it('leaves paths of no remote (the gateway’s /open-data) to the browser', () => {
    expect(isShellRoute('/open-data', remotes)).toBe(false);
    expect(isShellRoute('/news/1', remotes)).toBe(true);
    expect(isShellRoute('/', [])).toBe(true);
  });

  it('routes any path below a base to that remote, and only there', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (below) => {
        const path = ['/news', ...below].join('/');
        const route = matchRoute(path, remotes);
        expect(route).toMatchObject({ kind: 'remote', remote: { id: 'news' }, rest: below.length ? `/${below.join('/')}` : '/' });
      }),
    );
  });
});

describe('the sign-in route', () => {
  it('is the shell’s own page', () => {
    expect(matchRoute('/dang-nhap', remotes)).toEqual({ kind: 'sign-in' });
    expect(isShellRoute('/dang-nhap/', remotes)).toBe(true);
  });

  it('comes back to the page the officer was on', () => {
    const href = signInHref('/news/hoi-nghi?trang=2');
    expect(afterSignIn(new URL(href, 'http://portal').search)).toBe('/news/hoi-nghi?trang=2');
  });

  it('never sends the officer to another site, whatever the link says', () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(afterSignIn(`?tiep=${encodeURIComponent(next)}`)).toBe('/');
    }
    expect(afterSignIn('')).toBe('/');
  });
});

describe('the account routes', () => {
  it('are the shell’s own pages, with or without a trailing slash', () => {
    expect(matchRoute('/tai-khoan', remotes)).toEqual({ kind: 'account', page: 'own-account' });
    expect(matchRoute('/quan-tri/tai-khoan/', remotes)).toEqual({ kind: 'account', page: 'staff-accounts' });
    expect(matchRoute('/dat-lai-mat-khau', remotes)).toEqual({ kind: 'account', page: 'password-reset' });
    expect(matchRoute('/quan-tri', remotes)).toEqual({ kind: 'not-found' });
    expect(isShellRoute('/tai-khoan', remotes)).toBe(true);
  });
});
