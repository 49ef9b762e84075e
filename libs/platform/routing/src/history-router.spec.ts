// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryRouter, isPlainLeftClick } from './history-router';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('createHistoryRouter', () => {
  it('navigates with the History API and tells its listeners', () => {
    const router = createHistoryRouter();
    const listener = vi.fn();
    router.subscribe(listener);
    const length = window.history.length;
    router.navigate('/news?lang=en');
    expect(window.location.pathname).toBe('/news');
    expect(router.location()).toMatchObject({ pathname: '/news', search: '?lang=en', href: '/news?lang=en' });
    expect(window.history.length).toBe(length + 1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('replaces the entry when asked (the language switch does not add a Back step)', () => {
    const router = createHistoryRouter();
    const length = window.history.length;
    router.navigate('/?lang=vi', { replace: true });
    expect(window.history.length).toBe(length);
    expect(router.location().search).toBe('?lang=vi');
  });

  it('keeps the same location object until the address changes', () => {
    const router = createHistoryRouter();
    const first = router.location();
    expect(router.location()).toBe(first);
    router.navigate('/statistics');
    expect(router.location()).not.toBe(first);
  });

  it('follows Back and Forward (popstate) and stops listening once unsubscribed', () => {
    const router = createHistoryRouter();
    const listener = vi.fn();
    const unsubscribe = router.subscribe(listener);
    window.history.pushState(null, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(router.location().pathname).toBe('/elsewhere');
    unsubscribe();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does nothing when asked to go where it already is', () => {
    const router = createHistoryRouter();
    const listener = vi.fn();
    router.subscribe(listener);
    router.navigate(router.location().href);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('isPlainLeftClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
  it('leaves a new-tab click, a middle click or a handled click to the browser', () => {
    expect(isPlainLeftClick(click)).toBe(true);
    expect(isPlainLeftClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, button: 1 })).toBe(false);
    expect(isPlainLeftClick({ ...click, defaultPrevented: true })).toBe(false);
  });
});
