import type { Queryable } from '@egov/db';
import { RESET_CODE_ALPHABET, RESET_CODE_LENGTH } from '@egov/users-model';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** How long a reset code works: a day, time for the admin to reach the person. */
export const RESET_CODE_TTL_HOURS = 24;
/** Wrong codes tried against one code before it stops working (the admin then gives a new one). */
export const RESET_CODE_MAX_ATTEMPTS = 5;

/** A new code, 16 characters from a 30-letter alphabet (about 78 random bits), grouped by four for reading out. */
export function newResetCode(): string {
  const characters = Array.from({ length: RESET_CODE_LENGTH }, () => RESET_CODE_ALPHABET[randomInt(RESET_CODE_ALPHABET.length)]);
  return characters.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/** The stored form of a normalised code (16 characters, no dashes). */
export const hashResetCode = (normalised: string): string => createHash('sha256').update(normalised).digest('hex');

/** Issues a code for a user, voiding any earlier unused one; returns the code (never stored) and its expiry. */
export async function issueResetCode(tx: Queryable, userId: string, createdBy: string): Promise<{ code: string; expiresAt: Date }> {
  await tx.query('update password_reset_codes set used_at = now() where user_id = $1 and used_at is null', [userId]);
  const code = newResetCode();
  const [row] = await tx.query<{ expires_at: Date }>(
    `insert into password_reset_codes (user_id, code_hash, created_by, expires_at)
     values ($1, $2, $3, now() + interval '${RESET_CODE_TTL_HOURS} hours') returning expires_at`,
    [userId, hashResetCode(code.replace(/-/g, '')), createdBy],
  );
  if (!row) throw new Error('Insert into password_reset_codes returned no row');
  return { code, expiresAt: row.expires_at };
}

/**
 * Uses the user's live code if `normalised` matches it: marks it used and returns true. A wrong
 * code counts an attempt against the live one; the fifth wrong attempt ends it. Locks the code's
 * row, so two tries at once are counted one after the other.
 */
export async function consumeResetCode(tx: Queryable, userId: string, normalised: string): Promise<boolean> {
  const [live] = await tx.query<{ id: string; code_hash: string; failed_attempts: number }>(
    `select id, code_hash, failed_attempts from password_reset_codes
      where user_id = $1 and used_at is null and expires_at > now() and failed_attempts < $2
      order by created_at desc limit 1 for update`,
    [userId, RESET_CODE_MAX_ATTEMPTS],
  );
  if (!live) return false;
  const matches = timingSafeEqual(Buffer.from(live.code_hash, 'hex'), Buffer.from(hashResetCode(normalised), 'hex'));
  if (matches) {
    await tx.query('update password_reset_codes set used_at = now() where id = $1', [live.id]);
    return true;
  }
  await tx.query('update password_reset_codes set failed_attempts = failed_attempts + 1 where id = $1', [live.id]);
  return false;
}
