import type { Role } from '@egov/graphql';
import type { UserRole } from '@egov/users-model';

/** True when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * The model repeats the role list of `@egov/graphql` (a model may not import the GraphQL
 * platform). This fails to compile the day the two lists differ; a test checks the order too.
 */
export const ROLES_MATCH: Same<Role, UserRole> = true;
