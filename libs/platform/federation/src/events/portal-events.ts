import { map, merge, type Observable } from 'rxjs';
import { createEventBus, type EventBus } from './event-bus';

/** A language of the portal: Vietnamese (the default) or English. */
export type PortalLanguage = 'vi' | 'en';

/** Who is signed in, as remotes may show it. */
export interface SignedInUser {
  /** The name to greet the user with. */
  displayName: string;
  /** The user's roles (`admin`, `editor`, `statistician`, `licensing_officer`, `inspector`). */
  roles: readonly string[];
}

/** What the portal's remotes tell each other, by event type. */
// A type alias, not an interface: only an alias fits `EventMap`'s index signature.
export type PortalEvents = {
  /** A district (huyện / thành phố) was chosen, e.g. on the statistics map: its GSO code and name. */
  'district.selected': { code: string; name: string };
  /** The reader switched the language. */
  'language.changed': { language: PortalLanguage };
  /** A user signed in (or the shell found a session at start). */
  'user.signedIn': SignedInUser;
  /** The user signed out (or the shell found no session at start). */
  'user.signedOut': undefined;
};

/** The event bus the shell hands to every remote. */
export type PortalEventBus = EventBus<PortalEvents>;

/**
 * Makes the portal's event bus: the shell makes one and passes it in every remote's services; a
 * remote run on its own makes its own. A sign-in forgets the last sign-out and the reverse.
 */
export function createPortalEventBus(): PortalEventBus {
  return createEventBus<PortalEvents>({
    forgets: { 'user.signedIn': ['user.signedOut'], 'user.signedOut': ['user.signedIn'] },
  });
}

/**
 * The signed-in user (or `null` once signed out) now and on every change; nothing until the shell
 * has said either.
 */
export function currentUser(bus: PortalEventBus): Observable<SignedInUser | null> {
  return merge(bus.latest('user.signedIn'), bus.latest('user.signedOut').pipe(map(() => null)));
}
