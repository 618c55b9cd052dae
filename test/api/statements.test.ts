import { startTestApp, type TestApp } from '../support/harness';

// No list or detail operation may cost more than two SQL statements, whatever related data it asks for.
let app: TestApp;
let token: string;
let director: string;
let officeId: string;
let operatorId: string;
let operator: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.signIn();
  await app.gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { userErrors { code } } }', { i: { login: 'dir.stmt', fullName: 'D', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw' } }, { token });
  director = await app.signIn('dir.stmt', 'long-enough-pw');
  officeId = (await app.gql('{ offices(page: { limit: 1 }) { items { id } } }')).data!.offices.items[0].id;
  // An account attached to an office, so `me` and `user` have relations (office, its region and branch) to load.
  const created = await app.gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } userErrors { code } } }', { i: { login: 'op.stmt', fullName: 'O', role: 'OPERATOR', officeId, password: 'long-enough-pw' } }, { token });
  operatorId = created.data!.userCreate.user.id;
  operator = await app.signIn('op.stmt', 'long-enough-pw');
});
afterAll(() => app?.stop());

const SERVICE_DETAIL = `query($code: String!) { service(code: $code) {
  code title { text } status act { number status repealedOn repealedBy { number } }
  sections { provider { text { kk } source { cite lines } } legalBases { act { title { kk } adoptedOn } article paragraph } recipients { exclusions { text { kk } } }
    receipt { items { text { kk } } } handover { uncollected { keepMonths thenTransferTo } } complaints { paragraphs { paragraph } } contacts { phone } }
  cases { key title { kk } } deadlines { channel kind value unit case { key } source { cite } }
  documents { case { key } items { name { kk } kind fromStateSystem photoCount } }
  schedules { channel days opens closes lunchFrom } indicators { code normativeValue groupName { kk } }
  history { change act { number adoptedOn } } form { code fields { key label { kk } type required } } formNote { en } } }`;

// Every field a service exposes, relations of relations included (acts and the acts that repealed them).
const ACT = 'key number adoptedOn status repealedOn title { kk } repealedBy { key number repealedBy { number } }';
const SERVICE_EVERYTHING = `code title { kk ru en text } status decreeItem sortOrder version formNote { en } act { ${ACT} }
  cases { key title { kk } kind parentKey source { cite } }
  deadlines(channel: BODY) { id version channel kind value unit upTo excludesAcceptanceAndIssueDays startsFrom case { key title { kk } } condition { kk } text { kk } source { cite lines } }
  documents { case { key } submittedBy { kk } items { id name { kk } kind condition { kk } fromStateSystem photoCount case { key } source { cite } } }
  schedules { id version channel days opens closes lunchFrom lunchTo closedOn text { kk } source { cite } }
  indicators { code groupCode groupName { kk } wording { kk } normativeValue source { cite } }
  history { change source { cite } act { ${ACT} } }
  form { code title { kk } usedBy attachments { kk } fields { key label { kk } type required choices { value label { kk } } } }
  sections { provider { text { kk } source { cite lines } } channels { channel name { kk } }
    legalBases { act { ${ACT} } article paragraph } results { document { kk } text { kk } } fee { free text { kk } }
    recipients { exclusions { text { kk } } } receipt { items { text { kk } } } handover { uncollected { keepMonths thenTransferTo } }
    complaints { paragraphs { paragraph } } contacts { phone } }`;
const USER_EVERYTHING = `id login fullName role active lastSignInAt version region { code name { kk } }
  office { id name { kk } region { code name { kk } } branch { name { kk } region { code } } }`;

const OPERATIONS: [string, string, Record<string, unknown>, 'anon' | 'admin' | 'director' | 'operator'][] = [
  ['services (list, with everything)', `{ services(page: { limit: 50 }) { totalCount items { code title { text } act { number } cases { key } deadlines { value } documents { items { kind } } indicators { code } form { code } } } }`, {}, 'anon'],
  ['services (list, every field a service exposes)', `{ services(page: { limit: 50 }) { totalCount items { ${SERVICE_EVERYTHING} } } }`, {}, 'anon'],
  ['service (detail, everything)', SERVICE_DETAIL, { code: 'S3' }, 'anon'],
  ['service (detail, every field, deadlines of one channel)', `query($code: String!) { service(code: $code) { ${SERVICE_EVERYTHING} } }`, { code: 'S4' }, 'anon'],
  ['me (with office, its region and branch)', `{ me { ${USER_EVERYTHING} } }`, {}, 'operator'],
  ['user (with office, its region and branch)', `query($userId: ID!) { user(id: $userId) { ${USER_EVERYTHING} } }`, {}, 'admin'],
  ['offices (list)', `{ offices(page: { limit: 50 }) { totalCount items { id name { text } address { kk } region { code name { text } } branch { name { kk } } phones { e164 } openingHours { opens } source { cite } } } }`, {}, 'anon'],
  ['offices (search, open at)', `{ offices(filter: { search: "Қостанай", openAt: "2025-03-04T06:00:00Z" }) { totalCount items { id region { code } } } }`, {}, 'anon'],
  ['office (detail)', `query($id: ID!) { office(id: $id) { id name { kk } region { code name { kk } } branch { name { kk } address { kk } } phones { printed } notes { text } } }`, {}, 'anon'],
  ['regions', `{ regions { code name { text } } }`, {}, 'anon'],
  ['departments', `{ departments { name { kk } region { code name { kk } } phones { e164 } } }`, {}, 'anon'],
  ['pscBranches', `{ pscBranches { name { kk } region { code } } }`, {}, 'anon'],
  ['legalActs', `{ legalActs { key title { kk } repealedBy { number } } }`, {}, 'anon'],
  ['workingCalendar', `{ workingCalendar(year: 2013) { workingDays days { date kind name { kk } } } }`, {}, 'anon'],
  ['users', `{ users { totalCount items { login region { code name { kk } } office { name { kk } region { code } branch { name { kk } } } } } }`, {}, 'admin'],
  ['apiKeys', `{ apiKeys { totalCount items { name user { login } } } }`, {}, 'admin'],
  ['auditEntries', `{ auditEntries { totalCount items { action before after } } }`, {}, 'director'],
];

test.each(OPERATIONS)('%s: at most 2 SQL statements', async (_name, query, variables, who) => {
  const headers = who === 'anon' ? {} : { token: { admin: token, director, operator }[who] };
  const vars = query.includes('$id') ? { id: officeId } : query.includes('$userId') ? { userId: operatorId } : variables;
  // The caller's session is looked up once per request: that lookup is not the operation's.
  const auth = who === 'anon' ? 0 : 1;
  const { result, statements, sql } = await app.countStatements(() => app.gql(query, vars, headers));
  expect(result.errors).toBeUndefined();
  expect({ statements: statements - auth, sql }).toEqual({ statements: expect.any(Number), sql: expect.any(Array) });
  expect(statements - auth).toBeLessThanOrEqual(2);
});
