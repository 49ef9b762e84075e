/**
 * The News remote's addresses, below its route base (`/tin-tuc`): what a path means, and the path
 * of each page. Pure, so the routing is tested without a browser.
 *
 * - `/tin-tuc` the list of published articles; `?trang=2` a page, `?tim=hoi+nghi` a search
 * - `/tin-tuc/<slug>` an article
 * - `/tin-tuc/bien-tap` the editors' desk (drafts, scheduled, withdrawn); `/bien-tap/soan-tin` a new
 *   draft; `/bien-tap/<slug>` the edit form of an article
 */
import { MAX_QUERY_LENGTH } from '@egov/text';

/** Articles per page of the list and of search results. */
export const PAGE_SIZE = 20;

/** The query parameters the list keeps in the address. */
export const PAGE_PARAM = 'trang';
export const QUERY_PARAM = 'tim';

/** The segment of the editors' pages; an article can never be opened at it (its slug would be "bien-tap"). */
export const DESK_SEGMENT = 'bien-tap';
export const NEW_SEGMENT = 'soan-tin';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type NewsRoute =
  | { page: 'list' }
  | { page: 'article'; slug: string }
  | { page: 'desk' }
  | { page: 'new' }
  | { page: 'edit'; slug: string }
  | { page: 'notFound' };

/** What a path means, given the remote's route base; anything else below the base is "not found". */
export function parseRoute(pathname: string, base: string): NewsRoute {
  const root = base.replace(/\/+$/, '');
  if (pathname !== root && !pathname.startsWith(`${root}/`)) return { page: 'notFound' };
  const parts = pathname
    .slice(root.length)
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '\u0000';
      }
    });
  const [first, second, ...rest] = parts;
  if (first === undefined) return { page: 'list' };
  if (first === DESK_SEGMENT) {
    if (second === undefined) return { page: 'desk' };
    if (rest.length > 0) return { page: 'notFound' };
    if (second === NEW_SEGMENT) return { page: 'new' };
    return SLUG.test(second) ? { page: 'edit', slug: second } : { page: 'notFound' };
  }
  if (second !== undefined || !SLUG.test(first)) return { page: 'notFound' };
  return { page: 'article', slug: first };
}

/** What the list shows: a page number from 1 and a search (empty for none). */
export interface ListState {
  page: number;
  query: string;
}

/** Reads the list's state from the address's query; a page that is not a whole number ≥ 1 is page 1. */
export function readListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const raw = params.get(PAGE_PARAM) ?? '';
  const page = /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  const query = (params.get(QUERY_PARAM) ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  return { page, query };
}

/** The offset of a page of {@link PAGE_SIZE} articles. */
export const pageOffset = (page: number) => (page - 1) * PAGE_SIZE;

/** How many pages `total` articles fill (at least 1). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** The paths of the remote's pages, below `base`. Page 1 and an empty search are left out of the address. */
export function newsPaths(base: string) {
  const root = base.replace(/\/+$/, '');
  return {
    list({ page = 1, query = '' }: Partial<ListState> = {}): string {
      const params = new URLSearchParams();
      if (query.trim()) params.set(QUERY_PARAM, query.trim());
      if (page > 1) params.set(PAGE_PARAM, String(page));
      const search = params.toString();
      return search ? `${root}?${search}` : root;
    },
    article: (slug: string) => `${root}/${encodeURIComponent(slug)}`,
    desk: () => `${root}/${DESK_SEGMENT}`,
    create: () => `${root}/${DESK_SEGMENT}/${NEW_SEGMENT}`,
    edit: (slug: string) => `${root}/${DESK_SEGMENT}/${encodeURIComponent(slug)}`,
  };
}

export type NewsPaths = ReturnType<typeof newsPaths>;

/** The statistics remote's dashboard of a period (it reads the period from `ky`). */
export const STATISTICS_BASE = '/thong-ke';
export const statisticsDashboardPath = (period: string) => `${STATISTICS_BASE}?ky=${encodeURIComponent(period)}`;

/** The Atom feed the gateway serves. */
export const NEWS_FEED_PATH = '/feeds/news.atom';
