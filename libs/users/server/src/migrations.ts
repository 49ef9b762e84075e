import type { Migration } from '@egov/db';

/**
 * Staff accounts and revoked sessions. Sign-in attempts are counted in memory or Redis (see
 * login-rate-limiter.ts), not here. The users domain references no other domain.
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
];
