// Who sees and moves which applications, personal data by role, scoped API keys, idempotent submission, and the
// SQL cost of the list and the detail.
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';
import { applicant, createStaff, FIELDS, mustBring, requirements, STEP, SUBMIT, type Requirement, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let db: Client;
let S1: Requirement[];

const ANSWERS = [
  { key: 'militaryRegistration', value: 'Қостанай облысының ҚІД' },
  { key: 'certificateType', value: 'CHERNOBYL_LIQUIDATOR' },
  { key: 'conscriptedBy', value: 'Рудный қалалық әскери комиссариаты' },
  { key: 'rankAndPosition', value: 'қатардағы' },
  { key: 'unit', value: '731-батальон' },
  { key: 'servicePeriod', value: '1986-05–1986-11' },
];
const input = (extra: Record<string, unknown> = {}) => ({ serviceCode: 'S1', channel: 'CENTRE', officeId: staff.officeId, applicant: applicant('1962-07-01'), answers: ANSWERS, documents: mustBring(S1).map((d) => d.id), ...extra });
const ONE = `query($id: ID!) { application(id: $id) { id number applicant { iin phone address masked fullName } answers { key value } allowedActions receipt { applicantPhone } } }`;
const LIST = `query($filter: ApplicationFilter) { applications(filter: $filter, page: { limit: 200 }) { totalCount items { id number } } }`;
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);

let centreApp: { id: string; number: string; version: number };

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  S1 = (await requirements(app, 'S1')).get('')!;
  app.clock.set('2025-10-06T10:00:00+05:00');
  const res = await app.gql<any>(SUBMIT, { input: input() }, { token: staff.centre });
  centreApp = res.data.applicationSubmit.application;
  expect(centreApp.number).toMatch(/^S1-/);
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

describe('who sees what', () => {
  test("the centre's operator and the department that decides it see it in full; another office's operator does not", async () => {
    for (const token of [staff.centre, staff.body]) {
      const a = (await app.gql<any>(ONE, { id: centreApp.id }, { token })).data.application;
      expect(a.applicant).toMatchObject({ masked: false, address: expect.stringContaining('Қостанай') });
      expect(a.applicant.iin).toMatch(/^\d{12}$/);
      expect(a.answers.length).toBeGreaterThan(5);
      // No extension while the due date waits for the hand-over.
      expect(a.allowedActions).toEqual(['HAND_OVER']);
    }
    expect((await app.gql<any>(ONE, { id: centreApp.id }, { token: staff.otherCentre })).data.application).toBeNull();
    expect((await app.gql<any>(LIST, {}, { token: staff.otherCentre })).data.applications.items.map((a: any) => a.id)).not.toContain(centreApp.id);
    const step = await app.gql<any>(STEP('applicationHandOver'), { id: centreApp.id, version: centreApp.version }, { token: staff.otherCentre });
    expect(step.data.applicationHandOver.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })]);
  });

  test('an operator files only at their own place', async () => {
    const res = await app.gql<any>(SUBMIT, { input: input({ officeId: staff.officeId }) }, { token: staff.otherCentre });
    expect(res.data.applicationSubmit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'officeId'] })]);
    const body = await app.gql<any>(SUBMIT, { input: input({ officeId: null }) }, { token: staff.body });
    expect(body.data.applicationSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'officeId'], message: expect.stringMatching(/department: file BODY/) })]);
  });

  test('supervisors read their region with personal data masked, and cannot act', async () => {
    const a = (await app.gql<any>(ONE, { id: centreApp.id }, { token: staff.supervisor })).data.application;
    expect(a.applicant).toMatchObject({ masked: true, address: null, iin: expect.stringMatching(/^\d{6}\*{5}\d$/), phone: '+7701***67' });
    expect(a.applicant.fullName).toMatch(/^Тестов/);
    expect(a).toMatchObject({ answers: null, allowedActions: [], receipt: { applicantPhone: '+7701***67' } });
    expect((await app.gql<any>(ONE, { id: centreApp.id }, { token: staff.akmolaSupervisor })).data.application).toBeNull();
    const forbidden = await app.gql<any>(STEP('applicationHandOver'), { id: centreApp.id, version: centreApp.version }, { token: staff.supervisor });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const kus = await app.gql<any>(LIST, { filter: { region: 'KZ-KUS' } }, { token: staff.supervisor });
    expect(kus.data.applications.items.map((x: any) => x.id)).toContain(centreApp.id);
  });

  test('administrators, directory administrators and anonymous callers see no applications', async () => {
    for (const token of [staff.admin, staff.directoryAdmin]) expect((await app.gql(LIST, {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(SUBMIT, { input: input() }, { token: staff.directoryAdmin })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('partner systems (API keys)', () => {
  test('a submission without an idempotency key is refused, naming the field', async () => {
    const res = await app.gql<any>(SUBMIT, { input: input() }, { apiKey: staff.integratorKey });
    expect(res.data.applicationSubmit).toEqual({ application: null, userErrors: [expect.objectContaining({ code: 'INVALID', field: ['input', 'idempotencyKey'] })] });
  });

  test('the same key with the same content returns the same application; other content is a CONFLICT; nothing is duplicated', async () => {
    const payload = input({ idempotencyKey: 'psc-kus-2025-000001' });
    const first = (await app.gql<any>(SUBMIT, { input: payload }, { apiKey: staff.integratorKey })).data.applicationSubmit;
    expect(first.userErrors).toEqual([]);
    const again = (await app.gql<any>(SUBMIT, { input: payload }, { apiKey: staff.integratorKey })).data.applicationSubmit;
    expect(again.application).toMatchObject({ id: first.application.id, number: first.application.number });
    const other = (await app.gql<any>(SUBMIT, { input: { ...payload, applicant: applicant('1962-07-01') } }, { apiKey: staff.integratorKey })).data.applicationSubmit;
    expect(other).toEqual({ application: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['input', 'idempotencyKey'] })] });
    expect(await count('select count(*) from application where idempotency_key = $1', ['psc-kus-2025-000001'])).toBe(1);
    // Keys are per account: another partner may use the same key for its own submission.
    const theirs = (await app.gql<any>(SUBMIT, { input: payload }, { apiKey: staff.otherIntegratorKey })).data.applicationSubmit;
    expect(theirs.application.id).not.toBe(first.application.id);
  });

  test('ten concurrent retries with one key store one application, and all ten get it', async () => {
    const payload = input({ idempotencyKey: 'psc-kus-2025-concurrent' });
    const results = await Promise.all(Array.from({ length: 10 }, () => app.gql<any>(SUBMIT, { input: payload }, { apiKey: staff.integratorKey })));
    const ids = new Set(results.map((r) => r.data?.applicationSubmit.application?.id));
    expect(results.every((r) => !r.errors && r.data.applicationSubmit.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await count('select count(*) from application where idempotency_key = $1', ['psc-kus-2025-concurrent'])).toBe(1);
    expect(await count(`select count(*) from application_event e join application a on a.id = e.application_id where a.idempotency_key = $1`, ['psc-kus-2025-concurrent'])).toBe(1);
  });

  test('a partner sees and moves only what its account submitted', async () => {
    const mine = (await app.gql<any>(SUBMIT, { input: input({ idempotencyKey: 'psc-kus-2025-mine-01' }) }, { apiKey: staff.integratorKey })).data.applicationSubmit.application;
    const list = (await app.gql<any>(LIST, {}, { apiKey: staff.integratorKey })).data.applications.items.map((a: any) => a.id);
    expect(list).toContain(mine.id);
    expect(list).not.toContain(centreApp.id);
    expect((await app.gql<any>(ONE, { id: mine.id }, { apiKey: staff.otherIntegratorKey })).data.application).toBeNull();
    const moved = await app.gql<any>(STEP('applicationHandOver'), { id: mine.id, version: mine.version }, { apiKey: staff.integratorKey });
    expect(moved.data.applicationHandOver.userErrors).toEqual([]);
    const notTheirs = await app.gql<any>(STEP('applicationStart'), { id: mine.id, version: mine.version + 1 }, { apiKey: staff.otherIntegratorKey });
    expect(notTheirs.data.applicationStart.userErrors[0].code).toBe('NOT_FOUND');
  });

  test('a key without the applications:write scope can neither submit nor read applications', async () => {
    const submit = await app.gql<any>(SUBMIT, { input: input({ idempotencyKey: 'feedback-only-0001' }) }, { apiKey: staff.feedbackOnlyKey });
    expect(submit.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('applications:write') });
    expect((await app.gql(LIST, {}, { apiKey: staff.feedbackOnlyKey })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(`select count(*) from application where idempotency_key = 'feedback-only-0001'`)).toBe(0);
  });
});

describe('lists and filters', () => {
  test('filters: status, service, region, channel, period, overdue and due within N working days', async () => {
    // Accepted Monday 6 October 2025 at the centre: due provisional, hand-over assumed Tuesday 7, issue Thursday 9.
    app.clock.set('2025-10-08T09:00:00+05:00');
    const ids = async (filter: Record<string, unknown>, token = staff.centre) => (await app.gql<any>(LIST, { filter }, { token })).data.applications.items.map((a: any) => a.id);
    expect(await ids({ status: ['ACCEPTED'], serviceCode: 'S1', region: 'KZ-KUS', channel: 'CENTRE', acceptedFrom: '2025-10-06', acceptedTo: '2025-10-06' })).toContain(centreApp.id);
    expect(await ids({ channel: 'BODY' })).not.toContain(centreApp.id);
    expect(await ids({ acceptedFrom: '2025-10-07' })).not.toContain(centreApp.id);
    expect(await ids({ dueWithinWorkingDays: 1 })).toContain(centreApp.id);
    expect(await ids({ dueWithinWorkingDays: 0 })).not.toContain(centreApp.id);
    expect(await ids({ overdue: true })).not.toContain(centreApp.id);
    expect(await ids({ timeliness: ['OPEN'] })).toContain(centreApp.id);
    app.clock.set('2025-10-10T09:00:00+05:00');
    expect(await ids({ overdue: true })).toContain(centreApp.id);
    expect(await ids({ timeliness: ['OVERDUE'] })).toContain(centreApp.id);
    expect(await ids({ search: centreApp.number })).toEqual([centreApp.id]);
    const bad = await app.gql<any>(LIST, { filter: { region: 'Kostanay' } }, { token: staff.centre });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'region', message: expect.stringContaining('ISO 3166-2') })] });
  });

  test('totalCount is the same on every page, past the last one too', async () => {
    const page = async (offset: number) => (await app.gql<any>('query($o: Int!) { applications(page: { offset: $o, limit: 2 }) { totalCount items { id } } }', { o: offset }, { token: staff.supervisor })).data.applications;
    const first = await page(0);
    expect(first.totalCount).toBeGreaterThan(2);
    expect(first.totalCount).toBe(await count('select count(*) from application'));
    expect((await page(2)).totalCount).toBe(first.totalCount);
    expect(await page(1000)).toEqual({ totalCount: first.totalCount, items: [] });
  });

  test('the list and the detail cost one SQL statement each, whatever they ask for', async () => {
    await app.gql('{ me { login } }', {}, { token: staff.body }); // the session is known from here on
    const list = await app.countStatements(() =>
      app.gql<any>(`{ applications(page: { limit: 50 }) { totalCount items { ${FIELDS} } } }`, {}, { token: staff.body }),
    );
    expect(list.result.errors).toBeUndefined();
    expect(list.result.data.applications.items.length).toBeGreaterThan(1);
    expect(list.statements).toBe(1);
    const one = await app.countStatements(() => app.gql<any>(`query($id: ID!) { application(id: $id) { ${FIELDS} } }`, { id: centreApp.id }, { token: staff.body }));
    expect(one.result.data.application.history.length).toBeGreaterThan(0);
    expect(one.statements).toBe(1);
    // The same answers as one application read alone: the list's rows are the detail's.
    const fromList = list.result.data.applications.items.find((a: any) => a.id === centreApp.id);
    expect(fromList).toEqual(one.result.data.application);
  });

  test('a list reads only the columns its fields need, and every column where a field needs more', async () => {
    const narrow = await app.countStatements(() => app.gql<any>('{ applications(page: { limit: 5 }) { items { number office { name { kk } } } } }', {}, { token: staff.body }));
    expect(narrow.result.errors).toBeUndefined();
    const [sql] = narrow.sql;
    expect(sql).toContain('"number"');
    for (const column of ['applicant_address', 'applicant_iin', 'receipt', 'search_text', 'opening_hours', 'phones']) expect(sql).not.toContain(`"${column}"`);
    const wide = await app.countStatements(() =>
      app.gql<any>('{ applications(page: { limit: 5 }) { items { number timeliness applicant { address } service { code form { code } } } } }', {}, { token: staff.body }),
    );
    expect(wide.result.errors).toBeUndefined();
    expect(wide.result.data.applications.items[0].applicant.address).toBeTruthy();
    // timeliness reads the status and the dates; a service field that is not a column (form) takes all of its columns.
    for (const column of ['applicant_address', 'status', 'completed_on', 'due_on', 'form_code', 'form_note', 'decree_item']) expect(wide.sql[0]).toContain(`"${column}"`);
  });

  test("a page sends each of its services and offices once, every row still gets its own, and the applicant's parts not asked for are not read", async () => {
    const fields = 'id service { code title { kk } } office { id name { kk } } applicant { iin fullName }';
    const list = await app.countStatements(() => app.gql<any>(`{ applications(page: { limit: 12 }) { items { ${fields} } } }`, {}, { token: staff.body }));
    const items = list.result.data.applications.items;
    // Rows share a service (else nothing here is shared).
    expect(new Set(items.map((a: any) => a.service.code)).size).toBeLessThan(items.length);
    for (const column of ['applicant_phone', 'applicant_address', 'applicant_birth_date']) expect(list.sql[0]).not.toContain(`"${column}"`);
    for (const item of items) {
      const one = await app.gql<any>(`query($id: ID!) { application(id: $id) { ${fields} } }`, { id: item.id }, { token: staff.body });
      expect(item).toEqual(one.data.application);
    }
  });

  test("what a page's services state (sections, documents) comes in one more statement for the whole page", async () => {
    const res = await app.countStatements(() =>
      app.gql<any>(
        `{ applications(page: { limit: 50 }) { items { number service { code sections { results { reasonedRefusalPossible document { en } } } documents { items { id } } act { number } } } } }`,
        {},
        { token: staff.body },
      ),
    );
    expect(res.result.errors).toBeUndefined();
    const items = res.result.data.applications.items;
    expect(items.length).toBeGreaterThan(1);
    for (const a of items) {
      expect(a.service.sections.results.length).toBeGreaterThan(0);
      expect(a.service.documents.length).toBeGreaterThan(0);
      expect(a.service.act.number).toBeTruthy();
    }
    // The list, the services' standards (batched), the acts (batched).
    expect(res.statements).toBeLessThanOrEqual(3);
  });
});

describe('imports', () => {
  const IMPORT = `mutation($input: [ApplicationSubmitInput!]!) { applicationImport(input: $input) { accepted refusedAtAcceptance rejected results { index idempotencyKey application { id number status } userErrors { code field } } } }`;

  test('a batch is submitted item by item: good ones stored, bad ones named by their index, a repeat stores nothing twice', async () => {
    const S3 = (await requirements(app, 'S3')).get('lost-stolen')!;
    const batch = [
      input({ idempotencyKey: 'import-2025-000001' }),
      input({ idempotencyKey: 'import-2025-000002', applicant: { ...applicant('1962-07-01'), iin: '123' } }),
      { serviceCode: 'S3', caseKey: 'lost-stolen', channel: 'CENTRE', officeId: staff.officeId, applicant: applicant(), documents: [mustBring(S3)[0].id], idempotencyKey: 'import-2025-000003',
        answers: [{ key: 'birthPlace', value: 'Қостанай' }, { key: 'nationality', value: 'қазақ' }, { key: 'maritalStatus', value: 'үйленген' }, { key: 'reason', value: 'ұрланды' }] },
      input({ idempotencyKey: null }),
    ];
    const first = (await app.gql<any>(IMPORT, { input: batch }, { apiKey: staff.integratorKey })).data.applicationImport;
    expect(first).toMatchObject({ accepted: 1, refusedAtAcceptance: 1, rejected: 2 });
    expect(first.results[1].userErrors).toEqual([expect.objectContaining({ field: ['input', '1', 'applicant', 'iin'] })]);
    expect(first.results[3].userErrors).toEqual([expect.objectContaining({ field: ['input', '3', 'idempotencyKey'] })]);
    expect(first.results[2].application.status).toBe('REFUSED_AT_ACCEPTANCE');
    const again = (await app.gql<any>(IMPORT, { input: batch }, { apiKey: staff.integratorKey })).data.applicationImport;
    expect(again.results[0].application.id).toBe(first.results[0].application.id);
    expect(await count(`select count(*) from application where idempotency_key like 'import-2025-%'`)).toBe(2);
    const tooMany = await app.gql<any>(IMPORT, { input: Array.from({ length: 101 }, (_, i) => input({ idempotencyKey: `import-many-${String(i).padStart(4, '0')}` })) }, { apiKey: staff.integratorKey });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input' }] });
  });

  test("an import's items share what they look up (the standard, the calendar): each extra item costs fewer statements than one alone", async () => {
    const items = (n: number, tag: string) => Array.from({ length: n }, (_, i) => input({ idempotencyKey: `shared-${tag}-${i}` }));
    await app.gql('{ me { login } }', {}, { apiKey: staff.integratorKey });
    const one = await app.countStatements(() => app.gql<any>(IMPORT, { input: items(1, 'one') }, { apiKey: staff.integratorKey }));
    const five = await app.countStatements(() => app.gql<any>(IMPORT, { input: items(5, 'five') }, { apiKey: staff.integratorKey }));
    expect(one.result.data.applicationImport.accepted).toBe(1);
    expect(five.result.data.applicationImport.accepted).toBe(5);
    // The service with its standard and the calendar are read once per request.
    expect((five.statements - one.statements) / 4).toBeLessThanOrEqual(one.statements - 2);
    // The calendar: once for the next working day (a centre hand-over), once for the term; never again per item.
    const calendar = five.sql.filter((q) => q.includes('from calendar_day'));
    expect(calendar.length).toBeLessThanOrEqual(2);
    expect(new Set(calendar).size).toBe(calendar.length);
    expect(five.sql.filter((q) => q.includes('from service s join legal_act'))).toHaveLength(1);
  });
});
