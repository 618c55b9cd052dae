// Operations run through graphql-js the first time and compiled (graphql-jit) afterwards (api/src/common/jit.ts):
// the answers must not depend on which one ran: data, errors, codes, paths and HTTP status alike.
import { Client } from 'pg';
import { createStaff, type Staff } from '../support/applications';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let staff: Staff;
beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
}, 60_000);
afterAll(async () => {
  await app?.stop();
});

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown>; as?: keyof Staff | 'anonymous'; code?: string }[] = [
  {
    name: 'fragments, aliases, @include and @skip, nested lists',
    query: `query($withAddress: Boolean!, $page: PageInput) {
      first: offices(page: $page, filter: { search: "Қостанай" }) { totalCount items { ...O address @include(if: $withAddress) { ru } } }
      regions { code name { kk text } }
      services(page: { limit: 3 }) { items { code title { en } deadlines { kind value unit } } }
    }
    fragment O on Office { id name { kk ru en } kind region { code } phones { printed e164 } }`,
    variables: { withAddress: true, page: { limit: 3 } },
  },
  { name: 'a page input with its defaults', query: 'query($page: PageInput) { offices(page: $page) { totalCount items { id } } }', variables: { page: {} } },
  { name: 'a role that may not: FORBIDDEN with its path', query: '{ users { totalCount } }', as: 'supervisor', code: 'FORBIDDEN' },
  { name: 'anonymous: UNAUTHENTICATED', query: '{ applications { totalCount } }', as: 'anonymous', code: 'UNAUTHENTICATED' },
  { name: 'argument validation: BAD_USER_INPUT naming the field', query: '{ addWorkingDays(from: "2025-01-01", days: 100000) }', code: 'BAD_USER_INPUT' },
  { name: 'a variable that does not coerce: 400 BAD_USER_INPUT', query: 'query($d: Date!) { workingDaysBetween(from: $d, to: "2025-02-01") }', variables: { d: 'yesterday' }, code: 'BAD_USER_INPUT' },
  { name: 'the operator list with history', query: '{ applications(page: { limit: 5 }) { totalCount items { id number timeliness applicant { iin fullName } history { action toStatus } } } }', as: 'body' },
  { name: 'a supervisor sees masked personal data', query: '{ applications(page: { limit: 5 }) { items { applicant { iin phone address masked } answers { key } } } }', as: 'supervisor' },
];

test.each(OPERATIONS)('$name: the same answer from graphql-js and compiled', async ({ query, variables, as, code }) => {
  const auth = as === 'anonymous' ? {} : { token: staff[as ?? 'supervisor'] as string };
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await app.gql(query, variables, auth));
  if (code) expect(answers[0].errors?.[0].extensions?.code).toBe(code);
  else expect([answers[0].errors, Object.values(answers[0].data ?? {}).every((v) => v !== null)]).toEqual([undefined, true]);
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual(answers[0]);
});

test('an unexpected fault (a broken table) and a lost database are masked alike, compiled or not', async () => {
  const db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    await db.query('alter table psc_branch rename to psc_branch_broken');
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await app.gql('{ pscBranches { id name { kk } } }'));
    expect(answers[0].errors).toEqual([{ message: expect.stringMatching(/^Internal server error\. The request id/), path: ['pscBranches'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  } finally {
    await db.query('alter table psc_branch_broken rename to psc_branch');
    await db.end();
  }
});
