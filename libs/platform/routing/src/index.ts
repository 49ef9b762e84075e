/**
 * One router on the History API for the whole page: the shell makes it and hands it to every
 * remote (`RemoteServices.router`), so a remote's links and forms move the same address bar the
 * shell routes on. A remote run on its own makes its own.
 */
export { createFixedRouter, createHistoryRouter, isPlainLeftClick, type HistoryRouter, type HistoryWindow, type RouterLocation } from './history-router';
export { followInternalLinks } from './link-interception';
export { RouterProvider, useLocation, useRouter, useSearchParam } from './router-context';
export { createPageHeadRegistry, PageHeadProvider, usePageHead, type PageHead, type PageHeadRegistry } from './page-head';
