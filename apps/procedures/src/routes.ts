/**
 * The remote's pages below its route base, from the address's path alone: pure, so the shell's
 * router, links and tests agree on every address.
 */
export const ROUTE_BASE = '/thu-tuc';

/** Path segments the remote keeps for its own pages; a procedure code is never one of them. */
const LOOKUP = 'tra-cuu-ho-so';
const LICENCES = 'giay-phep';
const OFFICER = 'can-bo';
const DOSSIER = 'ho-so';

export type Route =
  | { kind: 'catalogue' }
  | { kind: 'procedure'; code: string }
  | { kind: 'lookup' }
  | { kind: 'licences' }
  | { kind: 'officer-dossiers' }
  | { kind: 'officer-dossier'; code: string }
  | { kind: 'officer-licences' }
  | { kind: 'not-found' };

/** Officers' pages: lazy-loaded, shown to licensing officers only. */
export const isOfficerRoute = (route: Route): boolean => route.kind.startsWith('officer-');

const PROCEDURE_CODE = /^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$/;
const DOSSIER_CODE = /^LSN-\d{6}-\d{4}$/;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The page an address shows: `/thu-tuc/LSN-TTTT-01` is a procedure, `/thu-tuc/tra-cuu-ho-so` the lookup. */
export function matchRoute(pathname: string, base: string = ROUTE_BASE): Route {
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed === base) return { kind: 'catalogue' };
  if (!trimmed.startsWith(`${base}/`)) return { kind: 'not-found' };
  const segments = trimmed.slice(base.length + 1).split('/').map(decoded);
  if (segments.some((segment) => segment === null || segment === '')) return { kind: 'not-found' };
  const [first, second, third, ...rest] = segments as string[];
  if (rest.length > 0) return { kind: 'not-found' };
  if (first === LOOKUP && second === undefined) return { kind: 'lookup' };
  if (first === LICENCES && second === undefined) return { kind: 'licences' };
  if (first === OFFICER) {
    if (second === undefined) return { kind: 'officer-dossiers' };
    if (second === LICENCES && third === undefined) return { kind: 'officer-licences' };
    if (second === DOSSIER && third !== undefined && DOSSIER_CODE.test(third)) return { kind: 'officer-dossier', code: third };
    return { kind: 'not-found' };
  }
  if (first !== undefined && second === undefined && PROCEDURE_CODE.test(first)) return { kind: 'procedure', code: first };
  return { kind: 'not-found' };
}

/** The addresses of the remote's pages (without the query; add it with the page's own helpers). */
export const paths = {
  catalogue: ROUTE_BASE,
  procedure: (code: string) => `${ROUTE_BASE}/${encodeURIComponent(code)}`,
  lookup: (code?: string) => `${ROUTE_BASE}/${LOOKUP}${code ? `?ma=${encodeURIComponent(code)}` : ''}`,
  licences: `${ROUTE_BASE}/${LICENCES}`,
  officerDossiers: `${ROUTE_BASE}/${OFFICER}`,
  officerDossier: (code: string) => `${ROUTE_BASE}/${OFFICER}/${DOSSIER}/${encodeURIComponent(code)}`,
  officerLicences: `${ROUTE_BASE}/${OFFICER}/${LICENCES}`,
} as const;
