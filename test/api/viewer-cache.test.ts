// Remembered viewers (api/src/modules/auth/viewer-cache.ts): a request with a known session costs no lookup, yet a
// session revoked or an account changed, by the API or straight in the database, is refused on the next request.
import { Client } from 'pg';
import { freshDatabase } from '../support/db';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let db: Client;
const ME = '{ me { login role } }';
const PASSWORD = 'viewer-cache-password-1';

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  const admin = await app.signIn();
  for (const login of ['cache.a', 'cache.b', 'cache.c']) {
    const res = await app.gql<any>('mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } } }', { input: { login, fullName: login, role: 'SUPERVISOR', password: PASSWORD } }, { token: admin });
    expect(res.data.userCreate.user.id).toBeTruthy();
  }
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

/** Polls until `check` holds (the listener hears notifications asynchronously); fails after 10 s. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('never happened');
}

const listening = async () => (await db.query(`select count(*)::int as n from pg_stat_activity where query = 'listen registry_viewers' and datname = current_database()`)).rows[0].n > 0;

test('a known session costs no statement; the first use looks it up', async () => {
  await eventually(listening);
  const token = await app.signIn('cache.a', PASSWORD);
  const first = await app.countStatements(() => app.gql<any>(ME, {}, { token }));
  expect(first.result.data.me.login).toBe('cache.a');
  expect(first.sql.filter((s) => s.includes('token_hash'))).toHaveLength(1);
  // The sign-in's own notification may reach the listener after that lookup and make the instance forget once (a
  // harmless extra lookup): from then on the session is remembered.
  const lookups = async () => {
    const res = await app.countStatements(() => app.gql<any>(ME, {}, { token }));
    expect(res.result.data.me.login).toBe('cache.a');
    return res.sql.filter((s) => s.includes('token_hash')).length;
  };
  await eventually(async () => (await lookups()) === 0);
  expect(await lookups()).toBe(0);
  expect(await lookups()).toBe(0);
});

test('a session revoked straight in the database is refused on a following request', async () => {
  const token = await app.signIn('cache.b', PASSWORD);
  expect((await app.gql<any>(ME, {}, { token })).data.me.login).toBe('cache.b');
  expect((await app.gql<any>(ME, {}, { token })).data.me.login).toBe('cache.b'); // remembered now
  await db.query(`update session set revoked_at = now() where user_id = (select id from app_user where login = 'cache.b')`);
  await eventually(async () => (await app.gql<any>(ME, {}, { token })).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED');
  const after = await app.gql<any>(ME, {}, { token });
  expect(after.status).toBe(401);
  expect(after.errors?.[0].message).toMatch(/closed/);
});

test('an account disabled through the API is refused at once, and signing out ends the session at once', async () => {
  const admin = await app.signIn();
  const token = await app.signIn('cache.c', PASSWORD);
  expect((await app.gql<any>(ME, {}, { token })).data.me.role).toBe('SUPERVISOR');
  const user = (await db.query(`select id, version from app_user where login = 'cache.c'`)).rows[0];
  const res = await app.gql<any>('mutation($id: ID!, $v: Int!) { userUpdate(id: $id, version: $v, input: { active: false }) { userErrors { message } } }', { id: user.id, v: user.version }, { token: admin });
  expect(res.data.userUpdate.userErrors).toEqual([]);
  // No waiting: this instance forgot its viewers before answering the mutation.
  expect((await app.gql<any>(ME, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

  const other = await app.signIn('cache.a', PASSWORD);
  expect((await app.gql<any>(ME, {}, { token: other })).data.me.login).toBe('cache.a');
  expect((await app.gql<any>('mutation { sessionRevoke }', {}, { token: other })).data.sessionRevoke).toBe(true);
  expect((await app.gql<any>(ME, {}, { token: other })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

test('while the change notifications cannot be heard, every request looks its session up; it resumes remembering after', async () => {
  const token = await app.signIn('cache.a', PASSWORD);
  await app.gql(ME, {}, { token });
  await db.query(`select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen registry_viewers' and datname = current_database()`);
  // Cut: the cache is off (at the latest once the client notices), so every request looks the session up.
  await eventually(async () => (await app.countStatements(() => app.gql(ME, {}, { token }))).sql.some((s) => s.includes('token_hash')));
  const off = await app.countStatements(() => app.gql<any>(ME, {}, { token }));
  expect(off.result.data.me.login).toBe('cache.a');
  // Reconnected: remembered again.
  await eventually(listening);
  await eventually(async () => !(await app.countStatements(() => app.gql(ME, {}, { token }))).sql.some((s) => s.includes('token_hash')));
});

test('VIEWER_CACHE_SECONDS=0 looks every request up', async () => {
  const plain = await startTestApp({ databaseUrl: await freshDatabase('nocache'), viewerCacheSeconds: 0 });
  try {
    const token = await plain.signIn();
    for (let i = 0; i < 3; i++) {
      const r = await plain.countStatements(() => plain.gql<any>(ME, {}, { token }));
      expect(r.sql.filter((s) => s.includes('token_hash'))).toHaveLength(1);
    }
  } finally {
    await plain.stop();
  }
}, 60_000);
