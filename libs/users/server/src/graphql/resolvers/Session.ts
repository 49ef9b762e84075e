import type { UsersRequestContext } from '../../session-context';
import type { SessionResolvers } from '../schema-types.generated';

export const sessionResolvers: SessionResolvers<UsersRequestContext> = {
  current: (session, _, context) => context.session?.current?.sessionId === session.id,
};
