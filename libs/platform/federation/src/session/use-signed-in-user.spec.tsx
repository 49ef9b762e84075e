// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalEventBus, type PortalEventBus } from '../events/portal-events';
import { hasRole, useSignedInUser } from './use-signed-in-user';

afterEach(cleanup);

function Who({ events }: { events: PortalEventBus }) {
  const user = useSignedInUser(events);
  return <p>{user === undefined ? 'not known yet' : user === null ? 'citizen' : `${user.displayName} (${user.roles.join(', ')})`}</p>;
}

describe('useSignedInUser', () => {
  it('says nothing until the shell has asked, then follows every sign-in and sign-out', () => {
    const events = createPortalEventBus();
    render(<Who events={events} />);
    expect(screen.getByText('not known yet')).toBeTruthy();
    act(() => events.emit('user.signedOut'));
    expect(screen.getByText('citizen')).toBeTruthy();
    act(() => events.emit('user.signedIn', { displayName: 'Biên tập viên', roles: ['editor'] }));
    expect(screen.getByText('Biên tập viên (editor)')).toBeTruthy();
    act(() => events.emit('user.signedOut'));
    expect(screen.getByText('citizen')).toBeTruthy();
  });

  it('knows a user signed in before the component was shown', () => {
    const events = createPortalEventBus();
    events.emit('user.signedIn', { displayName: 'Thanh tra viên', roles: ['inspector'] });
    render(<Who events={events} />);
    expect(screen.getByText('Thanh tra viên (inspector)')).toBeTruthy();
  });
});

describe('hasRole', () => {
  it('grants a role to its holder and to an admin, never to a citizen', () => {
    expect(hasRole({ displayName: 'A', roles: ['editor'] }, 'editor')).toBe(true);
    expect(hasRole({ displayName: 'A', roles: ['editor'] }, 'inspector')).toBe(false);
    expect(hasRole({ displayName: 'A', roles: ['admin'] }, 'inspector')).toBe(true);
    expect(hasRole(null, 'editor')).toBe(false);
    expect(hasRole(undefined, 'editor')).toBe(false);
  });
});
