import { describe, expect, it } from 'vitest';
import { checkRemoteModule, type ExpectedRemote } from './check-remote-module';
import { defineRemote } from './remote-contract';

const Component = () => null;
const good = { contractVersion: 1, id: 'statistics', routeBase: '/statistics', nav: { vi: 'Số liệu thống kê', en: 'Statistics' }, Component };
const moduleOf = (definition: unknown) => ({ default: definition });
const refusal = (moduleValue: unknown, expected: ExpectedRemote = { id: 'statistics' }) => {
  const check = checkRemoteModule(moduleValue, expected);
  if (check.ok) throw new Error('expected a refusal');
  return check.reasons.join('\n');
};

describe('checkRemoteModule', () => {
  it('accepts what defineRemote makes, as the default export, and keeps the component itself', () => {
    const check = checkRemoteModule(moduleOf(defineRemote({ id: 'statistics', routeBase: '/statistics', nav: good.nav, Component })), { id: 'statistics' });
    expect(check.ok).toBe(true);
    expect(check.ok && check.remote.Component).toBe(Component);
  });

  it('accepts a mount-style remote and a module the bundler flattened', () => {
    const mount = () => () => undefined;
    expect(checkRemoteModule({ ...good, Component: undefined, mount }, { id: 'statistics' }).ok).toBe(true);
  });

  it('accepts a memo or lazy component (an object React knows)', () => {
    expect(checkRemoteModule(moduleOf({ ...good, Component: { $$typeof: Symbol.for('react.memo'), type: Component } }), { id: 'statistics' }).ok).toBe(true);
  });

  it('refuses another contract version, naming both', () => {
    expect(refusal(moduleOf({ ...good, contractVersion: 2 }))).toMatch(/contractVersion: is 2; this shell speaks contract version 1/);
  });

  it('refuses a definition without a contract version', () => {
    const { contractVersion: _ignored, ...rest } = good;
    expect(refusal(moduleOf(rest))).toMatch(/contractVersion/);
  });

  it('refuses a remote whose id is not the one the manifest registered', () => {
    expect(refusal(moduleOf({ ...good, id: 'news' }))).toMatch(/calls itself "news" but the manifest registered it as "statistics"/);
  });

  it('refuses a remote with neither a component nor a mount function', () => {
    expect(refusal(moduleOf({ ...good, Component: undefined }))).toMatch(/neither a Component nor a mount function/);
  });

  it('refuses a remote with both', () => {
    expect(refusal(moduleOf({ ...good, mount: () => () => undefined }))).toMatch(/both a Component and a mount function/);
  });

  it('refuses a Component that is not a component and a mount that is not a function', () => {
    expect(refusal(moduleOf({ ...good, Component: 'StatisticsApp' }))).toMatch(/Component: is not a React component/);
    expect(refusal(moduleOf({ ...good, Component: undefined, mount: {} }))).toMatch(/mount: is not a function/);
  });

  it('refuses a missing or empty navigation label', () => {
    expect(refusal(moduleOf({ ...good, nav: { vi: ' ', en: 'Statistics' } }))).toMatch(/nav.vi: the Vietnamese label is empty/);
    expect(refusal(moduleOf({ ...good, nav: { vi: 'Thống kê' } }))).toMatch(/nav.en/);
  });

  it('refuses a route base that is not a path, and one the manifest does not route there', () => {
    expect(refusal(moduleOf({ ...good, routeBase: 'statistics/' }))).toMatch(/routeBase: must be a path/);
    expect(refusal(moduleOf(good), { id: 'statistics', routeBase: '/so-lieu' })).toMatch(
      /declares "\/statistics" but the manifest routes it at "\/so-lieu"/,
    );
  });

  it('refuses a module that exposes nothing usable, naming the remote', () => {
    expect(refusal(null)).toBe('remote "statistics" exposes null, not a remote definition');
    expect(refusal(() => null)).toMatch(/exposes function/);
    expect(refusal({ default: Component })).toMatch(/^remote "statistics": /);
  });

  it('lists every reason at once', () => {
    const reasons = refusal(moduleOf({ contractVersion: 0, id: 'news', routeBase: '/', nav: {} })).split('\n');
    expect(reasons.length).toBeGreaterThanOrEqual(5);
    expect(reasons.every((reason) => reason.startsWith('remote "statistics": '))).toBe(true);
  });
});
