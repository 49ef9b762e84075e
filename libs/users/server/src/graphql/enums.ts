import { userRoles } from '@egov/users-model';

/** The schema's enum values, each mapped to the model's value it stands for. */
export const usersEnums = {
  /** GraphQL's ADMIN ↔ the model's admin, for every role. */
  Role: Object.fromEntries(userRoles.map((role) => [role.toUpperCase(), role])),
};
