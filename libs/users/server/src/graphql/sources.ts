import type { SessionService } from '../sessions';
import type { UsersRepository } from '../users-repository';

/** What the users' resolvers read and call: the accounts (with their sessions) and the sign-in service. */
export interface UsersSources {
  users: UsersRepository;
  sessions: SessionService;
}
