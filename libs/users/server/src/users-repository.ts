import { keysetRows, keysetSql, recordAudit, type AuditContext, type AuditRecord, type Executor, type KeysetColumn, type KeysetRange, type Queryable } from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import {
  passwordChangeSchema,
  passwordContainsEmailName,
  passwordResetCompleteSchema,
  signInSchema,
  userCreateSchema,
  userRoles,
  userRolesSchema,
  type PasswordChangeInput,
  type PasswordResetCompleteInput,
  type SignInInput,
  type User,
  type UserCreateInput,
  type UserRole,
} from '@egov/users-model';
import { z } from 'zod';
import { hashPassword, verifyAgainstNobody, verifyPassword } from './password-hashing';
import { consumeResetCode, issueResetCode } from './password-reset-codes';
import { createSessionsRepository, endAllSessions } from './sessions-repository';

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
  if (!before) throw DomainError.notFound('user', id);
  if (before.version !== expectedVersion) throw DomainError.conflict('user', id, expectedVersion, before.version);
  await context.check?.(before);
  const columns = Object.keys(changes);
  const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
  const [after] = await tx.query<UserRow>(
    `update users set ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1 returning *`,
    [id, ...columns.map((column) => toParameter(changes[column]))],
  );
  if (!after) throw DomainError.notFound('user', id);
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

/** The one answer to a reset code that does not open the account: wrong, used, expired, or no such account. */
export const RESET_CODE_REFUSED = 'This code does not work: it is wrong, used or expired. Ask an admin for a new one.';

/** Staff accounts (tài khoản): argon2id password hashes, roles, disabling; every write audited and versioned. */
export function createUsersRepository(db: Executor) {
  const get = async (id: string): Promise<User | null> => {
    if (!isUserId(id)) return null;
    const [row] = await db.query<UserRow>('select * from users where id = $1', [id]);
    return row ? toUser(row) : null;
  };

  return {
    get,

    /** The sessions of every account (sign-in, the check of each request, ending them). */
    sessions: createSessionsRepository(db),

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

    /** Disables (or enables again) an account: a disabled one cannot sign in, and disabling ends its sessions. */
    async setDisabled(id: string, expectedVersion: number, disabled: boolean, context: AuditContext): Promise<User> {
      return db.transaction(async (tx) => {
        const after = await updateUser(tx, id, expectedVersion, { disabled }, {
          ...context,
          action: disabled ? 'user.disable' : 'user.enable',
          check: async (before) => {
            if (disabled && before.id === context.actor) throw DomainError.invalid('id', 'You cannot disable your own account.');
            await keepOneAdmin(tx, before, { roles: before.roles as string[], disabled }, 'id');
          },
        });
        if (disabled) await endAllSessions(tx, after.id);
        return toUser(after);
      });
    },

    /**
     * Changes a password after checking the current one, and ends every session of the account
     * (the caller signs in again). A wrong current password is a VALIDATION error on `currentPassword`.
     */
    async changePassword(id: string, expectedVersion: number, input: PasswordChangeInput, context: AuditContext): Promise<User> {
      const change = validate(passwordChangeSchema, input);
      const [current] = isUserId(id) ? await db.query<UserRow>('select * from users where id = $1', [id]) : [];
      if (!current) throw DomainError.notFound('user', id);
      if (!(await verifyPassword(current.password_hash, change.currentPassword))) {
        throw DomainError.invalid('currentPassword', 'The current password is not right.');
      }
      if (passwordContainsEmailName(change.newPassword, current.email)) {
        throw DomainError.invalid('newPassword', 'A password may not contain your e-mail name');
      }
      const passwordHash = await hashPassword(change.newPassword);
      return db.transaction(async (tx) => {
        const after = await updateUser(tx, id, expectedVersion, { password_hash: passwordHash, password_changed_at: new Date() }, {
          ...context,
          action: 'user.password-change',
        });
        await endAllSessions(tx, id);
        return toUser(after);
      });
    },

    /**
     * An admin's reset of another account's password: a one-time code (returned once, stored as
     * a hash, 24 hours) with which the person sets a new password. Ends every session of the
     * account at once; the old password keeps working until the new one is set.
     */
    async resetPassword(id: string, expectedVersion: number, context: AuditContext): Promise<{ user: User; code: string; expiresAt: Date }> {
      return db.transaction(async (tx) => {
        const after = await updateUser(tx, id, expectedVersion, {}, {
          ...context,
          action: 'user.password-reset',
          check: async (before) => {
            if (before.id === context.actor) throw DomainError.invalid('id', 'Change your own password on your account page, with your current password.');
            if (before.disabled) throw DomainError.invalid('id', 'This account is disabled; enable it first.');
          },
        });
        await endAllSessions(tx, id);
        const { code, expiresAt } = await issueResetCode(tx, id, context.actor);
        return { user: toUser(after), code, expiresAt };
      });
    },

    /**
     * Sets a new password with a reset code. Every refusal of the code is the same
     * (`RESET_CODE_REFUSED` on `code`); a wrong code counts against the live one even though the
     * answer is a refusal. The new password is hashed only once the code is known to be right.
     */
    async completePasswordReset(input: PasswordResetCompleteInput): Promise<User> {
      const reset = validate(passwordResetCompleteSchema, input);
      const done = await db.transaction(async (tx) => {
        const [row] = await tx.query<UserRow>('select * from users where email = $1 and not disabled', [reset.email]);
        if (!row || !(await consumeResetCode(tx, row.id, reset.code))) return null;
        const after = await updateUser(tx, row.id, row.version, { password_hash: await hashPassword(reset.newPassword), password_changed_at: new Date() }, {
          actor: row.id,
          action: 'user.password-reset-complete',
        });
        await endAllSessions(tx, row.id);
        return toUser(after);
      });
      if (!done) throw DomainError.invalid('code', RESET_CODE_REFUSED);
      return done;
    },

    /** What happened to an account, newest first: its changes, sign-ins and sessions ended (at most `limit`). */
    async auditLog(id: string, limit: number): Promise<AuditRecord[]> {
      if (!isUserId(id)) return [];
      const rows = await db.query<{ id: number; occurred_at: Date; actor: string; action: string; before: unknown; after: unknown }>(
        `select id, occurred_at, actor, action, before, after from audit_log where entity_type = 'user' and entity_id = $1 order by id desc limit $2`,
        [id, limit],
      );
      return rows.map((row) => ({ id: row.id, occurredAt: row.occurred_at, actor: row.actor, action: row.action, entityType: 'user', entityId: id, before: row.before, after: row.after }));
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
