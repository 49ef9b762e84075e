import type { UsersRequestContext } from '../../session-context';
import type { StaffSession } from '../../sessions-repository';

export const sessionResolvers = {
  current: (session: StaffSession, _: unknown, context: UsersRequestContext) => context.session?.current?.sessionId === session.id,
};
