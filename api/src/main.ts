import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createApp, type App } from './app';
import { systemClock, type Clock } from './common/clock';
import { localToday } from './common/local-time';
import { loadConfig, type Config } from './config';
import { createLogger } from './common/logger';
import { ensureDatabase } from './db/database';
import { startEmbeddedPostgres, StartupError, type EmbeddedPostgres } from './db/embedded';
import { connect, migrate } from './db/orm';
import { transferUncollectedDue } from './modules/applications/applications.service';
import { generateDemoData } from './modules/demo/generate';
import { AuthService } from './modules/auth/auth.service';
import { SeedError } from './seeds/loader';
import { ReferenceDataSeeder } from './seeds/reference-data.seeder';

export interface Running {
  app: App;
  orm: MikroORM;
  url: string;
  stop(): Promise<void>;
}

/** Starts the whole product: database (embedded unless DATABASE_URL), migrations, reference data, API and console. */
export async function start(config: Config, logger = createLogger(config.logLevel), options: { quiet?: boolean; clock?: Clock } = {}): Promise<Running> {
  const clock = options.clock ?? systemClock;
  const started = Date.now();
  let pg: EmbeddedPostgres | undefined;
  let orm: MikroORM | undefined;
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      pg = await startEmbeddedPostgres({ dataDir: config.pgDataDir, port: config.pgPort, logger });
      await ensureDatabase(pg.url('postgres'), config.dbName);
      databaseUrl = pg.url(config.dbName);
      logger.info({ dataDir: config.pgDataDir, port: config.pgPort }, 'embedded PostgreSQL started');
    }
    orm = await connect(databaseUrl, config.dbConnectTimeoutMs, logger, config.databaseReplicaUrls);
    await migrate(orm, logger);
    const seeder = new ReferenceDataSeeder(config.seedDir);
    await seeder.run(orm.em.fork());
    logger.info({ seeds: seeder.counts }, 'reference data loaded');
    const admin = await new AuthService(config.sessionTtlHours).ensureAdmin(orm.em.fork(), config.adminLogin, config.adminPassword);
    // A newcomer's first start shows a living dashboard: demo activity, marked as such, once, and only on an empty database.
    let demo: number | undefined;
    if (config.demoData && config.demoApplications > 0) {
      const [{ empty }] = await orm.em
        .getConnection()
        .execute<{ empty: boolean }[]>(`select not exists (select 1 from application) and not exists (select 1 from app_setting where key = 'demo-data') as empty`);
      if (empty) {
        logger.info({ applications: config.demoApplications }, 'loading demo data (DEMO_DATA=false skips it; npm run demo-data -- --remove takes it away)');
        demo = (await generateDemoData(databaseUrl, { applications: config.demoApplications, today: localToday(clock.now()) })).applications;
      }
    }

    const app = await createApp(config, orm, logger, clock);
    await new Promise<void>((resolve, reject) => {
      app.server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartupError(`Port ${config.port} is in use: set PORT to another port.`) : error),
      );
      app.server.listen(config.port, config.host, resolve);
    });
    const { port } = app.server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${host}:${port}`;
    const ms = Date.now() - started;
    logger.info({ url, ms }, 'ready');

    const lines = [
      '',
      `  Console:  ${url}/`,
      `  GraphQL:  ${url}${config.graphqlPath}`,
      `  Health:   ${url}${config.healthPath}  ·  Ready: ${url}${config.readyPath}`,
      `  Database: ${config.databaseUrl ? 'external (DATABASE_URL)' : `embedded PostgreSQL, data in ${config.pgDataDir}`}`,
    ];
    if (demo) lines.push(`  Demo data: ${demo} generated applications, marked "demo" (DEMO_DATA=false skips; npm run demo-data -- --remove removes).`);
    if (admin.created && admin.generated) {
      lines.push(`  Sign in as "${config.adminLogin}" with the generated password: ${admin.password}`, '  (shown only this once: keep it, or set ADMIN_PASSWORD before the first start)');
    } else if (admin.created) {
      lines.push(`  Sign in as "${config.adminLogin}" with the password from ADMIN_PASSWORD.`);
    } else {
      lines.push(`  Sign in with your account (the first administrator is "${config.adminLogin}").`);
    }
    lines.push(`  Started in ${(ms / 1000).toFixed(1)} s. Ctrl-C stops the server${pg ? ' and PostgreSQL' : ''}.`, '');
    if (!options.quiet) process.stdout.write(lines.join('\n') + '\n');

    const ormRef = orm;
    const pgRef = pg;
    // Para 15: results uncollected for a month at a centre go to the authorized body. Checked at start and then on a timer.
    const transfer = async () => {
      try {
        const moved = await transferUncollectedDue(ormRef.em.fork(), clock.now());
        if (moved) logger.info({ moved }, 'uncollected results transferred to the authorized body');
      } catch (error) {
        logger.warn({ err: (error as Error).message }, 'uncollected-results job failed; it runs again at its next turn');
      }
    };
    const timer = config.uncollectedJobMinutes > 0 ? setInterval(transfer, config.uncollectedJobMinutes * 60_000) : undefined;
    timer?.unref();
    if (timer) void transfer();
    return {
      app,
      orm,
      url,
      async stop() {
        if (timer) clearInterval(timer);
        await app.close();
        await ormRef.close(true);
        await pgRef?.stop();
      },
    };
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    throw error;
  }
}

if (require.main === module) {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let running: Running | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await running?.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  start(config, logger)
    .then((r) => {
      running = r;
      if (stopping) void r.stop();
    })
    .catch((error) => {
      const known = error instanceof StartupError || error instanceof SeedError;
      process.stderr.write(`\nStart-up failed: ${known ? error.message : (error as Error).stack ?? error}\n`);
      process.exit(1);
    });
}
