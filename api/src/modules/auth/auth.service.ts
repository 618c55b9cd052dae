import crypto from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../../common/context';
import { Role, User } from '../users/user.entity';
import { Session } from './session.entity';
import { hashPassword, verifyPassword } from './passwords';
import { newSessionToken, parseApiKey, sameDigest, sha256, SESSION_TOKEN_PREFIX } from './tokens';
import { RateLimiter, tooManyRequests } from '../../common/security';
import { ViewerCache } from './viewer-cache';

export interface AuthOptions {
  /** Sign-in attempts per minute from one address. */
  signInPerMinute: number;
  /** Requests per minute per API key. */
  apiKeyPerMinute: number;
  /** Failed sign-ins in a row that lock an account, and for how long. */
  lockoutAttempts: number;
  lockoutMinutes: number;
}

const NO_LIMITS: AuthOptions = { signInPerMinute: 0, apiKeyPerMinute: 0, lockoutAttempts: 0, lockoutMinutes: 0 };

const invalidCredentials = () =>
  new GraphQLError('Sign-in failed: unknown login or wrong password.', { extensions: { code: 'UNAUTHENTICATED' } });

const badToken = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

interface ViewerRow {
  session_id?: string;
  user_id: string;
  login: string;
  full_name: string;
  role: Role;
  region_id: string | null;
  office_id: string | null;
  department_id: string | null;
  active: boolean;
  scopes?: string[];
  secret_hash?: string;
  expires_at?: Date | null;
  revoked_at?: Date | null;
}

const toViewer = (row: ViewerRow, via: Viewer['via']): Viewer => ({
  userId: row.user_id,
  login: row.login,
  fullName: row.full_name,
  role: row.role,
  regionId: row.region_id,
  officeId: row.office_id,
  departmentId: row.department_id,
  via,
  sessionId: row.session_id,
  scopes: via === 'apiKey' ? (row.scopes ?? []) : undefined,
});

export class AuthService {
  private readonly signInLimiter: RateLimiter;
  private readonly apiKeyLimiter: RateLimiter;

  constructor(
    private readonly sessionTtlHours: number,
    private readonly options: AuthOptions = NO_LIMITS,
    /** Off unless the app listens for changes (listenForViewerChanges). */
    readonly viewers = new ViewerCache(0),
  ) {
    this.signInLimiter = new RateLimiter(options.signInPerMinute);
    this.apiKeyLimiter = new RateLimiter(options.apiKeyPerMinute);
  }

  /**
   * Sign-in: throttled per address, and an account is locked for a while after repeated failures. A locked account
   * answers like a wrong password (no telling which accounts exist); an administrator who resets its password unlocks it.
   */
  async signIn(em: EntityManager, login: string, password: string, userAgent?: string, address?: string) {
    const wait = address ? this.signInLimiter.take(address) : 0;
    if (wait) throw tooManyRequests('sign-in attempts from this address', wait);
    const user = await em.findOne(User, { login: login.trim().toLowerCase() }, { populate: ['passwordHash'] });
    const locked = !!user?.lockedUntil && user.lockedUntil > new Date();
    // The hash is verified even for a locked or unknown account, so timing tells nothing either.
    const ok = (await verifyPassword(user?.active ? user.passwordHash : undefined, password)) && !locked;
    if (!user || !ok) {
      if (user && !locked) {
        const { attempts, minutes } = { attempts: this.options.lockoutAttempts, minutes: this.options.lockoutMinutes };
        await em
          .getConnection()
          .execute(
            `update app_user set failed_sign_ins = failed_sign_ins + 1,
               locked_until = case when ? > 0 and failed_sign_ins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end where id = ?`,
            [attempts, attempts, minutes, user.id],
          );
      }
      throw invalidCredentials();
    }
    const { token, tokenHash } = newSessionToken();
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3600_000);
    const session = em.create(Session, { user, tokenHash, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    await em.flush();
    // Bookkeeping, not an edit: plain SQL, so the version administrators edit against does not move.
    await em.getConnection().execute('update app_user set failed_sign_ins = 0, locked_until = null, last_sign_in_at = now() where id = ?', [user.id]);
    return { token, expiresAt, user, session };
  }

  async signOut(em: EntityManager, viewer: Viewer): Promise<boolean> {
    if (!viewer.sessionId) return false;
    const n = await em.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: new Date() });
    return n > 0;
  }

  /**
   * At most one SQL statement per request, none while the viewer is remembered (viewer-cache.ts): the token's digest
   * joins straight to the account.
   */
  async resolveViewer(em: EntityManager, authorization: string | undefined, apiKey: string | undefined): Promise<Viewer | null> {
    const conn = em.getConnection();
    if (apiKey !== undefined) {
      const parsed = parseApiKey(apiKey.trim());
      if (!parsed) throw badToken('The API key is malformed.');
      const key = `k:${sha256(apiKey.trim())}`;
      const known = this.viewers.get(key);
      if (known) {
        const wait = this.apiKeyLimiter.take(parsed.prefix);
        if (wait) throw tooManyRequests('requests with this API key', wait);
        return known;
      }
      const generation = this.viewers.begin();
      const [row] = await conn.execute<ViewerRow[]>(
        `select u.id as user_id, u.login, u.full_name, u.role, u.region_id, u.office_id, u.department_id, u.active, k.secret_hash, k.expires_at, k.revoked_at, k.scopes
           from api_key k join app_user u on u.id = k.user_id where k.prefix = ?`,
        [parsed.prefix],
      );
      if (!row || !sameDigest(row.secret_hash!, sha256(parsed.secret))) throw badToken('The API key is not valid.');
      const wait = this.apiKeyLimiter.take(parsed.prefix);
      if (wait) throw tooManyRequests('requests with this API key', wait);
      if (row.revoked_at) throw badToken('The API key has been revoked.');
      if (row.expires_at && new Date(row.expires_at) <= new Date()) throw badToken('The API key has expired.');
      if (!row.active) throw badToken('The account of this API key is disabled.');
      const viewer = toViewer(row, 'apiKey');
      this.viewers.set(key, viewer, generation, row.expires_at);
      return viewer;
    }
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match || !match[1].startsWith(SESSION_TOKEN_PREFIX)) throw badToken('The Authorization header must read "Bearer <session token>".');
    const tokenHash = sha256(match[1]);
    const known = this.viewers.get(`s:${tokenHash}`);
    if (known) return known;
    const generation = this.viewers.begin();
    const [row] = await conn.execute<ViewerRow[]>(
      `select s.id as session_id, s.expires_at, s.revoked_at, u.id as user_id, u.login, u.full_name, u.role, u.region_id, u.office_id, u.department_id, u.active
         from session s join app_user u on u.id = s.user_id where s.token_hash = ?`,
      [tokenHash],
    );
    if (!row) throw badToken('The session token is not valid. Sign in again.');
    if (row.revoked_at) throw badToken('The session has been closed. Sign in again.');
    if (new Date(row.expires_at!) <= new Date()) throw badToken('The session has expired. Sign in again.');
    if (!row.active) throw badToken('This account is disabled.');
    const viewer = toViewer(row, 'session');
    this.viewers.set(`s:${tokenHash}`, viewer, generation, row.expires_at);
    return viewer;
  }

  /** The first start creates the administrator; the password comes from ADMIN_PASSWORD or is generated and returned once. */
  async ensureAdmin(em: EntityManager, login: string, password: string | undefined): Promise<{ created: boolean; password?: string; generated: boolean }> {
    const existing = await em.count(User, { role: Role.ADMIN });
    if (existing > 0) return { created: false, generated: false };
    const generated = !password;
    const secret = password ?? crypto.randomBytes(12).toString('base64url');
    em.create(User, { login: login.trim().toLowerCase(), fullName: 'Administrator', role: Role.ADMIN, passwordHash: await hashPassword(secret) });
    await em.flush();
    return { created: true, password: generated ? secret : undefined, generated };
  }
}
