import { GraphQLError } from 'graphql';
import { Client } from 'pg';
import { formatError } from '../../api/src/app';
import { startTestApp, type TestApp } from '../support/harness';

describe('error masking', () => {
  test('an unexpected error reaches the client as INTERNAL_SERVER_ERROR without its message or stack', () => {
    const internal = new GraphQLError('select * from "app_user" - relation "app_user" does not exist', {
      originalError: Object.assign(new Error('relation "app_user" does not exist'), { code: '42P01' }),
      path: ['users'],
    });
    const out = formatError({ message: internal.message, path: ['users'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, internal);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(out)).not.toMatch(/relation|select|stack|at x/);
  });

  test('a lost connection reaches the client as SERVICE_UNAVAILABLE', () => {
    const lost = new GraphQLError('Connection terminated unexpectedly', { originalError: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) });
    expect(formatError({ message: lost.message }, lost)).toEqual(expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }));
  });

  test('typed client errors keep their message and code, without stack traces', () => {
    const denied = new GraphQLError('Your role may not perform this operation.', { extensions: { code: 'FORBIDDEN' } });
    expect(formatError({ message: denied.message, extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } }, denied)).toEqual({
      message: denied.message,
      extensions: { code: 'FORBIDDEN' },
    });
  });
});

describe('over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  test('every response carries a request id; a sane incoming one is kept, a hostile one replaced', async () => {
    const kept = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'psc-42' } });
    expect(kept.headers.get('x-request-id')).toBe('psc-42');
    const replaced = await fetch(`${app.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('a syntax error, an unknown field and malformed JSON are typed client errors, not 500s', async () => {
    const syntax = await app.gql('{ regions { code ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await app.gql('{ nothing }');
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).not.toMatch(/at |node_modules/);
  });

  test('a real fault inside a resolver (a broken table) reaches the client masked, without SQL or internals', async () => {
    const db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await db.query('alter table psc_branch rename to psc_branch_broken');
      const res = await app.gql('{ pscBranches { id name { kk } } }');
      expect(res.status).toBe(200);
      expect(res.errors).toEqual([{ message: expect.stringMatching(/^Internal server error/), path: ['pscBranches'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(res)).not.toMatch(/relation|select|psc_branch|at /);
    } finally {
      await db.query('alter table psc_branch_broken rename to psc_branch');
      await db.end();
    }
    expect((await app.gql('{ pscBranches { id } }')).errors).toBeUndefined();
  });
});
