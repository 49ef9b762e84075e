import type { UserRole } from '@egov/users-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const usersEnums = {
  /** GraphQL's ADMIN ↔ the model's admin, for every role: the model's (`UserRole`) and the schema's are both checked. */
  Role: {
    ADMIN: 'admin',
    EDITOR: 'editor',
    STATISTICIAN: 'statistician',
    LICENSING_OFFICER: 'licensing_officer',
    INSPECTOR: 'inspector',
  } satisfies { [R in UserRole as Uppercase<R>]: R },
} as const satisfies Pick<Resolvers, 'Role'>;
