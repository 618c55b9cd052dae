import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let token: string;

const CREATE = `mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id login role version region { code } office { id } } userErrors { code field message } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UserUpdateInput!) {
  userUpdate(id: $id, version: $version, input: $input) { user { id fullName role version } userErrors { code field message } } }`;

async function count(where = 'true'): Promise<number> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(`select count(*) from app_user where ${where}`)).rows[0].count);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  app = await startTestApp();
  token = await app.signIn();
});
afterAll(() => app?.stop());

describe('creating accounts', () => {
  test.each([
    ['login', { login: 'A B' }],
    ['password', { password: 'short' }],
    ['fullName', { fullName: '' }],
  ])('an invalid %s is a BAD_USER_INPUT error naming it, and nothing is stored', async (field, patch) => {
    const before = await count();
    const input = { login: 'valid.login', fullName: 'Valid Name', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw', ...patch };
    const res = await app.gql(CREATE, { input }, { token });
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    expect(res.errors?.[0].message).toContain(field);
    expect(await count()).toBe(before);
  });

  test('an unknown role is refused by the schema', async () => {
    const res = await app.gql(CREATE, { input: { login: 'x.role', fullName: 'X', role: 'KING', password: 'long-enough-pw' } }, { token });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/role/);
  });

  test('a taken login is a TAKEN user error', async () => {
    const input = { login: 'dir.admin', fullName: 'Directory Admin', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw' };
    expect((await app.gql(CREATE, { input }, { token })).data?.userCreate.userErrors).toEqual([]);
    const again = await app.gql(CREATE, { input }, { token });
    expect(again.data?.userCreate.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN', field: ['input', 'login'] })]);
    expect(await count("login = 'dir.admin'")).toBe(1);
  });

  test('an OPERATOR needs an office, and only an OPERATOR has one', async () => {
    const res = await app.gql(CREATE, { input: { login: 'op.nooffice', fullName: 'Op', role: 'OPERATOR', password: 'long-enough-pw' } }, { token });
    expect(res.data?.userCreate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'officeId'] })]);
    expect(await count("login = 'op.nooffice'")).toBe(0);
  });

  test('an unknown office or region is NOT_FOUND, naming the field', async () => {
    const office = await app.gql(
      CREATE,
      { input: { login: 'op.ghost', fullName: 'Op', role: 'OPERATOR', password: 'long-enough-pw', officeId: '00000000-0000-4000-8000-000000000000' } },
      { token },
    );
    expect(office.data?.userCreate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'officeId'] })]);
    const region = await app.gql(CREATE, { input: { login: 'sup.ghost', fullName: 'S', role: 'SUPERVISOR', password: 'long-enough-pw', regionCode: 'KZ-XXX' } }, { token });
    expect(region.data?.userCreate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'regionCode'] })]);
    expect(await count("login in ('op.ghost', 'sup.ghost')")).toBe(0);
  });

  test('a SUPERVISOR may be limited to one region; other roles may not', async () => {
    const ok = await app.gql(CREATE, { input: { login: 'sup.kus', fullName: 'S', role: 'SUPERVISOR', password: 'long-enough-pw', regionCode: 'kz-kus' } }, { token });
    expect(ok.data?.userCreate.user.region).toEqual({ code: 'KZ-KUS' });
    const bad = await app.gql(CREATE, { input: { login: 'dir.kus', fullName: 'D', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw', regionCode: 'KZ-KUS' } }, { token });
    expect(bad.data?.userCreate.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'regionCode'] })]);
  });
});

describe('updating accounts', () => {
  test('a stale version is a CONFLICT and changes nothing; the current one succeeds', async () => {
    const created = await app.gql(CREATE, { input: { login: 'upd.me', fullName: 'Before', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw' } }, { token });
    const { id, version } = created.data!.userCreate.user;
    const first = await app.gql(UPDATE, { id, version, input: { fullName: 'After' } }, { token });
    expect(first.data?.userUpdate.user).toMatchObject({ fullName: 'After', version: version + 1 });
    const stale = await app.gql(UPDATE, { id, version, input: { fullName: 'Overwrite' } }, { token });
    expect(stale.data?.userUpdate.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['version'] })]);
    expect(await count("login = 'upd.me' and full_name = 'After'")).toBe(1);
  });

  test('an administrator cannot remove their own rights', async () => {
    const me = await app.gql('{ me { login } users(filter: { search: "admin" }) { items { id login version } } }', {}, { token });
    const admin = me.data!.users.items.find((u: { login: string }) => u.login === 'admin');
    const res = await app.gql(UPDATE, { id: admin.id, version: admin.version, input: { role: 'SUPERVISOR' } }, { token });
    expect(res.data?.userUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    expect(await count("login = 'admin' and role = 'ADMIN'")).toBe(1);
  });

  test('an unknown id is NOT_FOUND', async () => {
    const res = await app.gql(UPDATE, { id: 'not-a-uuid', version: 1, input: { fullName: 'X' } }, { token });
    expect(res.data?.userUpdate.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
  });
});

describe('listing accounts', () => {
  test('filters by role and search, pages with totalCount', async () => {
    const res = await app.gql('{ users(filter: { role: SUPERVISOR }, page: { offset: 0, limit: 1 }) { totalCount items { role } } }', {}, { token });
    expect(res.data?.users.items).toHaveLength(1);
    expect(res.data?.users.totalCount).toBe(await count("role = 'SUPERVISOR'"));
  });

  test('a page larger than 200 is refused, naming the field', async () => {
    const res = await app.gql('{ users(page: { limit: 5000 }) { totalCount } }', {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields[0].field).toBe('limit');
  });
});
