import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { ActivityCollector } from '../modules/activity/activity';
import type { Language } from './localized-text';
import type { Role } from '../modules/users/user.entity';

/** Who is calling: resolved once per request from a session token or an API key. */
export interface Viewer {
  userId: string;
  login: string;
  /** As the account reads now (receipts name the employee). */
  fullName: string;
  role: Role;
  regionId: string | null;
  /** An OPERATOR's place of work: a centre office or a defence affairs department (the authorized body). */
  officeId: string | null;
  departmentId: string | null;
  via: 'session' | 'apiKey';
  sessionId?: string;
  /** What an API key may do (absent for sessions, whose role says it all). */
  scopes?: string[];
}

export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  lang: Language;
  requestId: string;
  logger: Logger;
  clock: Clock;
  /** The caller's address (behind a proxy on loopback: the forwarded one) and browser, for throttling and logs. */
  ip?: string;
  userAgent?: string;
  /** Reads of personal data this request made, logged when it answers (modules/activity). */
  activity?: ActivityCollector;
  /** Reference data read once per request (e.g. by every item of an import): see `memoize`. */
  memo?: Map<string, Promise<unknown>>;
}

/** Reads reference data once per request: the items of an import share their service, calendar and the like. */
export function memoize<T>(ctx: Pick<GraphQLContext, 'memo'>, key: string, read: () => Promise<T>): Promise<T> {
  if (!ctx.memo) return read();
  let hit = ctx.memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = read();
    ctx.memo.set(key, hit);
    hit.catch(() => ctx.memo?.delete(key)); // a failed read is not remembered
  }
  return hit;
}
