import { useCallback, useSyncExternalStore } from 'react';
import type { PortalEventBus, SignedInUser } from '../events/portal-events';
import { currentUser } from '../events/portal-events';

/**
 * The signed-in user (`null` for a citizen, `undefined` until the shell has asked the gateway), so
 * a remote shows its staff tools with `useSignedInUser(events)?.roles.includes('editor')`.
 */
export function useSignedInUser(events: PortalEventBus): SignedInUser | null | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = currentUser(events).subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [events],
  );
  const read = useCallback(() => {
    const signedIn = events.last('user.signedIn');
    if (signedIn) return signedIn;
    return events.has('user.signedOut') ? null : undefined;
  }, [events]);
  return useSyncExternalStore(subscribe, read, read);
}

/** Whether the user holds `role` (an admin holds every role). */
export function hasRole(user: SignedInUser | null | undefined, role: string): boolean {
  return !!user && (user.roles.includes(role) || user.roles.includes('admin'));
}
