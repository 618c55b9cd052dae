import { HttpError, type AuthProvider } from 'react-admin';
import { graphql } from '../../schema/generated';
import type { Role } from '../../schema/generated/graphql';
import { errorCode, request } from './dataProvider/request';
import { clearSession, readSession, writeSession } from './session';

const SessionCreateMutation = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      token
      expiresAt
      user {
        id
        login
        fullName
        role
      }
    }
  }
`);

const SessionRevokeMutation = graphql(`
  mutation SessionRevoke {
    sessionRevoke
  }
`);

/** Who may see each resource (absent: every signed-in account), and who may change it (absent: nobody). */
const READERS: Record<string, readonly Role[]> = {
  users: ['ADMIN'],
  apiKeys: ['ADMIN'],
  audit: ['ADMIN', 'SUPERVISOR', 'DIRECTORY_ADMIN'],
  // Who signed in, changed and viewed what: administrators and supervisors (docs/authorization.md, activityLog).
  activity: ['ADMIN', 'SUPERVISOR'],
  // Personal data: the places that handle them and those who supervise them (docs/authorization.md).
  applications: ['OPERATOR', 'SUPERVISOR'],
  complaints: ['OPERATOR', 'SUPERVISOR'],
  feedback: ['OPERATOR', 'SUPERVISOR'],
};
const WRITERS: Record<string, readonly Role[]> = {
  users: ['ADMIN'],
  apiKeys: ['ADMIN'],
  offices: ['DIRECTORY_ADMIN'],
  calendar: ['DIRECTORY_ADMIN'],
  // Operators register applications and take their steps; supervisors only follow them.
  applications: ['OPERATOR'],
  complaints: ['OPERATOR', 'SUPERVISOR'],
  feedback: ['OPERATOR'],
};
const READ_ACTIONS = new Set(['list', 'show', 'read', 'export']);

/** The rule of canAccess, as the API enforces it: reading by READERS, creating, editing and archiving by WRITERS. */
export function allowed(role: Role | undefined, resource: string | undefined, action: string | undefined): boolean {
  if (!role) return false;
  const key = resource ?? '';
  const readers = READERS[key];
  if (readers && !readers.includes(role)) return false;
  if (!action || READ_ACTIONS.has(action)) return true;
  // Resources without writers are read-only in the console (services, regions, the audit trail).
  return WRITERS[key]?.includes(role) ?? false;
}

/** Sign-in with login and password (sessionCreate); the bearer token and identity are kept in localStorage. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username?: string; password?: string }) {
    try {
      const { sessionCreate } = await request(SessionCreateMutation, {
        input: { login: String(username ?? '').trim(), password: String(password ?? '') },
      });
      writeSession({ token: sessionCreate.token, expiresAt: sessionCreate.expiresAt, user: sessionCreate.user });
    } catch (error) {
      const code = errorCode(error);
      if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') throw new Error('ra.auth.sign_in_error');
      throw new Error(error instanceof Error && error.message ? error.message : 'ra.notification.http_error');
    }
  },

  async logout() {
    if (readSession()) {
      try {
        await request(SessionRevokeMutation);
      } catch {
        // Signing out locally is what matters; an expired or revoked session cannot be revoked again.
      }
    }
    clearSession();
  },

  async checkAuth() {
    if (!readSession()) {
      clearSession();
      throw new Error('ra.auth.auth_check_error');
    }
  },

  async checkError(error: unknown) {
    const status = error instanceof HttpError ? error.status : (error as { status?: number } | undefined)?.status;
    if (status === 401) {
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
    // 403: signed in, but not allowed here: stay signed in, the page shows the error.
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    return { id: session.user.id, fullName: session.user.fullName, login: session.user.login, role: session.user.role };
  },

  async getPermissions() {
    return readSession()?.user.role ?? null;
  },

  /** Accounts and API keys are administrators' business (the API enforces it too); the registry is everyone's. */
  async canAccess({ resource, action }: { resource?: string; action?: string }) {
    return allowed(readSession()?.user.role, resource, action);
  },
};
