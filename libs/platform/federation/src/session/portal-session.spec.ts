import { createPortalClient, graphqlRequestOf } from '@egov/client';
import { describe, expect, it } from 'vitest';
import { createPortalEventBus } from '../events/portal-events';
import { createPortalSession } from './portal-session';

const editor = { __typename: 'User', id: 'VXNlcjox', email: 'bientap@langson.gov.vn', displayName: 'Biên tập viên', roles: ['EDITOR'] };

/** A gateway that answers each operation by name, and counts what it was asked. */
function fakeGateway(answers: Record<string, unknown>) {
  const asked: string[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName } = graphqlRequestOf(url, init);
    asked.push(operationName);
    return new Response(JSON.stringify({ data: answers[operationName] }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

describe('createPortalSession', () => {
  it('announces a citizen when the gateway knows no session', async () => {
    const gateway = fakeGateway({ Viewer: { viewer: null } });
    const events = createPortalEventBus();
    expect(await createPortalSession(createPortalClient({ fetch: gateway.fetch }), events).refresh()).toBeNull();
    expect(events.has('user.signedOut')).toBe(true);
    expect(events.last('user.signedIn')).toBeUndefined();
  });

  it('announces the signed-in officer with the roles remotes check, and forgets what a citizen was shown', async () => {
    const gateway = fakeGateway({
      Viewer: { viewer: null },
      SessionCreate: { sessionCreate: { __typename: 'SessionCreatePayload', user: editor, userErrors: [] } },
    });
    const client = createPortalClient({ fetch: gateway.fetch });
    const events = createPortalEventBus();
    const session = createPortalSession(client, events);
    await session.refresh();
    expect(client.extract()).not.toEqual({});

    const result = await session.signIn({ email: editor.email, password: 'một mật khẩu dài' });
    expect(result).toEqual({ ok: true, user: { displayName: 'Biên tập viên', roles: ['editor'] } });
    expect(events.last('user.signedIn')).toEqual({ displayName: 'Biên tập viên', roles: ['editor'] });
    expect(client.extract()).toEqual({});
  });

  it('returns the refusal and announces nobody on a wrong password', async () => {
    const refusal = { __typename: 'UserError', field: ['input'], message: 'Sai thư điện tử hoặc mật khẩu', code: 'VALIDATION' };
    const gateway = fakeGateway({ SessionCreate: { sessionCreate: { __typename: 'SessionCreatePayload', user: null, userErrors: [refusal] } } });
    const events = createPortalEventBus();
    const result = await createPortalSession(createPortalClient({ fetch: gateway.fetch }), events).signIn({ email: 'x@y.vn', password: 'sai' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual(['Sai thư điện tử hoặc mật khẩu']);
    expect(events.has('user.signedIn')).toBe(false);
  });

  it('signs out on the gateway, then announces it', async () => {
    const gateway = fakeGateway({ SessionDelete: { sessionDelete: { __typename: 'SessionDeletePayload', signedOut: true, userErrors: [] } } });
    const events = createPortalEventBus();
    events.emit('user.signedIn', { displayName: 'Biên tập viên', roles: ['editor'] });
    await createPortalSession(createPortalClient({ fetch: gateway.fetch }), events).signOut();
    expect(gateway.asked).toEqual(['SessionDelete']);
    expect(events.last('user.signedIn')).toBeUndefined();
    expect(events.has('user.signedOut')).toBe(true);
  });
});
