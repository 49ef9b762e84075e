/**
 * The pages of the Statistics remote below its route base, and their addresses. Everything a
 * reader chooses (period, field, indicator, award filters) lives in the query, so a page can be
 * shared by link; the Vietnamese parameter names are those a Vietnamese reader sees.
 */
export const STATISTICS_BASE = '/thong-ke';

export type StatisticsPage = 'dashboard' | 'charts' | 'districts' | 'awards' | 'editor' | 'not-found';

/** The path of each page below the route base. */
export const pagePaths: Readonly<Record<Exclude<StatisticsPage, 'not-found'>, string>> = {
  dashboard: '',
  charts: '/bieu-do',
  districts: '/dia-ban',
  awards: '/khen-thuong',
  editor: '/cap-nhat',
};

/** The query parameters of the pages. */
export const params = {
  period: 'ky',
  field: 'linh-vuc',
  indicator: 'chi-tieu',
  area: 'dia-ban',
  awardKind: 'hinh-thuc',
  awardLevel: 'cap',
} as const;

/** The page a pathname shows; a trailing slash is the same page. */
export function pageOf(pathname: string, base = STATISTICS_BASE): StatisticsPage {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (trimmed !== base && !trimmed.startsWith(`${base}/`)) return 'not-found';
  const rest = trimmed.slice(base.length);
  const found = (Object.entries(pagePaths) as Array<[Exclude<StatisticsPage, 'not-found'>, string]>).find(([, path]) => path === rest);
  return found ? found[0] : 'not-found';
}

/** A page's address with its query (empty values left out), in a stable parameter order. */
export function hrefOf(page: Exclude<StatisticsPage, 'not-found'>, query: Readonly<Record<string, string | null | undefined>> = {}, base = STATISTICS_BASE): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) search.set(name, value);
  const text = search.toString();
  return `${base}${pagePaths[page]}${text ? `?${text}` : ''}`;
}

/** The same address with one parameter set (or removed when empty), the others kept. */
export function withParam(href: string, name: string, value: string | null): string {
  const [path = '', query = ''] = href.split('?', 2);
  const search = new URLSearchParams(query);
  if (value) search.set(name, value);
  else search.delete(name);
  const text = search.toString();
  return `${path}${text ? `?${text}` : ''}`;
}

/** A period code as the URL may give it; anything else is ignored (the latest period is shown). */
export function periodParam(value: string | null): string | null {
  return value && /^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.test(value) ? value : null;
}
