import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { HistoryRouter, RouterLocation } from './history-router';

const RouterContext = createContext<HistoryRouter | null>(null);

/** Hands the page's router to the components below (the shell's, or a remote's own when it runs alone). */
export function RouterProvider({ router, children }: { router: HistoryRouter; children: ReactNode }) {
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The router of the page; throws when no {@link RouterProvider} is above. */
export function useRouter(): HistoryRouter {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a <RouterProvider> above it');
  return router;
}

/** The current location, re-rendering on every change of address. */
export function useLocation(): RouterLocation {
  const router = useRouter();
  return useSyncExternalStore(router.subscribe, router.location, router.location);
}

/** One parameter of the address's query (`?trang=2`), or `null`: state a reader can share by link. */
export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}
