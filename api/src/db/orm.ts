import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { entities } from './entities';
import { migrationsList } from '../migrations';
import { StartupError } from './embedded';

/**
 * `replicaUrls`: PostgreSQL read replicas. Reads go to the primary unless a query asks for a replica (`'read'`): the
 * indicators and the big lists do, where a second of replication lag is harmless; everything a request reads after
 * writing stays on the primary.
 */
export function ormOptions(clientUrl: string, connectTimeoutMs = 5000, logger?: Logger, replicaUrls: string[] = []): Options {
  // knex prints connection errors with console.log; route them into the structured log instead.
  const log = (level: 'warn' | 'debug') => (message: unknown) => logger?.[level]({ knex: String(message) }, 'database driver');
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    discovery: { warnWhenNoEntities: true },
    forceUtcTimezone: true,
    // Fail fast instead of waiting a minute for a pool slot when the server is gone.
    pool: { min: 0, max: 10, acquireTimeoutMillis: connectTimeoutMs * 2 },
    driverOptions: {
      connection: { connectionTimeoutMillis: connectTimeoutMs },
      log: { warn: log('warn'), error: log('warn'), deprecate: log('debug'), debug: log('debug') },
    },
    allowGlobalContext: false,
    debug: false,
    replicas: replicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: url })),
    preferReadReplicas: false,
  };
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(': ') || String(error);
}

/** Connects, retrying for up to `timeoutMs`; a server that stays away is a clear StartupError, never a hang. */
export async function connect(clientUrl: string, timeoutMs: number, logger: Logger, replicaUrls: string[] = []): Promise<MikroORM> {
  const deadline = Date.now() + timeoutMs;
  const safeUrl = clientUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  let lastError: unknown;
  for (let attempt = 1; ; attempt++) {
    try {
      const orm = await MikroORM.init(ormOptions(clientUrl, timeoutMs, logger, replicaUrls));
      await orm.em.getConnection().execute('select 1');
      return orm;
    } catch (error) {
      lastError = error;
      if (Date.now() >= deadline) break;
      logger.warn({ attempt, error: describe(error) }, 'database not reachable yet, retrying');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new StartupError(`Cannot reach PostgreSQL at ${safeUrl}: ${describe(lastError)}. Check DATABASE_URL and that the server is running.`);
}

/** Applies committed migrations (never schema:update at run time). */
export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  const migrator = orm.getMigrator();
  const pending = await migrator.getPendingMigrations();
  if (pending.length) {
    logger.info({ migrations: pending.map((m) => m.name) }, 'applying migrations');
    await migrator.up();
  }
}

/** True when every migration the code knows is recorded as executed. */
export async function migrationsApplied(orm: MikroORM): Promise<boolean> {
  const rows = await orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
  const done = new Set(rows.map((r) => r.name));
  return migrationsList.every((m) => done.has(m.name));
}
