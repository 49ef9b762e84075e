import { describe, expect, it } from 'vitest';
import { createPortalEventBus, currentUser, type SignedInUser } from './portal-events';

const lan: SignedInUser = { displayName: 'Nguyễn Thị Lan', roles: ['editor'] };

describe('the portal event bus', () => {
  it('gives a remote opened later the language chosen before it', () => {
    const bus = createPortalEventBus();
    bus.emit('language.changed', { language: 'en' });
    const seen: string[] = [];
    bus.latest('language.changed').subscribe(({ language }) => seen.push(language));
    expect(seen).toEqual(['en']);
  });

  it('does not tell a remote opened after sign-out about the user who left', () => {
    const bus = createPortalEventBus();
    bus.emit('user.signedIn', lan);
    bus.emit('user.signedOut');
    expect(bus.last('user.signedIn')).toBeUndefined();
    bus.emit('user.signedIn', lan);
    expect(bus.last('user.signedOut')).toBeUndefined();
  });

  it('currentUser follows sign-in and sign-out, starting from what is known', () => {
    const bus = createPortalEventBus();
    bus.emit('user.signedIn', lan);
    const seen: Array<SignedInUser | null> = [];
    currentUser(bus).subscribe((user) => seen.push(user));
    bus.emit('user.signedOut');
    bus.emit('user.signedIn', { displayName: 'Admin', roles: ['admin'] });
    expect(seen).toEqual([lan, null, { displayName: 'Admin', roles: ['admin'] }]);
  });

  it('currentUser says nothing until the shell has said who is there', () => {
    const seen: unknown[] = [];
    currentUser(createPortalEventBus()).subscribe((user) => seen.push(user));
    expect(seen).toEqual([]);
  });
});
