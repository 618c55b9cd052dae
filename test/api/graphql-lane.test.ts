// POSTs of JSON take a lane that skips Express (api/src/common/graphql-lane.ts); everything else takes the Express
// route. Both must answer alike: the same headers, the same errors, the same client address.
import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../../api/src/common/graphql-lane';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

const QUERY = '{ regions { code } }';
const HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'permissions-policy', 'cache-control', 'content-type'];

test('a POST of JSON (the lane) and a GET (Express) answer with the same data and headers', async () => {
  const post = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'lane-1' }, body: JSON.stringify({ query: QUERY }) });
  const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true', 'x-request-id': 'route-1' } });
  expect(post.status).toBe(200);
  expect(get.status).toBe(200);
  expect(await post.json()).toEqual(await get.json());
  for (const name of HEADERS) expect([name, post.headers.get(name)]).toEqual([name, get.headers.get(name)]);
  expect(post.headers.get('cache-control')).toBe('no-store');
  expect(post.headers.get('x-request-id')).toBe('lane-1');
  expect(get.headers.get('x-request-id')).toBe('route-1');
});

test('bodies that are not a JSON object, or carry NUL, are 400 client errors on the lane as on the route', async () => {
  for (const body of ['"a string"', '{"query": ', '{"query": "{ regions { code } }", "variables": {"x": "\\u0000"}}']) {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([body, res.status]).toEqual([body, 400]);
    const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(json.errors[0].extensions.code).toMatch(/^BAD_REQUEST$|^GRAPHQL_PARSE_FAILED$/);
    expect(JSON.stringify(json)).not.toMatch(/node_modules|\bat \w+ \(|\.js:\d/);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }
  // Without a length (chunked), the route takes it and answers the same way.
  const chunked = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('"a string"')), c.close()) }),
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(400);
});

test('another origin goes to the route and is refused there; the same origin is served', async () => {
  const foreign = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ query: QUERY }) });
  expect(foreign.status).toBe(403);
  const own = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin: app.url }, body: JSON.stringify({ query: QUERY }) });
  expect(own.status).toBe(200);
});

test("the client's address: X-Forwarded-For believed only through proxies on this machine, as Express does", () => {
  const req = (remoteAddress: string | undefined, forwarded?: string) => ({ socket: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as IncomingMessage;
  expect(clientAddress(req('10.1.2.3'))).toBe('10.1.2.3');
  expect(clientAddress(req('10.1.2.3', '203.0.113.7'))).toBe('10.1.2.3');
  expect(clientAddress(req('127.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
  expect(clientAddress(req('::ffff:127.0.0.1', '198.51.100.1, 127.0.0.1'))).toBe('198.51.100.1');
  expect(clientAddress(req('::1', '198.51.100.1, 203.0.113.9'))).toBe('203.0.113.9');
  expect(clientAddress(req('127.0.0.1', '127.0.0.2'))).toBe('127.0.0.2');
  expect(clientAddress(req(undefined))).toBeUndefined();
});
