import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { ensureDatabase } from '../db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded';
import { connect, migrate } from '../db/orm';
import { generateDemoData, removeDemoData } from '../modules/demo/generate';
import { ReferenceDataSeeder } from '../seeds/reference-data.seeder';

/**
 * npm run demo-data -- --applications 100000 [--months 24] [--today YYYY-MM-DD] [--seed 0.42]
 * npm run demo-data -- --remove
 * Works on DATABASE_URL, or on the embedded database (started here unless `npm start` is already running it).
 */
function args(argv: string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const number = (name: string, fallback: number, min: number, max: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
    return value;
  };
  const today = get('today');
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got "${today}"`);
  return {
    remove: argv.includes('--remove'),
    applications: Math.floor(number('applications', 100_000, 1, 20_000_000)),
    months: Math.floor(number('months', 24, 1, 120)),
    seed: number('seed', 0.42, 0, 1),
    today,
  };
}

function bar(done: number, total: number, started: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  process.stderr.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((done / total) * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')}/${total.toLocaleString('en')} applications  ${Math.round(rate).toLocaleString('en')}/s `);
}

async function reachable(url: string) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const options = args(process.argv.slice(2));
  const config = loadConfig();
  const logger = createLogger('warn');
  let pg: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const fs = await import('node:fs');
    const secret = `${config.pgDataDir}.credentials`;
    const running = fs.existsSync(secret) && `postgres://postgres:${encodeURIComponent(fs.readFileSync(secret, 'utf8').trim())}@127.0.0.1:${config.pgPort}`;
    if (running && (await reachable(`${running}/postgres`))) url = `${running}/${config.dbName}`;
    else {
      pg = await startEmbeddedPostgres({ dataDir: config.pgDataDir, port: config.pgPort, logger });
      await ensureDatabase(pg.url('postgres'), config.dbName);
      url = pg.url(config.dbName);
    }
  }
  try {
    const orm = await connect(url, config.dbConnectTimeoutMs, logger);
    await migrate(orm, logger);
    await new ReferenceDataSeeder(config.seedDir).run(orm.em.fork());
    await orm.close(true);
    if (options.remove) {
      const removed = await removeDemoData(url);
      console.log(`Removed demo data: ${removed.applications} applications, ${removed.feedback} surveys, ${removed.complaints} complaints. A start will not load it again.`);
      return;
    }
    const started = Date.now();
    console.log(`Generating ${options.applications.toLocaleString('en')} demo applications over ${options.months} months${options.today ? ` up to ${options.today}` : ''}...`);
    const counts = await generateDemoData(url, { ...options, onProgress: (done, total) => bar(done, total, started) });
    process.stderr.write('\n');
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.applications} applications, ${counts.events} history entries, ${counts.feedback} surveys, ${counts.complaints} complaints (all marked demo).`,
    );
  } finally {
    await pg?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`\ndemo-data failed: ${(error as Error).message}\n`);
  process.exit(1);
});
