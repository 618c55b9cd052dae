// The activity log: every mutation (sign-ins too) and every read of applications and complaints, with who, from where,
// which records and the outcome; credentials and applicants' data never written to it.
import { Pool } from 'pg';
import { ActivityWriter } from '../../api/src/modules/activity/activity';
import { startTestApp, type TestApp } from '../support/harness';
import { createStaff, submitS1, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let db: Pool;
const LOG = `query($filter: ActivityFilter) { activityLog(filter: $filter, page: { limit: 200 }) { totalCount items { kind operation actorLogin role via ip entityType entityIds variables outcome requestId } } }`;
const log = async (filter: Record<string, unknown>, token = staff.supervisor) => (await app.gql<any>(LOG, { filter }, { token })).data.activityLog.items;
let submitted: { id: string; number: string };

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Pool({ connectionString: app.databaseUrl, max: 4 });
  submitted = await submitS1(app, staff.body, '1955-03-03', { 'x-request-id': 'req-activity-1' });
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

test('a mutation is logged with who, the records it returned, the outcome, and its arguments without personal data', async () => {
  const [entry] = await log({ operation: 'applicationSubmit', actorLogin: 'op.body' });
  expect(entry).toMatchObject({ kind: 'MUTATION', actorLogin: 'op.body', role: 'OPERATOR', via: 'session', entityType: 'Application', entityIds: [submitted.id], outcome: 'OK', requestId: 'req-activity-1' });
  expect(entry.variables.input.applicant).toBe('[redacted]');
  expect(entry.variables.input.answers).toBe('[redacted]');
  expect(entry.variables.input.serviceCode).toBe('S1');
  expect(JSON.stringify(entry)).not.toMatch(/Тестов|\+7701|Қостанай қ\./);
});

test('sign-ins are logged with the login tried and never the password; failures as errors', async () => {
  await app.gql('mutation($i: SessionCreateInput!) { sessionCreate(input: $i) { token } }', { i: { login: 'op.body', password: 'a-wrong-password' } });
  const entries = await log({ operation: 'sessionCreate', actorLogin: 'op.body' });
  expect(entries.map((e: any) => e.outcome)).toEqual(expect.arrayContaining(['OK', 'ERROR']));
  expect(JSON.stringify(entries)).not.toMatch(/a-wrong-password|operator-password-1/);
  expect(entries[0].variables.i.password).toBe('[redacted]');
  const keyCreated = (await log({ operation: 'apiKeyCreate' }, staff.admin))[0];
  expect(keyCreated.outcome).toBe('OK');
  const stored = await db.query(`select count(*)::int as n from activity_log where variables::text like '%ssk_%' or variables::text like '%sst_%'`);
  expect(stored.rows[0].n).toBe(0);
});

test('reading applications and complaints is logged with who viewed which; a refused step as USER_ERRORS', async () => {
  await app.gql('query($id: ID!) { application(id: $id) { number applicant { fullName } } }', { id: submitted.id }, { token: staff.supervisor });
  await app.gql('{ applications(page: { limit: 5 }) { items { id } } }', {}, { token: staff.body });
  const reads = await log({ kind: 'PERSONAL_DATA_READ', entityId: submitted.id });
  expect(reads).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ operation: 'application', actorLogin: 'sup.all', role: 'SUPERVISOR', entityType: 'Application', entityIds: [submitted.id] }),
      expect.objectContaining({ operation: 'applications', actorLogin: 'op.body', entityIds: expect.arrayContaining([submitted.id]) }),
    ]),
  );
  await app.gql('mutation($id: ID!, $v: Int!) { applicationReady(id: $id, version: $v) { userErrors { code } } }', { id: submitted.id, v: 1 }, { token: staff.body });
  expect((await log({ operation: 'applicationReady' }))[0]).toMatchObject({ outcome: 'USER_ERRORS', actorLogin: 'op.body' });
  // Records are named by UUID: any other text names none (and is not an error).
  expect(await log({ entityId: 'not-a-record' })).toEqual([]);
  expect(await log({ entityId: ` ${submitted.id.toUpperCase()} ` })).toEqual(expect.arrayContaining([expect.objectContaining({ entityIds: [submitted.id] })]));
});

test('only administrators and supervisors read the log', async () => {
  for (const token of [staff.body, staff.directoryAdmin]) expect((await app.gql(LOG, {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await app.gql(LOG, {}, { apiKey: staff.integratorKey })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await app.gql(LOG, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('concurrent reads are each logged before their answer, requests finishing together sharing one insert', async () => {
  const count = async () => (await db.query(`select count(*)::int as n from activity_log where operation = 'application' and request_id like 'req-group-%'`)).rows[0].n;
  expect(await count()).toBe(0);
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      app.gql<any>('query($id: ID!) { application(id: $id) { number } }', { id: submitted.id }, { token: staff.body, headers: { 'x-request-id': `req-group-${i}` } }).then(async (r) => {
        // Answered: its entry is already stored.
        const mine = await db.query(`select count(*)::int as n from activity_log where request_id = $1`, [`req-group-${i}`]);
        return { number: r.data.application.number, logged: mine.rows[0].n };
      }),
    ),
  );
  expect(answers.every((a) => a.number === submitted.number && a.logged === 1)).toBe(true);
  expect(await count()).toBe(20);
  // Requests finishing together share an insert (how many do depends on timing, so the writer is checked directly):
  // entries written in one turn of the event loop go in one statement, i.e. one transaction id.
  const pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const writer = new ActivityWriter(pool);
    const row = (i: number) => ['PERSONAL_DATA_READ', 'application', null, 'op.body', 'OPERATOR', 'session', '127.0.0.1', `req-batch-${i}`, 'Application', [submitted.id], null, 'OK'];
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.write([row(i)])));
    const inserts = await db.query(`select count(*)::int as rows, count(distinct xmin::text)::int as n from activity_log where request_id like 'req-batch-%'`);
    expect(inserts.rows[0]).toEqual({ rows: 10, n: 1 });
  } finally {
    await pool.end();
  }
});

test('an insert waits, briefly, for the requests still being answered, so they share it', async () => {
  const pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  const row = (tag: string, i: number) => ['PERSONAL_DATA_READ', 'application', null, 'op.body', 'OPERATOR', 'session', '127.0.0.1', `${tag}-${i}`, 'Application', [submitted.id], null, 'OK'];
  const stored = async (tag: string) => (await db.query(`select count(*)::int as rows, count(distinct xmin::text)::int as inserts from activity_log where request_id like $1`, [`${tag}-%`])).rows[0];
  try {
    // Three requests under way: the first two to finish wait for the third (which logs nothing) instead of inserting.
    const writer = new ActivityWriter(pool, 5_000);
    for (let i = 0; i < 3; i++) writer.started();
    const first = writer.finished([row('req-wait', 1)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = writer.finished([row('req-wait', 2)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored('req-wait')).toEqual({ rows: 0, inserts: 0 });
    await writer.finished([]);
    await Promise.all([first, second]);
    expect(await stored('req-wait')).toEqual({ rows: 2, inserts: 1 });

    // A request that never finishes holds the others back no longer than the writer's wait.
    const brief = new ActivityWriter(pool, 30);
    brief.started();
    brief.started();
    const started = Date.now();
    await brief.finished([row('req-brief', 1)]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(await stored('req-brief')).toEqual({ rows: 1, inserts: 1 });
  } finally {
    await pool.end();
  }
});

test('a mutation\'s entries and a read\'s are both stored, in a batch of both kinds too', async () => {
  const pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
  try {
    const writer = new ActivityWriter(pool);
    const entry = (kind: string, i: number) => [kind, 'application', null, 'op.body', 'OPERATOR', 'session', '127.0.0.1', `req-kinds-${i}`, 'Application', [submitted.id], null, 'OK'];
    await Promise.all([writer.write([entry('PERSONAL_DATA_READ', 1)]), writer.write([entry('MUTATION', 2)])]);
    await writer.write([entry('PERSONAL_DATA_READ', 3)]);
    await writer.write([entry('MUTATION', 4)]);
    const rows = await db.query(`select request_id, kind::text, entity_ids::text[] as ids from activity_log where request_id like 'req-kinds-%' order by request_id`);
    expect(rows.rows).toEqual([1, 2, 3, 4].map((i) => ({ request_id: `req-kinds-${i}`, kind: i % 2 ? 'PERSONAL_DATA_READ' : 'MUTATION', ids: [submitted.id] })));
  } finally {
    await pool.end();
  }
});

test('every request that began is counted as answered, whatever became of it, so no insert waits for a request that is gone', async () => {
  const url = `${app.url}${app.config.graphqlPath}`;
  const post = (body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const answers = await Promise.all([
    app.gql('query($id: ID!) { application(id: $id) { number } }', { id: submitted.id }, { token: staff.body }),
    app.gql('{ application(id: "nope") { number ', {}, { token: staff.body }), // a syntax error
    app.gql('{ applications { items { noSuchField } } }', {}, { token: staff.body }), // fails validation
    app.gql('query($p: PageInput) { applications(page: $p) { totalCount } }', { p: { limit: 'many' } }, { token: staff.body }), // bad variables
    app.gql('{ activityLog { totalCount } }', {}, { token: staff.body }), // refused
    app.gql('mutation { sessionRevoke { ok } }'), // not signed in
    app.gql('{ applications { totalCount } }', {}, { token: 'sst_not-a-session' }), // refused before GraphQL runs
    post('{"query": "{ regions { code } }"'), // cut-off JSON
    post(JSON.stringify({ query: '{ regions { code } }', operationName: 'Missing' })), // no such operation
    fetch(`${url}?query=${encodeURIComponent('{ regions { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } }), // GET
  ]);
  expect(answers.length).toBe(10);
  expect(app.app.activity.pending).toBe(0);
});
