/**
 * The pages of the Inspections remote below its route base (/thanh-tra): the public register, and
 * the inspector's pages under /thanh-tra/nghiep-vu (loaded only for inspectors).
 */
export type InspectionsRoute =
  | { page: 'register' }
  | { page: 'staff-home' }
  | { page: 'record-inspection' }
  | { page: 'conclude' }
  | { page: 'record-decision' }
  | { page: 'enforcement' }
  | { page: 'not-found' };

export type StaffPage = Exclude<InspectionsRoute['page'], 'register' | 'not-found'>;

/** The path of each page below the route base. */
export const pagePaths: Readonly<Record<Exclude<InspectionsRoute['page'], 'not-found'>, string>> = {
  register: '',
  'staff-home': '/nghiep-vu',
  'record-inspection': '/nghiep-vu/cuoc-thanh-tra-moi',
  conclude: '/nghiep-vu/ket-luan',
  'record-decision': '/nghiep-vu/quyet-dinh-moi',
  enforcement: '/nghiep-vu/thi-hanh',
};

const byPath = new Map(Object.entries(pagePaths).map(([page, path]) => [path, page as Exclude<InspectionsRoute['page'], 'not-found'>]));

/** The page an address shows; a trailing slash is ignored, anything unknown is not found. */
export function routeOf(pathname: string, routeBase: string): InspectionsRoute {
  if (pathname !== routeBase && !pathname.startsWith(`${routeBase}/`)) return { page: 'not-found' };
  const rest = pathname.slice(routeBase.length).replace(/\/+$/, '');
  const page = byPath.get(rest);
  return page ? { page } : { page: 'not-found' };
}

/** Whether a page is one of the inspector's (lazy-loaded, shown to inspectors only). */
export const isStaffPage = (route: InspectionsRoute): route is { page: StaffPage } => route.page !== 'register' && route.page !== 'not-found';

/** The address of a page, with its query (`{ cuoc: id }`); empty values are left out. */
export function pageHref(routeBase: string, page: Exclude<InspectionsRoute['page'], 'not-found'>, query: Record<string, string | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return `${routeBase}${pagePaths[page]}${search ? `?${search}` : ''}`;
}
