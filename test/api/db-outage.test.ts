import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';
import { freePort, spawnNode, type Spawned } from '../support/process';

// A PostgreSQL of this test's own, so it can be stopped without disturbing the other test files.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-outage-'));
fs.chmodSync(dir, 0o755);
let pgPort: number;
let pg: Spawned;
let app: TestApp;

async function startPg(): Promise<string> {
  pg = spawnNode('dist/api/testing/pg-server.js', [path.join(dir, 'pg'), String(pgPort)], {});
  const [, json] = await pg.waitFor(/^(\{.*\})$/m, 60_000);
  return JSON.parse(json).url;
}

async function stopPg() {
  pg.child.kill('SIGTERM');
  expect(await pg.exited()).toBe(0);
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  pgPort = await freePort();
  const adminUrl = await startPg();
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query('create database registry');
  await client.end();
  app = await startTestApp({ databaseUrl: adminUrl.replace(/\/postgres$/, '/registry'), dbConnectTimeoutMs: 1000 });
}, 90_000);

afterAll(async () => {
  await app?.stop();
  if (pg?.child.exitCode === null) await stopPg();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ready = async () => (await fetch(`${app.url}/readyz`)).status;
const regions = () => app.gql<{ regions: { code: string }[] }>('{ regions { code } }');

test('a database lost while running: /readyz fails, requests get a clear error, and service resumes by itself', async () => {
  expect(await ready()).toBe(200);
  expect((await regions()).data?.regions).toHaveLength(16);

  await stopPg();
  expect(await ready()).toBe(503);
  const during = await regions();
  expect(during.status).toBeLessThan(500);
  expect(during.errors?.[0]).toEqual(expect.objectContaining({ message: 'The database is unavailable. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }));
  const signedIn = await app.gql('{ me { login } }', {}, { token: 'sst_' + 'x'.repeat(43) });
  expect(signedIn.status).toBe(503);
  expect(signedIn.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(await fetch(`${app.url}/healthz`).then((r) => r.status)).toBe(200);

  await startPg();
  expect(await eventually(ready, (s) => s === 200)).toBe(200);
  const after = await eventually(regions, (r) => !r.errors);
  expect(after.data?.regions).toHaveLength(16);
  expect(await app.signIn()).toMatch(/^sst_/);
}, 120_000);
