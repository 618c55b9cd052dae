import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { createLogger } from '../common/logger';
import { startEmbeddedPostgres } from '../db/embedded';
import { ormOptions, migrate } from '../db/orm';
import { ensureDatabase } from '../db/database';

/** Diffs the entities against the committed migrations on a scratch database and writes the next migration. */
async function main() {
  const logger = createLogger('warn');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-migration-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: 54000 + Math.floor(Math.random() * 900), logger });
  try {
    await ensureDatabase(pg.url('postgres'), 'scratch');
    const options = ormOptions(pg.url('scratch'));
    const target = path.resolve(__dirname, '..', '..', '..', 'api', 'src', 'migrations');
    options.migrations = { ...options.migrations, path: target, emit: 'ts', fileName: (ts: string, name?: string) => `Migration${ts}${name ? '_' + name : ''}` };
    const orm = await MikroORM.init(options);
    await migrate(orm, logger);
    const result = await orm.getMigrator().createMigration(target, false, false, process.argv[2]);
    console.log(result.fileName ? `wrote ${path.join(target, result.fileName)}: add it to api/src/migrations/index.ts` : 'no schema changes');
    await orm.close();
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
