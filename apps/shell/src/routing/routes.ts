import type { RemoteManifestEntry } from '@egov/remote-manifest';

/** What the shell shows for an address: its home page, a remote's area, or "not found". */
export type Route =
  | { kind: 'home' }
  | { kind: 'remote'; remote: RemoteManifestEntry; /** The path below the remote's route base (`/2020/h1`, or `/`). */ rest: string }
  | { kind: 'sign-in' }
  | { kind: 'account'; page: 'own-account' | 'staff-accounts' | 'password-reset' }
  | { kind: 'not-found' };

/** The shell's staff sign-in page. */
export const SIGN_IN_PATH = '/dang-nhap';

/** A staff member's own account: password and sessions. */
export const OWN_ACCOUNT_PATH = '/tai-khoan';
/** The admins' page of staff accounts. */
export const STAFF_ACCOUNTS_PATH = '/quan-tri/tai-khoan';
/** Setting a new password with a reset code. */
export const PASSWORD_RESET_PATH = '/dat-lai-mat-khau';

const accountPages = {
  [OWN_ACCOUNT_PATH]: 'own-account',
  [STAFF_ACCOUNTS_PATH]: 'staff-accounts',
  [PASSWORD_RESET_PATH]: 'password-reset',
} as const;

/** The sign-in page, coming back to `next` (a path of the portal) once signed in. */
export function signInHref(next: string): string {
  return `${SIGN_IN_PATH}?tiep=${encodeURIComponent(next)}`;
}

/**
 * Where to go after signing in: the `tiep` parameter when it is a path of this portal, else home.
 * Never another site (`//evil.example`, `https://…`): a sign-in link must not send staff away.
 */
export function afterSignIn(search: string): string {
  const next = new URLSearchParams(search).get('tiep') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** `/statistics/` and `/statistics` are one page; `//` never names anything. */
function normalisePath(pathname: string): string {
  const collapsed = pathname.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : '/';
}

/**
 * The route of a path: `/` is home; a path at or below a remote's route base is that remote's
 * (whole segments only: `/newsletter` is not `/news`); anything else is not found. The manifest's
 * schema guarantees no two route bases overlap, so at most one remote matches.
 */
export function matchRoute(pathname: string, remotes: readonly RemoteManifestEntry[]): Route {
  const path = normalisePath(pathname);
  if (path === '/') return { kind: 'home' };
  if (path === SIGN_IN_PATH) return { kind: 'sign-in' };
  if (path in accountPages) return { kind: 'account', page: accountPages[path as keyof typeof accountPages] };
  for (const remote of remotes) {
    if (path === remote.routeBase) return { kind: 'remote', remote, rest: '/' };
    if (path.startsWith(`${remote.routeBase}/`)) return { kind: 'remote', remote, rest: path.slice(remote.routeBase.length) };
  }
  return { kind: 'not-found' };
}

/** Whether the shell routes this path itself (home or a remote), rather than the browser loading it (`/open-data`). */
export function isShellRoute(pathname: string, remotes: readonly RemoteManifestEntry[]): boolean {
  return matchRoute(pathname, remotes).kind !== 'not-found';
}
