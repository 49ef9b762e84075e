import { defineLoader } from '@egov/graphql';
import type { User } from '@egov/users-model';
import type { UsersRepository } from '../users-repository';

/** The request's loader of users by id. */
export const userLoader = defineLoader<string, User | null, UsersRepository>('user', (ids, users) => users.getMany(ids));
