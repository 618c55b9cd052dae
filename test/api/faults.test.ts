// Faults under load: a steady stream of applicationSubmit calls with idempotency keys while PostgreSQL is stopped and
// started again, then while the API process is killed and started again. Every acknowledged submission is stored
// exactly once, no key ever twice, the errors meanwhile are clear, /readyz says so, and the server recovers by itself.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { makeIin } from '../../api/src/modules/applications/iin';
import { freePort, spawnNode, type Spawned } from '../support/process';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-faults-'));
fs.chmodSync(dir, 0o755);
let pgPort: number;
let pg: Spawned;
let api: Spawned;
let apiPort: number;
let dbUrl: string;
let key: string;
let departmentId: string;
const ADMIN_PASSWORD = 'faults-admin-password';

async function startPg(): Promise<string> {
  pg = spawnNode('dist/api/testing/pg-server.js', [path.join(dir, 'pg'), String(pgPort)], {});
  const [, json] = await pg.waitFor(/^(\{.*\})$/m, 60_000);
  return JSON.parse(json).url;
}
async function stopPg() {
  pg.child.kill('SIGTERM');
  expect(await pg.exited()).toBe(0);
}
async function startApi() {
  api = spawnNode('dist/api/main.js', [], { DATABASE_URL: dbUrl, PORT: String(apiPort), ADMIN_PASSWORD, DB_CONNECT_TIMEOUT_MS: '3000', API_KEY_PER_MINUTE: '0', SIGN_IN_PER_MINUTE: '0', UNCOLLECTED_JOB_MINUTES: '0' });
  await api.waitFor(/Console:/, 60_000);
}

const base = () => `http://127.0.0.1:${apiPort}`;
async function gql(query: string, variables: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string }; message: string }[] } };
}

const SUBMIT = `mutation($input: ApplicationSubmitInput!) { applicationSubmit(input: $input) { application { id number } userErrors { code field message } } }`;
const ANSWERS = [
  { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'MILITARY_SERVICE' }, { key: 'conscriptedBy', value: 'Қостанай ӘК' },
  { key: 'rankAndPosition', value: 'қатардағы' }, { key: 'unit', value: '1' }, { key: 'servicePeriod', value: '1990-05' },
];

interface Outcome {
  acknowledged: Map<string, string>; // idempotency key → application id
  tried: Set<string>;
  errors: string[];
}

/**
 * Clients that submit continuously, each retrying an unacknowledged key until it is acknowledged (as a partner system
 * must), until `stop()`; then they finish their pending keys.
 */
function load(clients: number, prefix: string) {
  const outcome: Outcome = { acknowledged: new Map(), tried: new Set(), errors: [] };
  let running = true;
  let n = 0;
  const loops = Array.from({ length: clients }, async (_, c) => {
    let pending: string | undefined;
    while (running || pending) {
      const idempotencyKey = pending ?? `${prefix}-${c}-${n++}`;
      pending = idempotencyKey;
      outcome.tried.add(idempotencyKey);
      const serial = Number(idempotencyKey.split('-').at(-1)) + c * 100_000;
      const input = {
        serviceCode: 'S1', channel: 'BODY', departmentId, idempotencyKey, answers: ANSWERS, documents: [],
        applicant: { iin: makeIin('1970-01-01', true, serial), lastName: 'Жүктеме', firstName: prefix, birthDate: '1970-01-01', phone: '+77011234567', address: 'Қостанай' },
      };
      try {
        const { status, body } = await gql(SUBMIT, { input }, { 'x-api-key': key });
        const app = body.data?.applicationSubmit?.application;
        if (app?.id) {
          outcome.acknowledged.set(idempotencyKey, app.id);
          pending = undefined;
        } else {
          const code = body.errors?.[0]?.extensions?.code ?? body.data?.applicationSubmit?.userErrors?.[0]?.code;
          outcome.errors.push(`${status} ${code} ${JSON.stringify(body).slice(0, 200)}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      } catch (error) {
        outcome.errors.push(`network ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  return {
    outcome,
    async stop() {
      running = false;
      await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, 60_000))]);
    },
  };
}

async function verify(outcome: Outcome) {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`select idempotency_key as key, count(*)::int as n, min(id::text) as id from application where idempotency_key = any($1) group by 1`, [[...outcome.tried]]);
    const stored = new Map(rows.map((r) => [r.key, r]));
    // No key twice, ever.
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    // Every acknowledged one there, with the id that was acknowledged.
    const lost = [...outcome.acknowledged].filter(([k, id]) => stored.get(k)?.id !== id);
    expect(lost).toEqual([]);
    return rows.length;
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  pgPort = await freePort();
  apiPort = await freePort();
  const adminUrl = await startPg();
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('create database registry');
  await client.end();
  dbUrl = adminUrl.replace(/\/postgres$/, '/registry');
  await startApi();
  const signIn = await gql('mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }', { i: { login: 'admin', password: ADMIN_PASSWORD } });
  const token = signIn.body.data.sessionCreate.token;
  const auth = { authorization: `Bearer ${token}` };
  const user = await gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } } }', { i: { login: 'psc.load', fullName: 'Load', role: 'INTEGRATOR', password: 'load-password-1' } }, auth);
  const created = await gql('mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }', { i: { userId: user.body.data.userCreate.user.id, name: 'load', scopes: ['APPLICATIONS_WRITE'] } }, auth);
  key = created.body.data.apiKeyCreate.secret;
  departmentId = (await gql('{ departments { id region { code } } }', {})).body.data.departments.find((d: any) => d.region.code === 'KZ-KUS').id;
}, 120_000);

afterAll(async () => {
  api?.child.kill('SIGTERM');
  await api?.exited().catch(() => undefined);
  if (pg?.child.exitCode === null) await stopPg();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ready = async () => (await fetch(`${base()}/readyz`)).status;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await wait(200);
  }
  return false;
}

test('PostgreSQL stopped and started under load: nothing acknowledged lost, nothing twice, clear errors meanwhile, recovery without a restart', async () => {
  const run = load(4, 'load-pg');
  await wait(2000);
  const before = run.outcome.acknowledged.size;
  expect(run.outcome.errors).toEqual([]);
  expect(before).toBeGreaterThan(5);
  await stopPg();
  await wait(1500);
  expect(await ready()).toBe(503);
  const during = run.outcome.errors.length;
  await wait(1500);
  await startPg();
  expect(await until(async () => (await ready()) === 200)).toBe(true);
  const recovered = run.outcome.acknowledged.size;
  await wait(2500);
  expect(run.outcome.acknowledged.size).toBeGreaterThan(recovered); // serving again, by itself
  await run.stop();
  expect(during).toBeGreaterThan(0);
  // While the database was away every answer was a clear, typed one: never a fault, never a hang.
  const codes = new Set(run.outcome.errors.map((e) => e.split(' ')[1]));
  expect([...codes]).toEqual(['SERVICE_UNAVAILABLE']);
  expect(run.outcome.errors.filter((e) => !/^(503|200) SERVICE_UNAVAILABLE/.test(e))).toEqual([]);
  const stored = await verify(run.outcome);
  expect(stored).toBeGreaterThanOrEqual(run.outcome.acknowledged.size);
}, 180_000);

test('the API process killed mid-load and started again: nothing acknowledged lost, nothing twice', async () => {
  const run = load(4, 'load-kill');
  await wait(2000);
  expect(run.outcome.acknowledged.size).toBeGreaterThan(5);
  api.child.kill('SIGKILL');
  await api.exited();
  await wait(1000);
  await startApi();
  const after = run.outcome.acknowledged.size;
  expect(await until(async () => run.outcome.acknowledged.size > after + 5)).toBe(true);
  await run.stop();
  expect(run.outcome.errors.some((e) => e.startsWith('network'))).toBe(true);
  await verify(run.outcome);
}, 180_000);
