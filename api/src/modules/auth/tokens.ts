import crypto from 'node:crypto';

export const SESSION_TOKEN_PREFIX = 'sst_';
export const API_KEY_PREFIX = 'ssk_';

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = SESSION_TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  return { token, tokenHash: sha256(token) };
}

/** An API key reads `ssk_<prefix>_<secret>`: the prefix finds the row, the secret's digest is compared in constant time. */
export function newApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { key: `${API_KEY_PREFIX}${prefix}_${secret}`, prefix, secretHash: sha256(secret) };
}

export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = /^ssk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(key);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
