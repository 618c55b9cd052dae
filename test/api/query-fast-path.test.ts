// Repeated queries skip Apollo's pipeline (api/src/common/query-fast-path.ts): Apollo answers a query text the first
// time, the fast path later. Both must answer alike (data, errors, status, headers), run the same hooks (the activity
// log, the allow-list), and anything the fast path does not take must reach Apollo untouched.
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { CompiledOperations } from '../../api/src/common/jit';
import { QueryFastPath } from '../../api/src/common/query-fast-path';
import { startTestApp, type TestApp } from '../support/harness';
import { createStaff, submitS1, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let submitted: { id: string; number: string };

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  submitted = await submitS1(app, staff.body, '1956-04-04');
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

/** A raw POST: status, headers (but the request id and date) and body, and whether the fast path answered it. */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const before = app.app.fast.answered;
  const res = await fetch(`${app.url}${app.config.graphqlPath}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const kept = [...res.headers].filter(([name]) => !['x-request-id', 'date', 'keep-alive', 'connection'].includes(name));
  return { fast: app.app.fast.answered - before, status: res.status, headers: Object.fromEntries(kept), body: text.startsWith('{') ? JSON.parse(text) : text };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const SAME: { name: string; body: () => Record<string, unknown>; headers?: () => Record<string, string>; code?: string }[] = [
  { name: 'a public query', body: () => ({ query: '{ regions { code name { kk ru en text } } }' }) },
  { name: 'an application with its history and personal data', body: () => ({ query: 'query($id: ID!) { application(id: $id) { number status acceptedAt dueOn applicant { iin fullName phone } history { action at } } }', variables: { id: submitted.id } }), headers: () => bearer(staff.body) },
  { name: 'the operation named, of several', body: () => ({ query: 'query A { regions { code } } query B { services(page: { limit: 2 }) { totalCount items { code } } }', operationName: 'B' }) },
  { name: "Apollo Client's default Accept", body: () => ({ query: '{ regions { id } }' }), headers: () => ({ accept: 'application/graphql-response+json,application/json;q=0.9' }) },
  { name: 'a role that may not: FORBIDDEN', body: () => ({ query: '{ users { totalCount } }' }), headers: () => bearer(staff.supervisor), code: 'FORBIDDEN' },
  { name: 'anonymous: UNAUTHENTICATED', body: () => ({ query: '{ applications { totalCount } }' }), code: 'UNAUTHENTICATED' },
  { name: "a resolver's argument check: BAD_USER_INPUT", body: () => ({ query: '{ addWorkingDays(from: "2025-01-01", days: 100000) }' }), code: 'BAD_USER_INPUT' },
  { name: 'a record that is not there: null', body: () => ({ query: 'query($id: ID!) { application(id: $id) { number } }', variables: { id: '00000000-0000-4000-8000-000000000000' } }), headers: () => bearer(staff.body) },
];

test.each(SAME)('$name: Apollo answers first, the fast path after, alike', async ({ body, headers, code }) => {
  const first = await post(body(), headers?.());
  const second = await post(body(), headers?.());
  const third = await post(body(), headers?.());
  expect([first.fast, second.fast, third.fast]).toEqual([0, 1, 1]);
  if (code) expect(first.body.errors?.[0]?.extensions?.code).toBe(code);
  else expect([first.status, first.body.errors]).toEqual([200, undefined]);
  expect(second).toEqual({ ...first, fast: 1 });
  expect(third).toEqual(second);
});

const DECLINED: { name: string; body: Record<string, unknown>; headers?: Record<string, string> }[] = [
  { name: 'a mutation', body: { query: 'mutation { sessionRevoke { ok } }' } },
  { name: 'a request with extensions', body: { query: '{ regions { code } }', extensions: { tracing: true } } },
  { name: 'another Accept header', body: { query: '{ regions { code } }' }, headers: { accept: 'application/xml' } },
  { name: 'variables that do not coerce', body: { query: 'query($d: Date!) { workingDaysBetween(from: $d, to: "2025-02-01") }', variables: { d: 'yesterday' } } },
  { name: 'an operation name the document lacks', body: { query: '{ regions { code } }', operationName: 'Missing' } },
  { name: 'variables sent as a string', body: { query: '{ regions { code } }', variables: '{}' } },
];

test.each(DECLINED)('$name: always Apollo, the same answer each time', async ({ body, headers }) => {
  const first = await post(body, headers);
  const second = await post(body, headers);
  expect([first.fast, second.fast]).toEqual([0, 0]);
  expect(second).toEqual(first);
});

test('an empty operation name names no operation (it is not "no name"): Apollo answers it, also once the text is known', async () => {
  const query = '{ regions { code name { en } } }';
  expect([(await post({ query })).fast, (await post({ query })).fast]).toEqual([0, 1]);
  const empty = await post({ query, operationName: '' });
  expect(empty.fast).toBe(0);
  expect(empty.status).toBe(400);
  expect(empty.body.errors[0].message).toMatch(/operation/i);
});

test('a session that is not one: the same error from the fast path as from Apollo', async () => {
  const query = '{ applications { totalCount } }  ';
  expect((await post({ query }, bearer(staff.body))).status).toBe(200);
  const fast = await post({ query }, bearer('sst_not-a-session'));
  const apollo = await post({ query: `${query}# not seen before` }, bearer('sst_not-a-session'));
  expect([fast.fast, apollo.fast]).toEqual([1, 0]);
  expect(fast.status).toBeGreaterThanOrEqual(400);
  expect({ ...fast, fast: 0 }).toEqual(apollo);
});

test('each read on the fast path is logged before its answer, like on Apollo', async () => {
  const query = 'query($id: ID!) { application(id: $id) { number applicant { iin } } }';
  const ids = ['req-fast-1', 'req-fast-2', 'req-fast-3'];
  const answers = [];
  for (const id of ids) {
    const answer = await post({ query, variables: { id: submitted.id } }, { ...bearer(staff.body), 'x-request-id': id });
    const logged = await app.orm.em.getConnection().execute(`select entity_type, entity_ids::text[] as ids from activity_log where request_id = ? and kind = 'PERSONAL_DATA_READ'`, [id]);
    answers.push({ fast: answer.fast, number: answer.body.data.application.number, logged });
  }
  expect(answers.map((a) => a.fast)).toEqual([0, 1, 1]);
  for (const a of answers) expect([a.number, a.logged]).toEqual([submitted.number, [{ entity_type: 'Application', ids: [submitted.id] }]]);
});

test('it remembers a bounded number of query texts, only queries, and nothing once closed', async () => {
  const fast = new QueryFastPath({ apollo: () => app.app.apollo, operations: new CompiledOperations(buildSchema('type Query { a: Int }')), plugins: [], formatError: (f) => f, stringify: JSON.stringify, maxQueries: 2, maxQueryLength: 100 });
  const learn = async (source: string) => {
    const document = parse(source);
    const listener = await fast.learner.requestDidStart!({} as never);
    await listener!.didResolveOperation!({ source, document, operation: document.definitions[0] as OperationDefinitionNode } as never);
  };
  await learn('{ regions { code } }');
  await learn('mutation { sessionRevoke { ok } }');
  await learn(`{ regions { code ${' '.repeat(100)} } }`);
  expect(fast.size).toBe(1);
  await learn('{ regions { id } }');
  await learn('{ services { totalCount } }');
  expect(fast.size).toBeLessThanOrEqual(2);
  fast.close();
  expect(fast.size).toBe(0);
  await learn('{ regions { name { kk } } }');
  expect(fast.size).toBe(0);
  expect(await fast.answer({ query: "{ regions { name { kk } } }" }, {}, async () => ({}) as never)).toBeUndefined();
});
