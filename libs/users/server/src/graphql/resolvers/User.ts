import { GraphQLError } from 'graphql';
import { maySee } from '../access';
import type { UserResolvers } from '../schema-types.generated';
import type { UsersSources } from '../sources';

/** Audit entries shown per account at most. */
const MAX_AUDIT_ENTRIES = 100;

export const userResolvers = ({ users }: UsersSources): UserResolvers => ({
  auditLog: (user, args, context) => {
    if (!maySee(context, user.id)) throw new GraphQLError('Only admins and the account itself see its audit log.', { extensions: { code: 'FORBIDDEN' } });
    const first = args.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_ENTRIES) {
      throw new GraphQLError(`first must be between 1 and ${MAX_AUDIT_ENTRIES}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return users.auditLog(user.id, first);
  },
});
