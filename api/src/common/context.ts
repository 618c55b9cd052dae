import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Language } from './localized-text';
import type { Role } from '../modules/users/user.entity';

/** Who is calling: resolved once per request from a session token or an API key. */
export interface Viewer {
  userId: string;
  login: string;
  role: Role;
  regionId: string | null;
  officeId: string | null;
  via: 'session' | 'apiKey';
  sessionId?: string;
}

export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  lang: Language;
  requestId: string;
  logger: Logger;
}
