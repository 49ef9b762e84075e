import { enumOf } from '@egov/graphql';
import { userRoles } from '@egov/users-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const usersEnums = {
  Role: enumOf(userRoles),
} satisfies Pick<Resolvers, 'Role'>;
