import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emptyDatabase, freshDatabase } from '../support/db';
import { freePort, spawnNode } from '../support/process';

const MAIN = 'dist/api/main.js';

async function get(url: string) {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

describe('npm start (the compiled server as its own process)', () => {
  test('on DATABASE_URL: migrates and seeds an empty database, serves API, console, health and readiness, then stops cleanly on SIGINT', async () => {
    const port = await freePort();
    const server = spawnNode(MAIN, [], { DATABASE_URL: await emptyDatabase('start'), PORT: String(port), ADMIN_PASSWORD: 'start-test-password' });
    try {
      await server.waitFor(/Console:\s+http:\/\/127\.0\.0\.1:\d+\//);
      expect(server.output()).toMatch(/GraphQL:\s+http:\/\/127\.0\.0\.1:\d+\/graphql/);
      expect(server.output()).toContain('external (DATABASE_URL)');
      const base = `http://127.0.0.1:${port}`;
      expect(await get(`${base}/healthz`)).toEqual({ status: 200, text: '{"status":"ok"}' });
      expect(JSON.parse((await get(`${base}/readyz`)).text)).toEqual({ status: 'ready', database: 'up', migrations: 'applied' });
      const console = await get(`${base}/some/console/route`);
      expect(console.status).toBe(200);
      expect(console.text).toContain('window.__REGISTRY__={"graphqlPath":"/graphql"}');
      const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regions { code } }"}' });
      expect(gql.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await gql.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(16);
    } finally {
      server.child.kill('SIGINT');
    }
    expect(await server.exited()).toBe(0);
  });

  test('a database that is down at start gives a clear message and a non-zero exit, not a hang', async () => {
    const closed = await freePort();
    const server = spawnNode(MAIN, [], { DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${closed}/registry`, PORT: String(await freePort()), DB_CONNECT_TIMEOUT_MS: '1500' });
    expect(await server.exited(20_000)).toBe(1);
    expect(server.output()).toMatch(/Start-up failed: Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:\d+\/registry: ECONNREFUSED/);
    expect(server.output()).not.toContain('secret');
  });

  test('a port in use is a clear message', async () => {
    const port = await freePort();
    const first = spawnNode(MAIN, [], { DATABASE_URL: await freshDatabase('port'), PORT: String(port), ADMIN_PASSWORD: 'start-test-password' });
    try {
      await first.waitFor(/Console:/);
      const second = spawnNode(MAIN, [], { DATABASE_URL: await freshDatabase('port2'), PORT: String(port), ADMIN_PASSWORD: 'start-test-password' });
      expect(await second.exited()).toBe(1);
      expect(second.output()).toContain(`Port ${port} is in use`);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited()).toBe(0);
  });

  test('without DATABASE_URL: starts an embedded PostgreSQL with demo data on the first start only, keeps its data between runs, and stops it on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-embedded-'));
    fs.chmodSync(dir, 0o755);
    const env = { PORT: String(await freePort()), PG_PORT: String(await freePort()), PG_DATA_DIR: path.join(dir, 'pg'), DEMO_DATA: 'true', DEMO_APPLICATIONS: '400' };
    try {
      const first = spawnNode(MAIN, [], env);
      const [, password] = await first.waitFor(/generated password: (\S+)/, 60_000);
      await first.waitFor(/Console:/);
      expect(first.output()).toContain('embedded PostgreSQL');
      expect(first.output()).toContain('Demo data: 400 generated applications, marked "demo"');
      const signIn = async () => {
        const res = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { user { role } } }', variables: { i: { login: 'admin', password } } }),
        });
        return ((await res.json()) as { data: { sessionCreate: { user: { role: string } } } }).data.sessionCreate.user.role;
      };
      expect(await signIn()).toBe('ADMIN');
      first.child.kill('SIGTERM');
      expect(await first.exited()).toBe(0);
      expect(fs.existsSync(path.join(env.PG_DATA_DIR, 'postmaster.pid'))).toBe(false);

      const second = spawnNode(MAIN, [], env);
      await second.waitFor(/Console:/, 60_000);
      expect(second.output()).not.toContain('generated password');
      expect(second.output()).not.toContain('Demo data:');
      expect(await signIn()).toBe('ADMIN');
      second.child.kill('SIGINT');
      expect(await second.exited()).toBe(0);
      expect(fs.existsSync(path.join(env.PG_DATA_DIR, 'postmaster.pid'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
