import argon2 from 'argon2';

/**
 * argon2id with OWASP's minimum recommended parameters (19 MiB, 2 passes, 1 lane): about 20 ms per hash here, slow
 * enough to blunt guessing, fast enough that sign-in stays interactive. Parameters live in the hash, so raising them
 * later keeps old hashes verifiable.
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_OPTIONS);
}

// Verified when the login is unknown, so a wrong login costs as much time as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
