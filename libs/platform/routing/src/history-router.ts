/** Where the reader is: the parts of the address a router routes on. */
export interface RouterLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  /** `pathname + search + hash`. */
  readonly href: string;
}

/** A router on the History API: the address bar is the state, no library needed. */
export interface HistoryRouter {
  /** The current location; the same object until the address changes (for useSyncExternalStore). */
  location(): RouterLocation;
  /** Goes to a path of the portal (`/statistics?lang=en`), adding a history entry unless `replace`. */
  navigate(to: string, options?: { replace?: boolean }): void;
  /** Calls `listener` after every change of address, ours or the browser's (back, forward). */
  subscribe(listener: () => void): () => void;
}

/** The parts of `window` the router uses, so a test can hand it a fake. */
export interface HistoryWindow {
  location: { pathname: string; search: string; hash: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void; state: unknown };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Makes a router over a window's history (the page's own by default). */
export function createHistoryRouter(win: HistoryWindow = window): HistoryRouter {
  const listeners = new Set<() => void>();
  let current: RouterLocation | undefined;

  const read = (): RouterLocation => {
    const { pathname, search, hash } = win.location;
    const href = `${pathname}${search}${hash}`;
    if (current?.href !== href) current = { pathname, search, hash, href };
    return current;
  };
  const notify = () => {
    read();
    for (const listener of [...listeners]) listener();
  };

  return {
    location: read,
    navigate(to, options = {}) {
      if (to === read().href) return;
      if (options.replace) win.history.replaceState(win.history.state, '', to);
      else win.history.pushState(null, '', to);
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0) win.addEventListener('popstate', notify);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', notify);
      };
    },
  };
}

/** Whether a click on a link should be left to the browser: a new tab, a download, another site. */
export function isPlainLeftClick(event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean }): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.defaultPrevented;
}

/** Does nothing: where a fixed router would change or listen to the address. */
const nothing = () => undefined;

/** A router that stays at one address (`/tin-tuc?trang=2`): a server render never navigates. */
export function createFixedRouter(url: string): HistoryRouter {
  const parsed = new URL(url, 'http://portal.invalid');
  return createHistoryRouter({
    location: { pathname: parsed.pathname, search: parsed.search, hash: '' },
    history: { pushState: nothing, replaceState: nothing, state: null },
    addEventListener: nothing,
    removeEventListener: nothing,
  });
}
