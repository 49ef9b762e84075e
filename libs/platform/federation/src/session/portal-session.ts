import type { ApolloClient } from '@apollo/client';
import { SESSION_CREATE_MUTATION, SESSION_DELETE_MUTATION, VIEWER_QUERY, type UserErrorFields, type ViewerFields } from '@egov/client-operations';
import type { PortalEventBus, SignedInUser } from '../events/portal-events';

/** The answer to a sign-in: the user, or why not (the gateway never says which of email or password was wrong). */
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; errors: UserErrorFields[] };

/** Signs staff in and out through the gateway and tells every remote on the event bus. */
export interface PortalSession {
  /** Asks the gateway who the session cookie belongs to, and announces it (at start, and after a reload). */
  refresh(): Promise<SignedInUser | null>;
  signIn(credentials: { email: string; password: string }): Promise<SignInResult>;
  signOut(): Promise<void>;
}

const toSignedInUser = (viewer: ViewerFields): SignedInUser => ({
  displayName: viewer.displayName,
  roles: viewer.roles.map((role) => role.toLowerCase()),
});

/**
 * The session of the page: the shell makes one; a remote run on its own makes its own. What a
 * signed-in user may see differs from what a citizen sees, so the shared cache is emptied on every
 * change of user.
 */
export function createPortalSession(client: ApolloClient, events: PortalEventBus): PortalSession {
  const announce = (viewer: ViewerFields | null): SignedInUser | null => {
    if (!viewer) {
      events.emit('user.signedOut', undefined);
      return null;
    }
    const user = toSignedInUser(viewer);
    events.emit('user.signedIn', user);
    return user;
  };

  return {
    async refresh() {
      const { data } = await client.query({ query: VIEWER_QUERY, fetchPolicy: 'network-only' });
      return announce(data?.viewer ?? null);
    },
    async signIn(credentials) {
      const { data } = await client.mutate({ mutation: SESSION_CREATE_MUTATION, variables: { input: credentials } });
      const payload = data?.sessionCreate;
      if (!payload?.user) return { ok: false, errors: payload?.userErrors ?? [] };
      await client.clearStore();
      return { ok: true, user: announce(payload.user) as SignedInUser };
    },
    async signOut() {
      await client.mutate({ mutation: SESSION_DELETE_MUTATION });
      await client.clearStore();
      announce(null);
    },
  };
}
