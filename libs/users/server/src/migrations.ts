import type { Migration } from '@egov/db';

/**
 * Staff accounts, their sessions and password reset codes. Sign-in attempts are counted in memory
 * or Redis (see login-rate-limiter.ts), not here. The users domain references no other domain.
 */
export const usersMigrations: Migration[] = [
  {
    id: 'users/001-users',
    sql: `
      create table users (
        id uuid primary key default gen_random_uuid(),
        email text not null unique check (email = lower(btrim(email)) and length(email) between 3 and 254),
        display_name text not null check (length(display_name) between 1 and 120),
        password_hash text not null check (password_hash like '$argon2id$%'),
        roles jsonb not null default '[]' check (jsonb_typeof(roles) = 'array'),
        disabled boolean not null default false,
        password_changed_at timestamptz not null default now(),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );

      create table revoked_sessions (
        id text primary key,
        user_id uuid not null references users (id),
        expires_at timestamptz not null,
        revoked_at timestamptz not null default now()
      );
      create index revoked_sessions_expires_idx on revoked_sessions (expires_at);
    `,
  },
  {
    // Every session is a row, checked on each request by every replica: ending one (sign-out,
    // password change, disabling) is one update that all replicas see at once. Replaces the
    // list of revoked sessions, which could only say no to a token already out.
    id: 'users/002-sessions',
    sql: `
      create table sessions (
        id uuid primary key,
        user_id uuid not null references users (id),
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null,
        ended_at timestamptz,
        user_agent text check (length(user_agent) <= 300)
      );
      create index sessions_user_open_idx on sessions (user_id, created_at) where ended_at is null;
      create index sessions_finished_idx on sessions ((coalesce(ended_at, expires_at)));
      drop table revoked_sessions;
    `,
  },
  {
    // Only a hash of each code is kept (SHA-256: the code holds about 78 random bits, nothing to brute-force
    // offline); a code is used once, expires in 24 hours and dies after a few wrong tries.
    id: 'users/003-password-reset-codes',
    sql: `
      create table password_reset_codes (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users (id),
        code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
        created_by text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        failed_attempts integer not null default 0 check (failed_attempts >= 0)
      );
      create index password_reset_codes_user_idx on password_reset_codes (user_id, created_at);
    `,
  },
];
