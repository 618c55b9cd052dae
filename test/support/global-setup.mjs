// One embedded PostgreSQL for the whole run, and a template database with the migrations and seeds applied;
// each Jest worker then clones it into its own database (test/support/db.ts).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

export default async function globalSetup() {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const dist = path.join(root, 'dist', 'api');
  if (!fs.existsSync(path.join(dist, 'testing', 'prepare.js'))) {
    throw new Error('dist/api is missing: run the tests with `npm test` (it builds first).');
  }
  if (process.env.TEST_DATABASE_URL) {
    // An external server: the admin URL must allow CREATE DATABASE.
    process.env.TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
  } else {
    const { startEmbeddedPostgres } = require(path.join(dist, 'db', 'embedded.js'));
    const { createLogger } = require(path.join(dist, 'common', 'logger.js'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-test-'));
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, logger: createLogger('warn') });
    globalThis.__REGISTRY_PG__ = { pg, dir };
    process.env.TEST_ADMIN_URL = pg.url('postgres');
    process.env.TEST_PG_PORT = String(port);
  }
  const { prepareTemplate } = require(path.join(dist, 'testing', 'prepare.js'));
  await prepareTemplate(process.env.TEST_ADMIN_URL, 'registry_template');
}
