// Every path and port is the operator's choice (README's configuration table), and every request is logged with its id.
import pino from 'pino';
import { Writable } from 'node:stream';
import { loadConfig } from '../../api/src/config';
import { start } from '../../api/src/main';
import { freshDatabase } from '../support/db';
import { ADMIN_PASSWORD } from '../support/harness';

describe('loadConfig', () => {
  test('defaults are the README table', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 4000, graphqlPath: '/graphql', healthPath: '/healthz', readyPath: '/readyz', openDataPath: '/open-data', pgPort: 54329, dbName: 'registry', sessionTtlHours: 12, viewerCacheSeconds: 30, logLevel: 'info', introspection: true });
  });

  test('a bad number or a path without a leading slash is refused with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a non-negative integer, got "eighty"/);
    expect(() => loadConfig({ GRAPHQL_PATH: 'graphql' })).toThrow(/GRAPHQL_PATH must start with "\/"/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '-1' })).toThrow(/SESSION_TTL_HOURS/);
  });
});

test('GraphQL, health, readiness and open data answer on the configured paths only; each request is logged with its id', async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = {
    ...loadConfig({ GRAPHQL_PATH: '/api/v1/graphql', HEALTH_PATH: '/live', READY_PATH: '/ready', OPEN_DATA_PATH: '/data' }),
    host: '127.0.0.1',
    port: 0,
    databaseUrl: await freshDatabase('paths'),
    adminPassword: ADMIN_PASSWORD,
  };
  const running = await start(config, pino({ level: 'info' }, sink), { quiet: true });
  try {
    const post = (path: string) =>
      fetch(`${running.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-paths-1' }, body: '{"query":"{ regions { code } }"}' });
    const moved = await post('/api/v1/graphql');
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(16);
    expect(moved.headers.get('x-request-id')).toBe('req-paths-1');
    expect((await fetch(`${running.url}/live`)).status).toBe(200);
    expect((await fetch(`${running.url}/ready`)).status).toBe(200);
    expect((await fetch(`${running.url}/data/catalogue.jsonld`)).headers.get('content-type')).toMatch(/application\/ld\+json/);
    // The defaults are not served any more (the console's fallback route only answers GET).
    expect((await post('/graphql')).status).toBe(404);
    expect((await fetch(`${running.url}/open-data/catalogue.jsonld`)).headers.get('content-type')).toMatch(/text\/html/);

    const logged = lines.find((l) => l.requestId === 'req-paths-1' && l.msg === 'request');
    expect(logged).toMatchObject({ requestId: 'req-paths-1', method: 'POST', url: '/api/v1/graphql', status: 200 });
  } finally {
    await running.stop();
  }
});
