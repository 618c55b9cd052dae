import { Client } from 'pg';
import { ADMIN_LOGIN, ADMIN_PASSWORD, startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let adminToken: string;

const ME = '{ me { login role fullName } }';
const USERS = '{ users { totalCount items { login } } }';
const CREATE_USER = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id login role version } userErrors { code field message } } }`;

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function createUser(input: Record<string, unknown>) {
  const res = await app.gql(CREATE_USER, { input }, { token: adminToken });
  expect(res.data?.userCreate.userErrors).toEqual([]);
  return res.data!.userCreate.user;
}

beforeAll(async () => {
  app = await startTestApp();
  adminToken = await app.signIn();
});
afterAll(() => app?.stop());

describe('signing in', () => {
  test('the first start creates the administrator, whose password is stored as an argon2id hash only', async () => {
    const [row] = await sql<{ password_hash: string; role: string }>('select password_hash, role from app_user where login = $1', [ADMIN_LOGIN]);
    expect(row.role).toBe('ADMIN');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(ADMIN_PASSWORD);
  });

  test('a session token identifies the caller', async () => {
    const res = await app.gql(ME, {}, { token: adminToken });
    expect(res.data?.me).toEqual({ login: ADMIN_LOGIN, role: 'ADMIN', fullName: 'Administrator' });
    const [session] = await sql<{ token_hash: string }>('select token_hash from session limit 1');
    expect(session.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.token_hash).not.toBe(adminToken);
  });

  test.each([
    ['a wrong password', ADMIN_LOGIN, 'not-the-password'],
    ['an unknown login', 'nobody', ADMIN_PASSWORD],
  ])('%s is refused with UNAUTHENTICATED, never a 500', async (_case, login, password) => {
    const res = await app.gql('mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }', { input: { login, password } });
    expect(res.status).toBeLessThan(500);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(/unknown login or wrong password/);
  });

  test('an empty login is a BAD_USER_INPUT error naming the field', async () => {
    const res = await app.gql('mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }', { input: { login: '', password: 'x' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'login' })]);
  });

  test('anonymous callers get null for me', async () => {
    const res = await app.gql(ME);
    expect(res.data?.me).toBeNull();
  });
});

describe('tokens that must not work', () => {
  test('a forged token is UNAUTHENTICATED with HTTP 401', async () => {
    const res = await app.gql(ME, {}, { token: 'sst_' + 'A'.repeat(43) });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a malformed Authorization header is UNAUTHENTICATED', async () => {
    const res = await app.gql(ME, {}, { headers: { authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('an expired session is UNAUTHENTICATED', async () => {
    const token = await app.signIn();
    await sql("update session set expires_at = now() - interval '1 minute' where id = (select id from session order by created_at desc limit 1)");
    const res = await app.gql(ME, {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(/expired/);
  });

  test('after sign-out the token stops working', async () => {
    const token = await app.signIn();
    const out = await app.gql('mutation { sessionRevoke }', {}, { token });
    expect(out.data?.sessionRevoke).toBe(true);
    const res = await app.gql(ME, {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('disabling an account ends its sessions at once', async () => {
    const user = await createUser({ login: 'sup.disabled', fullName: 'Disabled Supervisor', role: 'SUPERVISOR', password: 'supervisor-pass-1' });
    const token = await app.signIn('sup.disabled', 'supervisor-pass-1');
    const upd = await app.gql(
      'mutation($id: ID!, $version: Int!, $input: UserUpdateInput!) { userUpdate(id: $id, version: $version, input: $input) { userErrors { code } } }',
      { id: user.id, version: user.version, input: { active: false } },
      { token: adminToken },
    );
    expect(upd.data?.userUpdate.userErrors).toEqual([]);
    expect((await app.gql(ME, {}, { token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await app.gql('mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }', {
      input: { login: 'sup.disabled', password: 'supervisor-pass-1' },
    });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  test('anonymous callers may read the public catalogue but not accounts', async () => {
    const pub = await app.gql('{ regions { code } services { totalCount } }');
    expect(pub.errors).toBeUndefined();
    expect(pub.data?.regions).toHaveLength(16);
    const res = await app.gql(USERS);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  test('a signed-in caller without the role gets FORBIDDEN', async () => {
    await createUser({ login: 'sup.one', fullName: 'Supervisor One', role: 'SUPERVISOR', password: 'supervisor-pass-1', regionCode: 'KZ-AKM' });
    const token = await app.signIn('sup.one', 'supervisor-pass-1');
    const me = await app.gql('{ me { role region { code } } }', {}, { token });
    expect(me.data?.me).toEqual({ role: 'SUPERVISOR', region: { code: 'KZ-AKM' } });
    const res = await app.gql(USERS, {}, { token });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mut = await app.gql(CREATE_USER, { input: { login: 'x.y.z', fullName: 'X', role: 'ADMIN', password: 'long-enough-1' } }, { token });
    expect(mut.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sql("select 1 from app_user where login = 'x.y.z'")).toHaveLength(0);
  });
});

describe('API keys for integrators', () => {
  const CREATE_KEY = 'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id prefix name user { login } } userErrors { code field } } }';

  test('a key is shown once, stored hashed, identifies the integrator, and stops working when revoked', async () => {
    const integrator = await createUser({ login: 'psc.system', fullName: 'PSC queue system', role: 'INTEGRATOR', password: 'integrator-pass-1' });
    const created = await app.gql(CREATE_KEY, { input: { userId: integrator.id, name: 'PSC queue, Almaty', scopes: ['APPLICATIONS_WRITE'] } }, { token: adminToken });
    const { secret, apiKey } = created.data!.apiKeyCreate;
    expect(secret).toMatch(/^ssk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const [row] = await sql<{ secret_hash: string }>('select secret_hash from api_key where id = $1', [apiKey.id]);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(secret).not.toContain(row.secret_hash);

    const me = await app.gql(ME, {}, { apiKey: secret });
    expect(me.data?.me).toMatchObject({ login: 'psc.system', role: 'INTEGRATOR' });
    expect((await app.gql(USERS, {}, { apiKey: secret })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const list = await app.gql('{ apiKeys { totalCount items { prefix } } }', {}, { token: adminToken });
    expect(JSON.stringify(list.data)).not.toContain(secret.slice(17));

    await app.gql('mutation($id: ID!) { apiKeyRevoke(id: $id) { apiKey { revokedAt } } }', { id: apiKey.id }, { token: adminToken });
    const after = await app.gql(ME, {}, { apiKey: secret });
    expect(after.status).toBe(401);
    expect(after.errors?.[0].message).toMatch(/revoked/);
  });

  test('a wrong or malformed key is UNAUTHENTICATED', async () => {
    expect((await app.gql(ME, {}, { apiKey: 'nonsense' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, { apiKey: `ssk_000000000000_${'a'.repeat(43)}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('keys are issued to INTEGRATOR accounts only, and nothing is stored otherwise', async () => {
    const [admin] = await sql<{ id: string }>('select id from app_user where login = $1', [ADMIN_LOGIN]);
    const before = await sql('select id from api_key');
    const res = await app.gql(CREATE_KEY, { input: { userId: admin.id, name: 'nope', scopes: ['CATALOGUE_READ'] } }, { token: adminToken });
    expect(res.data?.apiKeyCreate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'userId'] }]);
    expect(await sql('select id from api_key')).toHaveLength(before.length);
  });
});
