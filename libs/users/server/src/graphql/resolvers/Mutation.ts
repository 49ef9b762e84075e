import { DomainError } from '@egov/errors';
import { mutationPayload, recordKey, type RequestContext, requireRole, roles } from '@egov/graphql';
import type { SessionControl, UsersRequestContext } from '../../session-context';
import { sessionNotFound } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { UsersSources } from '../sources';

/** Any signed-in staff member (every role): their own sessions and password. */
const requireSignedIn = (context: RequestContext) => requireRole(context, ...roles);

/** The address a sign-in counts against when the request did not come over HTTP (tests, scripts). */
const NO_ADDRESS = 'local';

export const mutationResolvers = ({ users, sessions }: UsersSources): MutationResolvers<UsersRequestContext> => ({
  sessionCreate: (_, args, context) =>
    mutationPayload(async () => {
      const session: SessionControl | undefined = context.session;
      const { user, token, claims } = await sessions.signIn(args.input, session?.address ?? NO_ADDRESS, session?.userAgent ?? null);
      session?.setCookie(token, claims.expiresAt);
      return { user, token, expiresAt: claims.expiresAt };
    }),
  sessionDelete: (_, __, context) =>
    mutationPayload(async () => {
      const current = context.session?.current ?? null;
      if (current) await sessions.signOut(current);
      context.session?.clearCookie();
      return { signedOut: current !== null };
    }),
  userCreate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'admin');
      return { user: await users.create(args.input, { actor }) };
    }),
  userRolesSet: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'admin');
      return { user: await users.setRoles(recordKey(args.input.id, 'User', 'user'), args.input.version, args.input.roles, { actor }) };
    }),
  userDisable: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'admin');
      return { user: await users.setDisabled(recordKey(args.input.id, 'User', 'user'), args.input.version, true, { actor }) };
    }),
  userEnable: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'admin');
      return { user: await users.setDisabled(recordKey(args.input.id, 'User', 'user'), args.input.version, false, { actor }) };
    }),
  userPasswordReset: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'admin');
      const { user, code, expiresAt } = await users.resetPassword(recordKey(args.input.id, 'User', 'user'), args.input.version, { actor });
      return { user, code, codeExpiresAt: expiresAt };
    }),
  passwordResetComplete: (_, args) =>
    mutationPayload(async () => ({ user: await users.completePasswordReset(args.input) })),
  viewerPasswordChange: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireSignedIn(context);
      const current = await users.get(actor);
      if (!current) throw new DomainError('FORBIDDEN', 'Sign in to do this.');
      const user = await users.changePassword(actor, current.version, args.input, { actor });
      // Every session ended with the change, this one too: the browser forgets its cookie.
      context.session?.clearCookie();
      return { user };
    }),
  sessionEnd: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireSignedIn(context);
      const id = recordKey(args.input.id, 'Session', 'session');
      if (!(await users.sessions.end(actor, id, actor))) throw sessionNotFound();
      if (context.session?.current?.sessionId === id) context.session.clearCookie();
      return { endedSessionId: args.input.id };
    }),
  sessionEndOthers: (_, __, context) =>
    mutationPayload(async () => {
      const actor = requireSignedIn(context);
      const current = context.session?.current;
      if (!current) throw new DomainError('FORBIDDEN', 'Only a session signed in over HTTP can end the others.');
      return { endedCount: await users.sessions.endOthers(actor, current.sessionId, actor) };
    }),
});
