// Security headers, CORS, throttling of sign-in per address and of API keys, and the lockout after failed sign-ins.
import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/harness';

const SIGN_IN = 'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }';

describe('headers and CORS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ corsOrigins: ['https://psc.example.kz'] });
  });
  afterAll(() => app?.stop());

  test('the console is served with a strict CSP that allows its one inline script by hash; the API with none at all', async () => {
    const page = await fetch(`${app.url}/`);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const inline = /<script>([^<]*)<\/script>/.exec(html)![1];
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    for (const res of [page, await fetch(`${app.url}/healthz`)]) {
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    const api = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regions { code } }"}' });
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('strict-transport-security')).toBeNull(); // plain HTTP here: HSTS only over HTTPS
  });

  const post = (origin: string, method = 'POST') =>
    fetch(`${app.url}/graphql`, { method, headers: { 'content-type': 'application/json', origin, 'access-control-request-method': 'POST' }, body: method === 'POST' ? '{"query":"{ regions { code } }"}' : undefined });

  test('same-origin and listed origins are served; any other origin is refused before GraphQL', async () => {
    const same = await post(app.url);
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
    const listed = await post('https://psc.example.kz');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://psc.example.kz');
    const preflight = await post('https://psc.example.kz', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await post('https://evil.example');
    expect(other.status).toBe(403);
    expect(await other.json()).toEqual({ errors: [{ message: 'Origin https://evil.example is not allowed (CORS_ORIGINS).', extensions: { code: 'FORBIDDEN' } }] });
    expect((await post('https://evil.example', 'OPTIONS')).status).toBe(403);
  });
});

describe('throttling and lockout', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ signInPerMinute: 4, apiKeyPerMinute: 3, lockoutAttempts: 3, lockoutMinutes: 15 });
  });
  afterAll(() => app?.stop());

  test('sign-in is throttled per address: beyond the rate, 429 with Retry-After and a typed error', async () => {
    const attempt = (headers: Record<string, string> = {}) => app.gql(SIGN_IN, { input: { login: 'nobody', password: 'wrong-password-1' } }, { headers });
    for (let i = 0; i < 4; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const fifth = await attempt();
    expect(fifth.status).toBe(429);
    expect(fifth.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) }, message: expect.stringMatching(/sign-in attempts/) });
    // Another address (through a proxy on loopback, which the server trusts) has its own allowance.
    expect((await attempt({ 'x-forwarded-for': '10.1.2.3' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('three failed sign-ins in a row lock the account: even the right password is refused, until an administrator sets a new one', async () => {
    const from = (ip: string, password: string) => app.gql(SIGN_IN, { input: { login: 'clerk', password } }, { headers: { 'x-forwarded-for': ip } });
    const admin = await app.gql<any>(SIGN_IN, { input: { login: 'admin', password: 'admin-test-password' } }, { headers: { 'x-forwarded-for': '10.0.0.1' } });
    const token = admin.data.sessionCreate.token;
    const created = await app.gql<any>('mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id version } } }', { i: { login: 'clerk', fullName: 'Clerk', role: 'DIRECTORY_ADMIN', password: 'right-password-1' } }, { token });
    const { id, version } = created.data.userCreate.user;
    for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3']) expect((await from(ip, 'wrong-password-9')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await from('10.0.1.4', 'right-password-1');
    expect(locked.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: 'Sign-in failed: unknown login or wrong password.' });
    const seen = await app.gql<any>('query($id: ID!) { user(id: $id) { lockedUntil } }', { id }, { token });
    expect(Date.parse(seen.data.user.lockedUntil) - Date.now()).toBeGreaterThan(14 * 60_000);
    const reset = await app.gql<any>('mutation($id: ID!, $v: Int!) { userUpdate(id: $id, version: $v, input: { password: "new-password-22" }) { userErrors { code } } }', { id, v: version }, { token });
    expect(reset.data.userUpdate.userErrors).toEqual([]);
    expect((await from('10.0.1.5', 'new-password-22')).data?.sessionCreate.token).toMatch(/^sst_/);
  });

  test('each API key has its own rate: beyond it, 429', async () => {
    const token = (await app.gql<any>(SIGN_IN, { input: { login: 'admin', password: 'admin-test-password' } }, { headers: { 'x-forwarded-for': '10.0.0.2' } })).data.sessionCreate.token;
    const user = await app.gql<any>('mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } } }', { i: { login: 'partner', fullName: 'Partner', role: 'INTEGRATOR', password: 'partner-password-1' } }, { token });
    const keys = [];
    for (const name of ['one', 'two']) {
      const res = await app.gql<any>('mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { secret } }', { i: { userId: user.data.userCreate.user.id, name, scopes: ['CATALOGUE_READ'] } }, { token });
      keys.push(res.data.apiKeyCreate.secret as string);
    }
    for (let i = 0; i < 3; i++) expect((await app.gql('{ regions { code } }', {}, { apiKey: keys[0] })).status).toBe(200);
    const over = await app.gql('{ regions { code } }', {}, { apiKey: keys[0] });
    expect(over.status).toBe(429);
    expect(over.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await app.gql('{ regions { code } }', {}, { apiKey: keys[1] })).status).toBe(200);
  });
});
