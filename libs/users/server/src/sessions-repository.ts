import { recordAudit, type Executor, type Queryable } from '@egov/db';
import { userRoles, type UserRole } from '@egov/users-model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longest user agent kept: enough to tell browsers apart, not a place to store a payload. */
export const MAX_USER_AGENT_LENGTH = 300;

/** How stale `last seen` may get before a request writes it again: one write a minute, not one per request. */
const LAST_SEEN_STEP_SECONDS = 60;

/** Ended and expired sessions are kept this long (the account page and the audit log may ask), then dropped. */
const KEEP_FINISHED_DAYS = 30;

/** A signed-in session (phiên đăng nhập) as its owner sees it. */
export interface StaffSession {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  /** The browser or client that signed in, as it named itself. */
  userAgent: string | null;
}

interface SessionRow extends Record<string, unknown> {
  id: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
}

const toSession = (row: SessionRow): StaffSession => ({
  id: row.id,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  userAgent: row.user_agent,
});

/** Who a live session belongs to: the enabled user and its roles. */
export interface SessionOwner {
  userId: string;
  roles: UserRole[];
}

/**
 * Ends every open session of a user inside the caller's transaction (a password change, a reset,
 * disabling); returns how many ended. The audit row of the change that caused it says why.
 */
export async function endAllSessions(tx: Queryable, userId: string): Promise<number> {
  const ended = await tx.query<{ id: string }>('update sessions set ended_at = now() where user_id = $1 and ended_at is null returning id', [userId]);
  return ended.length;
}

/**
 * Sessions in the database: started at sign-in, checked on every request (one indexed read, so a
 * session ended on one replica is refused by all at their next request), ended by their owner,
 * by a password change, a reset or disabling. Each start and end is in the audit log of the user.
 */
export function createSessionsRepository(db: Executor) {
  return {
    /** Records a new session (its id is the token's `jti`); forgets sessions finished long ago. */
    async start(session: { id: string; userId: string; expiresAt: Date; userAgent: string | null; address: string }): Promise<void> {
      const userAgent = session.userAgent ? session.userAgent.slice(0, MAX_USER_AGENT_LENGTH) : null;
      await db.transaction(async (tx) => {
        await tx.query(`delete from sessions where coalesce(ended_at, expires_at) < now() - interval '${KEEP_FINISHED_DAYS} days'`);
        await tx.query('insert into sessions (id, user_id, expires_at, user_agent) values ($1, $2, $3, $4)', [session.id, session.userId, session.expiresAt, userAgent]);
        await recordAudit(tx, {
          actor: session.userId,
          action: 'session.create',
          entityType: 'user',
          entityId: session.userId,
          before: null,
          after: { sessionId: session.id, expiresAt: session.expiresAt, address: session.address, userAgent },
        });
      });
    },

    /**
     * The owner of a session that is open, not expired and of an enabled user; null otherwise.
     * Marks it seen (at most once a minute).
     */
    async owner(sessionId: string, userId: string): Promise<SessionOwner | null> {
      if (!UUID.test(sessionId) || !UUID.test(userId)) return null;
      const [row] = await db.query<{ roles: unknown; stale: boolean }>(
        `select u.roles, s.last_seen_at < now() - interval '${LAST_SEEN_STEP_SECONDS} seconds' as stale
           from sessions s join users u on u.id = s.user_id
          where s.id = $1 and s.user_id = $2 and s.ended_at is null and s.expires_at > now() and not u.disabled`,
        [sessionId, userId],
      );
      if (!row) return null;
      if (row.stale) await db.query('update sessions set last_seen_at = now() where id = $1', [sessionId]);
      return { userId, roles: userRoles.filter((role) => Array.isArray(row.roles) && row.roles.includes(role)) };
    },

    /** The user's open sessions, newest first. */
    async listOpen(userId: string): Promise<StaffSession[]> {
      if (!UUID.test(userId)) return [];
      const rows = await db.query<SessionRow>(
        'select * from sessions where user_id = $1 and ended_at is null and expires_at > now() order by created_at desc, id',
        [userId],
      );
      return rows.map(toSession);
    },

    /** One open session of this user, or null (another user's session is nobody's here). */
    async getOpen(userId: string, sessionId: string): Promise<StaffSession | null> {
      if (!UUID.test(userId) || !UUID.test(sessionId)) return null;
      const [row] = await db.query<SessionRow>('select * from sessions where id = $1 and user_id = $2 and ended_at is null and expires_at > now()', [sessionId, userId]);
      return row ? toSession(row) : null;
    },

    /** Ends one session of this user; false when it was not open (or not theirs). */
    async end(userId: string, sessionId: string, actor: string): Promise<boolean> {
      if (!UUID.test(userId) || !UUID.test(sessionId)) return false;
      return db.transaction(async (tx) => {
        const ended = await tx.query<{ id: string }>(
          'update sessions set ended_at = now() where id = $1 and user_id = $2 and ended_at is null returning id',
          [sessionId, userId],
        );
        if (!ended.length) return false;
        await recordAudit(tx, { actor, action: 'session.end', entityType: 'user', entityId: userId, before: { sessionId }, after: null });
        return true;
      });
    },

    /** Ends every open session of this user but one (the caller's own); returns how many ended. */
    async endOthers(userId: string, keptSessionId: string, actor: string): Promise<number> {
      if (!UUID.test(userId) || !UUID.test(keptSessionId)) return 0;
      return db.transaction(async (tx) => {
        const ended = await tx.query<{ id: string }>(
          'update sessions set ended_at = now() where user_id = $1 and id <> $2 and ended_at is null and expires_at > now() returning id',
          [userId, keptSessionId],
        );
        if (ended.length) {
          await recordAudit(tx, {
            actor,
            action: 'session.end-others',
            entityType: 'user',
            entityId: userId,
            before: { sessionIds: ended.map((row) => row.id) },
            after: { keptSessionId },
          });
        }
        return ended.length;
      });
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
