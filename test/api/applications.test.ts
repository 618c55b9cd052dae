// Applications against the deadlines of their standards: acceptance and refusal at acceptance, due dates on the working
// calendar for each kind of rule, every step and every step out of turn. Dates are worked out by hand in the comments.
import { Client } from 'pg';
import { transferUncollectedDue } from '../../api/src/modules/applications/applications.service';
import { startTestApp, type TestApp } from '../support/harness';
import { applicant, createStaff, mustBring, requirements, STEP, SUBMIT, type Requirement, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let db: Client;
let S1: Requirement[];
let S3: Map<string, Requirement[]>;
let S4: Map<string, Requirement[]>;

/** Answers S1's form (F-A) needs beyond what the server fills in. */
const S1_ANSWERS = [
  { key: 'militaryRegistration', value: 'Қостанай облысының ҚІД' },
  { key: 'certificateType', value: 'WWII_PARTICIPANT' },
  { key: 'conscriptedBy', value: 'Қостанай аудандық әскери комиссариаты' },
  { key: 'rankAndPosition', value: 'қатардағы жауынгер' },
  { key: 'unit', value: '150-атқыштар дивизиясы' },
  { key: 'servicePeriod', value: '1943-01–1945-05' },
];
/** F-B (S2), F-C (S3, S4): the reason is the one field the server cannot fill in. */
const REASON = [
  { key: 'birthPlace', value: 'Қостанай облысы, Рудный қ.' },
  { key: 'maritalStatus', value: 'үйленген' },
  { key: 'reason', value: 'әскери билетті ұрлатуыма байланысты' },
];
const S3_ANSWERS = [...REASON, { key: 'nationality', value: 'қазақ' }];

const at = (date: string, time = '10:00') => `${date}T${time}:00+05:00`;

async function submit(input: Record<string, unknown>, token = staff.body) {
  const res = await app.gql<any>(SUBMIT, { input }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.applicationSubmit as { application: any; userErrors: { code: string; field: string[]; message: string }[] };
}

const s1 = (channel: 'BODY' | 'CENTRE', extra: Record<string, unknown> = {}) => ({
  serviceCode: 'S1',
  channel,
  applicant: applicant(),
  answers: S1_ANSWERS,
  documents: mustBring(S1).map((d) => d.id),
  ...extra,
});

async function accepted(input: Record<string, unknown>, token?: string) {
  const { application, userErrors } = await submit(input, token);
  expect(userErrors).toEqual([]);
  return application;
}

async function step(name: string, a: { id: string; version: number }, token = staff.body, extra: { args?: string; vars?: string; values?: Record<string, unknown> } = {}) {
  const res = await app.gql<any>(STEP(name, extra.args, extra.vars), { id: a.id, version: a.version, ...extra.values }, { token });
  expect(res.errors).toBeUndefined();
  return res.data[name] as { application: any; userErrors: { code: string; field: string[]; message: string }[] };
}

async function ok(name: string, a: { id: string; version: number }, token = staff.body, extra?: Parameters<typeof step>[3]) {
  const r = await step(name, a, token, extra);
  expect(r.userErrors).toEqual([]);
  return r.application;
}

const EXTEND = { args: ', input: $input', vars: ', $input: ApplicationExtendInput!' };
const HAND_OVER = { args: ', handedOverOn: $on', vars: ', $on: Date' };
const REFUSE = { args: ', reasons: $reasons', vars: ', $reasons: String!' };
const count = async (table: string) => Number((await db.query(`select count(*) from ${table}`)).rows[0].count);

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  S1 = (await requirements(app, 'S1')).get('')!;
  S3 = await requirements(app, 'S3');
  S4 = await requirements(app, 'S4');
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

describe('acceptance', () => {
  test('an accepted application has a unique, readable number and the six items of the receipt (para 14)', async () => {
    app.clock.set(at('2025-03-17', '10:15'));
    const a = await accepted(s1('BODY'));
    expect(a.number).toMatch(/^S1-2025-\d{6}$/);
    expect(a).toMatchObject({ status: 'ACCEPTED', acceptedOn: '2025-03-17', timeliness: 'OPEN', allowedActions: ['START', 'EXTEND'] });
    expect(a.receipt).toMatchObject({
      kind: 'ACCEPTANCE',
      number: a.number, // 1) number and date
      serviceCode: 'S1', // 2) the service
      documentCount: a.documents.length, // 3) number and names of documents
      issueOn: a.dueOn, // 4) date, time and place of issue
      issuePlace: { name: { kk: 'Қостанай облысының ҚІД' } },
      employeeName: 'op.body (test)', // 5) the employee who accepted it
      applicantName: a.applicant.fullName, // 6) the applicant's name and phone
      applicantPhone: '+77011234567',
      cite: 'S1 §14',
    });
    expect(a.receipt.issuePlace.hours[0]).toMatchObject({ opens: '09:00' });
    expect(a.history).toEqual([{ action: 'SUBMIT', fromStatus: null, toStatus: 'ACCEPTED', actorLogin: 'op.body', reason: null }]);
    const b = await accepted(s1('BODY'));
    expect(b.number).not.toBe(a.number);
  });

  test('refused at acceptance when documents the case requires are missing: the refusal receipt lists exactly those (para 16)', async () => {
    app.clock.set(at('2025-03-17'));
    const required = mustBring(S3.get('lost-stolen')!);
    expect(required.length).toBeGreaterThanOrEqual(2);
    const [brought, ...missing] = required;
    const before = await count('application');
    const { application: a, userErrors } = await submit({
      serviceCode: 'S3', caseKey: 'lost-stolen', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: [brought.id],
    });
    expect(userErrors).toEqual([]);
    expect(a.status).toBe('REFUSED_AT_ACCEPTANCE');
    expect(a.missingDocuments.map((d: any) => d.requirementId).sort()).toEqual(missing.map((d) => d.id).sort());
    expect(a.receipt).toMatchObject({ kind: 'REFUSAL', cite: 'S3 §16', issueOn: null });
    expect(a.receipt.missingDocuments.map((d: any) => d.name.en).sort()).toEqual(missing.map((d) => d.name.en).sort());
    // Kept on record (it happened), but never counted as served, and nothing can be done with it.
    expect(a).toMatchObject({ dueOn: null, timeliness: 'NOT_COUNTED', allowedActions: [], remainingWorkingDays: null });
    expect(await count('application')).toBe(before + 1);
  });

  test('conditional documents are required only when they apply; data from state systems is never asked for', async () => {
    app.clock.set(at('2025-03-17'));
    // S3, military ID stolen: "a document on the loss, if the loss was not the officer's fault".
    const items = S3.get('lost-stolen')!;
    const conditional = items.filter((d) => d.condition && !d.fromStateSystem && d.kind !== 'FORM');
    expect(conditional).toHaveLength(1);
    expect(items.some((d) => d.fromStateSystem)).toBe(true);
    const input = { serviceCode: 'S3', caseKey: 'lost-stolen', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: mustBring(items).map((d) => d.id) };
    expect((await accepted(input)).status).toBe('ACCEPTED');
    const { application } = await submit({ ...input, applicant: applicant(), conditionalDocumentsApply: [conditional[0].id] });
    expect(application.status).toBe('REFUSED_AT_ACCEPTANCE');
    expect(application.missingDocuments.map((d: any) => d.requirementId)).toEqual([conditional[0].id]);
    // Brought as well: accepted.
    const both = await accepted({ ...input, applicant: applicant(), conditionalDocumentsApply: [conditional[0].id], documents: [...input.documents, conditional[0].id] });
    expect(both.documents.map((d: any) => d.requirementId)).toContain(conditional[0].id);
  });

  test('bad input is a userError naming each field, and nothing is stored', async () => {
    app.clock.set(at('2025-03-17'));
    const before = [await count('application'), await count('application_event')];
    const bad = async (input: Record<string, unknown>, field: string[], code = 'INVALID') => {
      const { application, userErrors } = await submit(input);
      expect(application).toBeNull();
      expect(userErrors).toContainEqual(expect.objectContaining({ code, field }));
    };
    const good = s1('BODY');
    await bad({ ...good, serviceCode: 'S9' }, ['input', 'serviceCode'], 'NOT_FOUND');
    await bad({ ...good, serviceCode: 'R1' }, ['input', 'serviceCode']);
    await bad({ ...good, applicant: { ...good.applicant, iin: '900412310016' } }, ['input', 'applicant', 'iin']);
    await bad({ ...good, applicant: { ...good.applicant, iin: '12345' } }, ['input', 'applicant', 'iin']);
    await bad({ ...good, applicant: { ...good.applicant, birthDate: '1990-04-13' } }, ['input', 'applicant', 'birthDate']);
    await bad({ ...good, applicant: { ...good.applicant, phone: '12-34' } }, ['input', 'applicant', 'phone']);
    await bad({ ...good, applicant: { ...good.applicant, lastName: '  ' } }, ['input', 'applicant', 'lastName']);
    await bad({ ...good, answers: S1_ANSWERS.filter((x) => x.key !== 'unit') }, ['input', 'answers', 'unit']);
    await bad({ ...good, answers: [...S1_ANSWERS.filter((x) => x.key !== 'certificateType'), { key: 'certificateType', value: 'ASTRONAUT' }] }, ['input', 'answers', 'certificateType']);
    await bad({ ...good, answers: [...S1_ANSWERS, { key: 'favouriteColour', value: 'blue' }] }, ['input', 'answers', 'favouriteColour']);
    await bad({ ...good, answers: [...S1_ANSWERS, { key: 'signature', value: 'x' }] }, ['input', 'answers', 'signature']);
    await bad({ ...good, answers: [...S1_ANSWERS, { key: 'benefitCertificateIssuedOn', value: '2013-02-29' }] }, ['input', 'answers', 'benefitCertificateIssuedOn']);
    await bad({ ...good, documents: [S3.get('lost-stolen')![1].id] }, ['input', 'documents', '0'], 'NOT_FOUND');
    await bad({ ...good, caseKey: 'lost-stolen' }, ['input', 'caseKey']);
    await bad({ serviceCode: 'S3', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: [] }, ['input', 'caseKey']);
    await bad({ serviceCode: 'S3', caseKey: 'stolen-bike', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: [] }, ['input', 'caseKey'], 'NOT_FOUND');
    // S3's "replacing a temporary certificate" names no term of para 7: the operator must say which applies.
    await bad({ serviceCode: 'S3', caseKey: 'replace-temporary-certificate', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: [] }, ['input', 'termCaseKey']);
    await bad({ ...good, channel: 'CENTRE' }, ['input', 'officeId']);
    await bad({ ...good, departmentId: '00000000-0000-4000-8000-000000000000' }, ['input', 'departmentId'], 'NOT_ALLOWED');
    const unfit = { serviceCode: 'S4', caseKey: 'unfit-or-limited-fitness', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: mustBring(S4.get('unfit-or-limited-fitness')!).map((d) => d.id) };
    await bad(unfit, ['input', 'commissionDecisionApprovedOn']);
    await bad({ ...unfit, commissionDecisionApprovedOn: '2025-03-18' }, ['input', 'commissionDecisionApprovedOn']);
    // Several mistakes at once: all named.
    const many = await submit({ ...good, applicant: { ...good.applicant, iin: '1', phone: 'x' }, answers: [] });
    expect(many.userErrors.map((e) => e.field.join('.'))).toEqual(expect.arrayContaining(['input.applicant.iin', 'input.applicant.phone', 'input.answers.unit']));
    expect([await count('application'), await count('application_event')]).toEqual(before);
  });
});

describe('due dates on the working calendar', () => {
  const due = async (acceptedAt: string, input: Record<string, unknown>) => {
    app.clock.set(acceptedAt);
    return accepted(input);
  };

  test('working days, acceptance day not excluded (S1 at the body, 1 day): over Women\'s Day and its substitute Monday', async () => {
    // Friday 7 March 2025; 8 March is a Saturday holiday, its substitute Monday 10 March: due Tuesday 11 March.
    expect((await due(at('2025-03-07'), s1('BODY'))).dueOn).toBe('2025-03-11');
  });

  test('a Saturday made a working day counts, a moved day off does not (the 2024 May move)', async () => {
    // Friday 3 May 2024: Saturday 4 May was worked (its day off moved to Wednesday 8 May).
    expect((await due(at('2024-05-03'), s1('BODY'))).dueOn).toBe('2024-05-04');
    // Monday 6 May 2024: 7 May holiday, 8 May moved day off, 9 May holiday: due Friday 10 May.
    expect((await due(at('2024-05-06'), s1('BODY'))).dueOn).toBe('2024-05-10');
  });

  test('across New Year: 31 December 2025 is due on Monday 5 January 2026', async () => {
    expect((await due(at('2025-12-31'), s1('BODY'))).dueOn).toBe('2026-01-05');
  });

  test('counted from the hand-over, acceptance and issue days excluded (S1 at a centre), across Nauryz 2025', async () => {
    // Thursday 20 March 2025 at the centre. Until the hand-over is recorded the due date assumes it happens the next
    // working day: 21 March (holiday) … 25 March (substitutes) are off, so Wednesday 26 March; then one working day
    // between the hand-over and the issue day: Thursday 27 is that day, Friday 28 the issue day.
    app.clock.set(at('2025-03-20'));
    const a = await accepted(s1('CENTRE', { officeId: staff.officeId }), staff.centre);
    expect(a).toMatchObject({ dueOn: '2025-03-28', dueProvisional: true, handedOverOn: null });
    expect(a.receipt).toMatchObject({ issueOn: '2025-03-28', issueOnProvisional: true });
    expect(a.department.id).toBe(staff.departmentId);
    // The documents reached the body the same day: 26 March is the one working day, 27 March the issue day.
    const h = await ok('applicationHandOver', a, staff.centre, { ...HAND_OVER, values: { on: '2025-03-20' } });
    expect(h).toMatchObject({ dueOn: '2025-03-27', dueProvisional: false, handedOverOn: '2025-03-20' });
    // The receipt is kept as issued.
    expect(h.receipt.issueOn).toBe('2025-03-28');
  });

  test('working days with acceptance and issue excluded (S3, lost: 15 days from registration) across New Year and Orthodox Christmas', async () => {
    // Wednesday 24 December 2025; 16 working days after it (15 between acceptance and issue, then the issue day):
    // Dec 25, 26, 29, 30, 31 (5); Jan 1–2 holidays; Jan 5, 6 (7); Jan 7 Christmas; Jan 8, 9 (9); 12–16 (14); 19 (15);
    // the issue day Tuesday 20 January.
    const items = S3.get('lost-stolen')!;
    const a = await due(at('2025-12-24'), { serviceCode: 'S3', caseKey: 'lost-stolen', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS, documents: mustBring(items).map((d) => d.id) });
    expect(a).toMatchObject({ dueOn: '2026-01-20', case: { key: 'lost-stolen' }, termCase: { key: 'lost-or-damaged' } });
    expect(a.term).toMatchObject({ value: 15, unit: 'WORKING_DAYS', startsFrom: 'REGISTRATION_OF_WRITTEN_APPLICATION', excludesAcceptanceAndIssueDays: true });
    expect(a.term.cite).toMatch(/^S3 §7/);
  });

  test("counted from the commission's decision (S4, unfit: 15 working days, excluded days)", async () => {
    // Decision approved Friday 14 March 2025, applied on 17 March. 16 working days after the 14th: 17–20 (4);
    // 21–25 Nauryz and substitutes; 26–28 (7); 31 (8); Apr 1–4 (12); 7–10 (16): Thursday 10 April.
    const a = await due(at('2025-03-17'), {
      serviceCode: 'S4', caseKey: 'unfit-or-limited-fitness', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS,
      documents: mustBring(S4.get('unfit-or-limited-fitness')!).map((d) => d.id), commissionDecisionApprovedOn: '2025-03-14',
    });
    expect(a).toMatchObject({ dueOn: '2025-04-10', termCase: { key: 'unfit' }, term: { startsFrom: 'COMMISSION_DECISION_APPROVAL' } });
  });

  test('the term case chosen by the operator where the case does not decide it (S3, replacing a temporary certificate: the Central Archive, 30 days)', async () => {
    // Monday 2 June 2025 + 31 working days: June 3–5 (3); 6 June Kurban Ait; 9–13 (8); 16–20 (13); 23–27 (18);
    // 30 June (19); July 1–4 (23); 7 July substitute for Capital Day; 8–11 (27); 14–17 (31): Thursday 17 July.
    const items = S3.get('replace-temporary-certificate')!;
    const a = await due(at('2025-06-02'), {
      serviceCode: 'S3', caseKey: 'replace-temporary-certificate', termCaseKey: 'central-archive', channel: 'BODY', applicant: applicant(), answers: S3_ANSWERS,
      documents: mustBring(items).map((d) => d.id),
    });
    expect(a).toMatchObject({ dueOn: '2025-07-17', termCase: { key: 'central-archive' }, term: { value: 30 } });
  });

  test('a later edit of the deadline rule never rewrites past due dates', async () => {
    const a = await due(at('2025-03-07'), s1('BODY'));
    const rule = (await db.query(`select d.id, d.version from deadline_rule d join service s on s.id = d.service_id where s.code = 'S1' and d.channel = 'BODY' and d.kind = 'PROCESSING'`)).rows[0];
    const edited = await app.gql<any>(
      'mutation($id: ID!, $v: Int!) { deadlineRuleUpdate(id: $id, version: $v, input: { value: 5 }) { userErrors { code field } } }',
      { id: rule.id, v: rule.version },
      { token: staff.directoryAdmin },
    );
    expect(edited.data.deadlineRuleUpdate.userErrors).toEqual([]);
    const again = (await app.gql<any>(`query($id: ID!) { application(id: $id) { dueOn term { value } } }`, { id: a.id }, { token: staff.body })).data.application;
    expect(again).toEqual({ dueOn: '2025-03-11', term: { value: 1 } });
    // A new application follows the new rule: five working days after 7 March 2025 (10 off): 11–14, 17: 17 March.
    expect((await due(at('2025-03-07'), s1('BODY'))).dueOn).toBe('2025-03-17');
    await db.query('update deadline_rule set value = 1 where id = $1', [rule.id]);
  });
});

describe('the steps of an application', () => {
  test('at the body: start, ready, issue, each in the history with who and from-to; timeliness ON_TIME when ready on the due date', async () => {
    app.clock.set(at('2025-03-07'));
    let a = await accepted(s1('BODY'));
    expect(a.dueOn).toBe('2025-03-11');
    a = await ok('applicationStart', a);
    expect(a).toMatchObject({ status: 'IN_PROGRESS', allowedActions: ['EXTEND', 'READY', 'ISSUE'] });
    app.clock.set(at('2025-03-11', '17:55'));
    a = await ok('applicationReady', a);
    expect(a).toMatchObject({ status: 'READY', readyOn: '2025-03-11', completedOn: '2025-03-11', timeliness: 'ON_TIME', remainingWorkingDays: null });
    app.clock.set(at('2025-03-20'));
    a = await ok('applicationIssue', a);
    expect(a).toMatchObject({ status: 'ISSUED', timeliness: 'ON_TIME', allowedActions: [] });
    const history = (await app.gql<any>('query($id: ID!) { application(id: $id) { history { at action fromStatus toStatus actorLogin } } }', { id: a.id }, { token: staff.body })).data.application.history;
    expect(history.map((h: any) => [h.action, h.fromStatus, h.toStatus, h.actorLogin])).toEqual([
      ['SUBMIT', null, 'ACCEPTED', 'op.body'],
      ['START', 'ACCEPTED', 'IN_PROGRESS', 'op.body'],
      ['READY', 'IN_PROGRESS', 'READY', 'op.body'],
      ['ISSUE', 'READY', 'ISSUED', 'op.body'],
    ]);
    expect(history.map((h: any) => h.at.slice(0, 10))).toEqual(['2025-03-07', '2025-03-07', '2025-03-11', '2025-03-20']);
  });

  test('ready the day after the due date is LATE; an open one past its due date is OVERDUE with negative working days', async () => {
    app.clock.set(at('2025-03-07'));
    let late = await ok('applicationStart', await accepted(s1('BODY')));
    const open = await accepted(s1('BODY'));
    app.clock.set(at('2025-03-12'));
    late = await ok('applicationReady', late);
    expect(late.timeliness).toBe('LATE');
    const o = (await app.gql<any>('query($id: ID!) { application(id: $id) { timeliness remainingWorkingDays } }', { id: open.id }, { token: staff.body })).data.application;
    expect(o).toEqual({ timeliness: 'OVERDUE', remainingWorkingDays: -1 });
  });

  test('at a centre: no start before the hand-over; extension within the rule with the notice recorded; uncollected after one month', async () => {
    app.clock.set(at('2025-04-01'));
    let a = await accepted(s1('CENTRE', { officeId: staff.officeId }), staff.centre);
    const early = await step('applicationStart', a, staff.centre);
    expect(early.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['id'], message: expect.stringMatching(/hand-over/) })]);
    app.clock.set(at('2025-04-02'));
    const future = await step('applicationHandOver', a, staff.centre, { ...HAND_OVER, values: { on: '2025-04-03' } });
    expect(future.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['handedOverOn'] })]);
    a = await ok('applicationHandOver', a, staff.centre, { ...HAND_OVER, values: { on: '2025-04-02' } });
    // Hand-over Wednesday 2 April: one working day between (3 April), issue day Friday 4 April.
    expect(a.dueOn).toBe('2025-04-04');
    // The body (its department) starts and extends it: S1 has two extension rules, so the rule must be named.
    a = await ok('applicationStart', a, staff.body);
    const extension = { reason: 'Запрос в архив Министерства обороны', applicantNotifiedAt: at('2025-04-02', '09:30'), notifiedBy: 'SMS' };
    const unnamed = await step('applicationExtend', a, staff.body, { ...EXTEND, values: { input: extension } });
    expect(unnamed.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'ruleId'] })]);
    const rules = (await app.gql<any>('{ service(code: "S1") { deadlines(channel: CENTRE) { id kind value } } }')).data.service.deadlines.filter((d: any) => d.kind === 'EXTENSION');
    const thirty = rules.find((r: any) => r.value === 30);
    // 30 working days counted from the hand-over (2 April), acceptance and issue days excluded: 31 working days after
    // it: April 3–4 (2), 7–11 (7), 14–18 (12), 21–25 (17), 28–30 (20), May 1 holiday, 2 (21), 5–6 (23), 7 holiday,
    // 8 (24), 9 holiday, 12–16 (29), 19 (30), 20 (31): Tuesday 20 May 2025.
    const tooFar = await step('applicationExtend', a, staff.body, { ...EXTEND, values: { input: { ...extension, ruleId: thirty.id, newDueOn: '2025-05-21' } } });
    expect(tooFar.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'newDueOn'], message: expect.stringContaining('2025-05-20') })]);
    const lateNotice = await step('applicationExtend', a, staff.body, { ...EXTEND, values: { input: { ...extension, ruleId: thirty.id, applicantNotifiedAt: at('2025-04-09') } } });
    expect(lateNotice.userErrors).toEqual([expect.objectContaining({ field: ['input', 'applicantNotifiedAt'] })]);
    a = await ok('applicationExtend', a, staff.body, { ...EXTEND, values: { input: { ...extension, ruleId: thirty.id } } });
    expect(a).toMatchObject({ dueOn: '2025-05-20', originalDueOn: '2025-04-04', extension: { previousDueOn: '2025-04-04', newDueOn: '2025-05-20', limitOn: '2025-05-20', notifiedBy: 'SMS' } });
    const twice = await step('applicationExtend', a, staff.body, { ...EXTEND, values: { input: { ...extension, ruleId: thirty.id } } });
    expect(twice.userErrors[0].code).toBe('INVALID_TRANSITION');
    // The steps offered know of the extension even when the query does not ask for it.
    const offered = await app.gql<any>('query($id: ID!) { application(id: $id) { allowedActions } }', { id: a.id }, { token: staff.body });
    expect(offered.data.application.allowedActions).not.toContain('EXTEND');
    expect(offered.data.application.allowedActions).toContain('READY');

    app.clock.set(at('2025-05-15'));
    a = await ok('applicationReady', a, staff.body);
    expect(a.timeliness).toBe('ON_TIME');
    app.clock.set(at('2025-06-14'));
    const tooSoon = await step('applicationTransferUncollected', a, staff.centre);
    expect(tooSoon.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', message: expect.stringContaining('2025-06-15') })]);
    app.clock.set(at('2025-06-15'));
    a = await ok('applicationTransferUncollected', a, staff.centre);
    expect(a.status).toBe('TRANSFERRED_TO_BODY');
    a = await ok('applicationIssue', a, staff.body);
    expect(a.history.map((h: any) => h.action)).toEqual(['SUBMIT', 'HAND_OVER', 'START', 'EXTEND', 'READY', 'TRANSFER_UNCOLLECTED', 'ISSUE']);
    expect(a.history[3].reason).toBe(extension.reason);
  });

  test('the scheduled job hands every result uncollected for a month to the body, with its history, and only those', async () => {
    app.clock.set(at('2025-07-01'));
    const waiting: any[] = [];
    for (let i = 0; i < 3; i++) {
      let a = await accepted(s1('CENTRE', { officeId: staff.officeId }), staff.centre);
      a = await ok('applicationHandOver', a, staff.centre);
      a = await ok('applicationStart', a, staff.body);
      waiting.push(await ok('applicationReady', a, staff.body));
    }
    app.clock.set(at('2025-07-20'));
    const fresh = await ok('applicationReady', await ok('applicationStart', await ok('applicationHandOver', await accepted(s1('CENTRE', { officeId: staff.officeId }), staff.centre), staff.centre), staff.body), staff.body);
    expect(await transferUncollectedDue(app.orm.em.fork(), new Date(at('2025-07-31')))).toBe(0);
    const moved = await transferUncollectedDue(app.orm.em.fork(), new Date(at('2025-08-01')));
    expect(moved).toBeGreaterThanOrEqual(3);
    for (const w of waiting) {
      const row = (await app.gql<any>('query($id: ID!) { application(id: $id) { status history { action actorLogin toStatus } } }', { id: w.id }, { token: staff.centre })).data.application;
      expect(row.status).toBe('TRANSFERRED_TO_BODY');
      expect(row.history.at(-1)).toEqual({ action: 'TRANSFER_UNCOLLECTED', actorLogin: 'system', toStatus: 'TRANSFERRED_TO_BODY' });
    }
    const stays = (await app.gql<any>('query($id: ID!) { application(id: $id) { status } }', { id: fresh.id }, { token: staff.centre })).data.application;
    expect(stays.status).toBe('READY');
  });

  test('a reasoned refusal only where the standard allows one (S2 yes, S1 no)', async () => {
    app.clock.set(at('2025-03-17'));
    const s1app = await ok('applicationStart', await accepted(s1('BODY')));
    const no = await step('applicationRefuse', s1app, staff.body, { ...REFUSE, values: { reasons: 'Мұрағатта деректер жоқ' } });
    expect(no.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', message: expect.stringMatching(/reasoned refusal/) })]);
    const S2 = (await requirements(app, 'S2')).get('')!;
    let s2 = await accepted({ serviceCode: 'S2', channel: 'BODY', applicant: applicant(), answers: REASON, documents: mustBring(S2).map((d) => d.id) });
    const short = await step('applicationRefuse', s2, staff.body, { ...REFUSE, values: { reasons: 'жоқ' } });
    expect(short.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['reasons'] })]);
    s2 = await ok('applicationRefuse', s2, staff.body, { ...REFUSE, values: { reasons: 'Әскери қызмет өткергені туралы деректер расталмады' } });
    expect(s2).toMatchObject({ status: 'REFUSED', completedOn: '2025-03-17', timeliness: 'ON_TIME', allowedActions: [] });
  });

  test('every step out of turn is an INVALID_TRANSITION userError, and changes nothing', async () => {
    app.clock.set(at('2025-03-17'));
    const a = await accepted(s1('BODY'));
    const outOfTurn: [string, Parameters<typeof step>[3]?][] = [
      ['applicationReady'],
      ['applicationTransferUncollected'],
      ['applicationHandOver', HAND_OVER], // not a centre application
    ];
    for (const [name, extra] of outOfTurn) {
      const r = await step(name, a, staff.body, extra);
      expect({ name, errors: r.userErrors.map((e) => e.code) }).toEqual({ name, errors: ['INVALID_TRANSITION'] });
    }
    const issued = await ok('applicationIssue', await ok('applicationStart', a));
    for (const name of ['applicationStart', 'applicationReady', 'applicationIssue', 'applicationTransferUncollected']) {
      expect((await step(name, issued)).userErrors[0].code).toBe('INVALID_TRANSITION');
    }
    expect((await step('applicationRefuse', issued, staff.body, { ...REFUSE, values: { reasons: 'too late for that anyway' } })).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await step('applicationExtend', issued, staff.body, { ...EXTEND, values: { input: { reason: 'x', applicantNotifiedAt: at('2025-03-17'), notifiedBy: 'SMS' } } })).userErrors[0].code).toBe('INVALID_TRANSITION');
    const stored = (await db.query('select status, version from application where id = $1', [a.id])).rows[0];
    expect(stored).toEqual({ status: 'ISSUED', version: issued.version });
  });

  test('an extension after the term ran out, or for a standard without one (S6), is refused', async () => {
    app.clock.set(at('2025-03-07'));
    const a = await accepted(s1('BODY'));
    app.clock.set(at('2025-03-12'));
    const late = await step('applicationExtend', a, staff.body, { ...EXTEND, values: { input: { reason: 'x', applicantNotifiedAt: at('2025-03-12'), notifiedBy: 'PHONE' } } });
    expect(late.userErrors).toContainEqual(expect.objectContaining({ field: ['id'], message: expect.stringContaining('ended on 2025-03-11') }));
    const S6 = (await requirements(app, 'S6')).get('')!;
    const s6 = await accepted({ serviceCode: 'S6', channel: 'BODY', applicant: applicant(), answers: S1_ANSWERS, documents: mustBring(S6).map((d) => d.id) });
    const none = await step('applicationExtend', s6, staff.body, { ...EXTEND, values: { input: { reason: 'x', applicantNotifiedAt: at('2025-03-12'), notifiedBy: 'PHONE' } } });
    expect(none.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED', message: expect.stringContaining('no extension') })]);
  });

  test('two concurrent steps on one application: one wins, the other gets a CONFLICT, and the history has one entry', async () => {
    app.clock.set(at('2025-03-17'));
    const a = await accepted(s1('BODY'));
    const [x, y] = await Promise.all([step('applicationStart', a), step('applicationStart', a)]);
    const outcomes = [x, y].map((r) => (r.userErrors.length ? r.userErrors[0].code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const events = (await db.query(`select action from application_event where application_id = $1 order by at, created_at`, [a.id])).rows.map((r) => r.action);
    expect(events).toEqual(['SUBMIT', 'START']);
    // A different step racing with the same version: still one winner.
    const started = (x.application ?? y.application)!;
    const [r1, r2] = await Promise.all([step('applicationReady', started), step('applicationIssue', started)]);
    expect([r1, r2].filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    expect([r1, r2].flatMap((r) => r.userErrors.map((e) => e.code))).toEqual(['CONFLICT']);
  });
});
