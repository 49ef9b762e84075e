import { keysetRows, keysetSql, recordAudit, type AuditContext, type Executor, type KeysetColumn, type KeysetRange, type Queryable } from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  passwordChangeSchema,
  passwordContainsEmailName,
  signInSchema,
  userCreateSchema,
  userRoles,
  userRolesSchema,
  type PasswordChangeInput,
  type SignInInput,
  type User,
  type UserCreateInput,
  type UserRole,
} from '@egov/users-model';
import { z } from 'zod';
import { hashPassword, verifyAgainstNobody, verifyPassword } from './password-hashing';

interface UserRow extends Record<string, unknown> {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: unknown;
  disabled: boolean;
  password_changed_at: Date;
  version: number;
  created_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that can be a user id; anything else names no user (and never reaches SQL as a uuid). */
export const isUserId = (id: string): boolean => UUID.test(id);

/** Accounts by e-mail, which is unique: the index of its unique constraint answers every page. */
export const usersByEmail: KeysetColumn[] = [{ sql: 'email', type: 'text' }];

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  roles: userRoles.filter((role) => Array.isArray(row.roles) && row.roles.includes(role)),
  disabled: row.disabled,
  version: row.version,
  createdAt: row.created_at,
});

/**
 * What the audit log keeps of a user row: everything but the password hash. The log is
 * append-only, so a hash written there could never be removed; a password change shows as its
 * action (`user.password-change`) and the new `password_changed_at`.
 */
function auditedRow(row: UserRow): Record<string, unknown> {
  const { password_hash: _hash, ...rest } = row;
  return rest;
}

/** NOT_FOUND pointing at the `id` the caller gave. */
const userNotFound = (id: string) =>
  new DomainError('NOT_FOUND', `user "${id}" does not exist.`, [{ field: ['id'], message: 'No user has this id.', code: 'NOT_FOUND' }]);

const toParameter = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : value);

/** The one write path of users: the same contract as `updateVersioned`, with the hash kept out of the log. */
async function updateUser(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
  context: AuditContext & { action: string; check?: (before: UserRow) => Promise<void> },
): Promise<UserRow> {
  const [before] = isUserId(id) ? await tx.query<UserRow>('select * from users where id = $1 for update', [id]) : [];
  if (!before) throw userNotFound(id);
  if (before.version !== expectedVersion) throw DomainError.conflict('user', id, expectedVersion, before.version);
  await context.check?.(before);
  const columns = Object.keys(changes);
  const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
  const [after] = await tx.query<UserRow>(
    `update users set ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1 returning *`,
    [id, ...columns.map((column) => toParameter(changes[column]))],
  );
  if (!after) throw userNotFound(id);
  await recordAudit(tx, { actor: context.actor, action: context.action, entityType: 'user', entityId: id, before: auditedRow(before), after: auditedRow(after) });
  return after;
}

const isActiveAdmin = (row: Pick<UserRow, 'roles' | 'disabled'>) => !row.disabled && Array.isArray(row.roles) && row.roles.includes('admin');

/**
 * Refuses a change that would leave no enabled admin, so the portal can always be administered.
 * Locks every admin row first, so two admins demoting each other at once cannot both succeed.
 */
async function keepOneAdmin(tx: Queryable, before: UserRow, after: { roles: readonly string[]; disabled: boolean }, field: string) {
  if (!isActiveAdmin(before) || isActiveAdmin(after)) return;
  const admins = await tx.query<{ id: string }>(
    `select id from users where roles @> '["admin"]'::jsonb and not disabled order by id for update`,
  );
  if (admins.filter((admin) => admin.id !== before.id).length === 0) {
    throw DomainError.invalid(field, 'This is the last enabled admin; make another admin first.');
  }
}

/** Where a session stands: its user (null when unknown) and whether it was signed out. */
export interface SessionState {
  user: User | null;
  /** When the user's password last changed: sessions issued before are void. */
  passwordChangedAt: Date | null;
  revoked: boolean;
}

/** Staff accounts (tài khoản): argon2id password hashes, roles, disabling; every write audited and versioned. */
export function createUsersRepository(db: Executor) {
  const get = async (id: string): Promise<User | null> => {
    if (!isUserId(id)) return null;
    const [row] = await db.query<UserRow>('select * from users where id = $1', [id]);
    return row ? toUser(row) : null;
  };

  return {
    get,

    /** The users of the given ids, in the same order, null for unknown ids (for DataLoader). */
    async getMany(ids: readonly string[]): Promise<(User | null)[]> {
      const valid = ids.filter(isUserId);
      const rows = valid.length ? await db.query<UserRow>('select * from users where id = any($1::uuid[])', [valid]) : [];
      const byId = new Map(rows.map((row) => [row.id, toUser(row)]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    },

    async getByEmail(email: string): Promise<User | null> {
      const [row] = await db.query<UserRow>('select * from users where email = $1', [email.trim().toLowerCase()]);
      return row ? toUser(row) : null;
    },

    /** Every account, by e-mail. */
    async list(): Promise<User[]> {
      return (await db.query<UserRow>('select * from users order by email')).map(toUser);
    },

    /** One page of the accounts in `usersByEmail` order. */
    async page(range: KeysetRange): Promise<{ rows: User[]; more: boolean }> {
      const page = keysetSql(range, usersByEmail, 1);
      const rows = await db.query<UserRow>(`select * from users where ${page.where} order by ${page.orderBy} ${page.limit}`, page.params);
      const { rows: found, more } = keysetRows(rows, range);
      return { rows: found.map(toUser), more };
    },

    /** How many accounts there are. */
    async count(): Promise<number> {
      const [row] = await db.query<{ count: number }>('select count(*)::int as count from users');
      return row?.count ?? 0;
    },

    /** Makes an account; the password is stored only as its argon2id hash. A taken e-mail is DUPLICATE. */
    async create(input: UserCreateInput, context: AuditContext): Promise<User> {
      const user = validate(userCreateSchema, input);
      const passwordHash = await hashPassword(user.password);
      return db.transaction(async (tx) => {
        const [row] = await tx.query<UserRow>(
          `insert into users (email, display_name, password_hash, roles) values ($1, $2, $3, $4::jsonb) returning *`,
          [user.email, user.displayName, passwordHash, JSON.stringify(user.roles)],
        );
        if (!row) throw new Error('Insert into users returned no row');
        await recordAudit(tx, { actor: context.actor, action: 'user.create', entityType: 'user', entityId: row.id, before: null, after: auditedRow(row) });
        return toUser(row);
      });
    },

    /**
     * The enabled account these credentials open, or null: an unknown e-mail, a wrong password
     * and a disabled account look the same, and an unknown e-mail costs one argon2 verification
     * like the others, so neither answer nor timing tells which accounts exist.
     */
    async verifyCredentials(input: SignInInput): Promise<User | null> {
      const { email, password } = validate(signInSchema, input);
      const [row] = await db.query<UserRow>('select * from users where email = $1', [email]);
      if (!row) return verifyAgainstNobody(password).then(() => null);
      const matches = await verifyPassword(row.password_hash, password);
      return matches && !row.disabled ? toUser(row) : null;
    },

    /** Replaces a user's roles if still at `expectedVersion`; the last enabled admin keeps `admin`. */
    async setRoles(id: string, expectedVersion: number, roles: readonly UserRole[], context: AuditContext): Promise<User> {
      // Validated as the `roles` field of an object, so a refusal names the field (`roles`) the caller sent.
      const wanted = validate(z.object({ roles: userRolesSchema }), { roles }).roles;
      return db.transaction(async (tx) =>
        toUser(
          await updateUser(tx, id, expectedVersion, { roles: wanted }, {
            ...context,
            action: 'user.roles-set',
            check: (before) => keepOneAdmin(tx, before, { roles: wanted, disabled: before.disabled }, 'roles'),
          }),
        ),
      );
    },

    /** Disables (or enables again) an account: a disabled one cannot sign in and its sessions stop. */
    async setDisabled(id: string, expectedVersion: number, disabled: boolean, context: AuditContext): Promise<User> {
      return db.transaction(async (tx) =>
        toUser(
          await updateUser(tx, id, expectedVersion, { disabled }, {
            ...context,
            action: disabled ? 'user.disable' : 'user.enable',
            check: async (before) => {
              if (disabled && before.id === context.actor) throw DomainError.invalid('id', 'You cannot disable your own account.');
              await keepOneAdmin(tx, before, { roles: before.roles as string[], disabled }, 'id');
            },
          }),
        ),
      );
    },

    /**
     * Changes a password after checking the current one; sessions issued before the change stop
     * working. A wrong current password is a VALIDATION error on `currentPassword`.
     */
    async changePassword(id: string, expectedVersion: number, input: PasswordChangeInput, context: AuditContext): Promise<User> {
      const change = validate(passwordChangeSchema, input);
      const [current] = isUserId(id) ? await db.query<UserRow>('select * from users where id = $1', [id]) : [];
      if (!current) throw userNotFound(id);
      if (!(await verifyPassword(current.password_hash, change.currentPassword))) {
        throw DomainError.invalid('currentPassword', 'The current password is not right.');
      }
      if (passwordContainsEmailName(change.newPassword, current.email)) {
        throw DomainError.invalid('newPassword', 'A password may not contain your e-mail name');
      }
      const passwordHash = await hashPassword(change.newPassword);
      return db.transaction(async (tx) =>
        toUser(
          await updateUser(tx, id, expectedVersion, { password_hash: passwordHash, password_changed_at: new Date() }, {
            ...context,
            action: 'user.password-change',
          }),
        ),
      );
    },

    /** The user of a session and whether the session was signed out, in one statement. */
    async sessionState(userId: string, sessionId: string): Promise<SessionState> {
      if (!isUserId(userId)) return { user: null, passwordChangedAt: null, revoked: false };
      const [row] = await db.query<UserRow & { revoked: boolean }>(
        `select u.*, exists (select 1 from revoked_sessions r where r.id = $2) as revoked from users u where u.id = $1`,
        [userId, sessionId],
      );
      return row
        ? { user: toUser(row), passwordChangedAt: row.password_changed_at, revoked: row.revoked }
        : { user: null, passwordChangedAt: null, revoked: false };
    },

    /** Records a sign-in in the audit log (who, which session, until when). */
    async recordSignIn(userId: string, sessionId: string, expiresAt: Date, address: string): Promise<void> {
      await db.transaction((tx) =>
        recordAudit(tx, { actor: userId, action: 'session.create', entityType: 'user', entityId: userId, before: null, after: { sessionId, expiresAt, address } }),
      );
    },

    /** Signs a session out for good (until it would have expired anyway), audited; forgets expired entries. */
    async revokeSession(userId: string, sessionId: string, expiresAt: Date): Promise<void> {
      if (!isUserId(userId)) return;
      await db.transaction(async (tx) => {
        await tx.query('delete from revoked_sessions where expires_at < now()');
        await tx.query('insert into revoked_sessions (id, user_id, expires_at) values ($1, $2, $3) on conflict (id) do nothing', [
          sessionId,
          userId,
          expiresAt,
        ]);
        await recordAudit(tx, { actor: userId, action: 'session.delete', entityType: 'user', entityId: userId, before: { sessionId }, after: null });
      });
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
