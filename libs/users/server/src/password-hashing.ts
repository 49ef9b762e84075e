import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane). `Algorithm` is a
 * const enum, which isolated modules cannot read, hence its value written out: 2 = Argon2id.
 */
export const ARGON2ID_OPTIONS: Options = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

/** Whether the password matches the hash; false (never a throw) for a hash that is not argon2. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time of one verification against a hash of no account, so an unknown e-mail takes
 * as long to refuse as a wrong password and the timing does not tell which accounts exist.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword(`no account ${Math.random()}`);
  await verifyPassword(await dummyHash, password);
  return false;
}
