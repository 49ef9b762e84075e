import { createContext, useContext, useSyncExternalStore } from 'react';
import type { HistoryRouter, ShellLocation } from './history-router';

/** The shell's router, for components deep in the page (links, the language switch). */
export const RouterContext = createContext<HistoryRouter | null>(null);

/** The router of the page; throws when the component is outside the shell. */
export function useRouter(): HistoryRouter {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs the shell’s <RouterContext.Provider> above it');
  return router;
}

/** The current location, re-rendering on every change of address. */
export function useLocation(): ShellLocation {
  const router = useRouter();
  return useSyncExternalStore(router.subscribe, router.location, router.location);
}
