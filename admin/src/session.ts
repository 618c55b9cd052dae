import type { Role } from '../../schema/generated/graphql';

/** What the console keeps about the signed-in account (localStorage, per browser profile). */
export interface StoredSession {
  token: string;
  expiresAt: string;
  user: { id: string; login: string; fullName: string; role: Role };
}

const KEY = 'registry.session';

export function readSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    if (!session?.token || !session.user) return null;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

export const sessionToken = (): string | undefined => readSession()?.token;
