// Complaints (journal number, talon, the law's consideration term, extension with notice, outcome, overdue) and the
// satisfaction survey of an application (one per application, through an operator or a partner system).
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';
import { applicant, createStaff, mustBring, requirements, SUBMIT, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let db: Client;
let application: { id: string; number: string; applicant: { iin: string } };

const C_FIELDS = `id number version form addressedTo: addressee status filedOn receivedOn dueOn overdue reasons demands outcome outcomeText resolvedOn
  complainantNotifiedAt notificationMethod office { id } department { id } region { code } service { code } application { id number }
  talon { number receivedAt receiverName receiverContact } rule { considerationDays extendedDays cite } extension { previousDueOn newDueOn reason noticeMethod }
  complainant { fullName postalAddress email phone }`;
const REGISTER = `mutation($input: ComplaintRegisterInput!) { complaintRegister(input: $input) { complaint { ${C_FIELDS} } userErrors { code field message } } }`;
const EXTEND = `mutation($id: ID!, $v: Int!, $input: ComplaintExtendInput!) { complaintExtend(id: $id, version: $v, input: $input) { complaint { ${C_FIELDS} } userErrors { code field message } } }`;
const RESOLVE = `mutation($id: ID!, $v: Int!, $input: ComplaintResolveInput!) { complaintResolve(id: $id, version: $v, input: $input) { complaint { ${C_FIELDS} } userErrors { code field message } } }`;
const FEEDBACK = `mutation($input: FeedbackSubmitInput!) { feedbackSubmit(input: $input) { feedback { id processScore informationScore complaintScore courtesyScore respondedOn channel applicationNumber application { id } service { code } region { code } } userErrors { code field message } } }`;
const count = async (table: string) => Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
const at = (date: string, time = '10:00') => `${date}T${time}:00+05:00`;

const complaint = (extra: Record<string, unknown> = {}) => ({
  form: 'WRITTEN',
  addressee: 'CENTRE_HEAD',
  complainantName: 'Серікбаев Нұрлан Асқарұлы',
  postalAddress: 'Қостанай қ., Байтұрсынов к-сі, 67, 12 п.',
  email: 'nurlan@example.kz',
  reasons: 'Анықтама уақытында берілмеді',
  demands: 'Анықтаманы беруді және кешіктіру себебін түсіндіруді сұраймын',
  ...extra,
});

async function register(input: Record<string, unknown>, token = staff.centre) {
  const res = await app.gql<any>(REGISTER, { input }, { token });
  expect(res.errors).toBeUndefined();
  return res.data.complaintRegister;
}

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  const S1 = (await requirements(app, 'S1')).get('')!;
  app.clock.set(at('2025-11-03'));
  const res = await app.gql<any>(
    SUBMIT,
    {
      input: {
        serviceCode: 'S1', channel: 'CENTRE', officeId: staff.officeId, applicant: applicant('1965-02-11'), documents: mustBring(S1).map((d) => d.id),
        answers: [
          { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'INTERNATIONALIST' }, { key: 'conscriptedBy', value: 'Қостанай ӘК' },
          { key: 'rankAndPosition', value: 'сержант' }, { key: 'unit', value: '40-армия' }, { key: 'servicePeriod', value: '1983-05–1985-05' },
        ],
      },
    },
    { token: staff.centre },
  );
  application = res.data.applicationSubmit.application;
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

describe('complaints', () => {
  test('registered with a journal number and a talon; considered within 15 calendar days of the law on appeals, cited', async () => {
    app.clock.set(at('2025-11-05', '15:40'));
    const { complaint: c, userErrors } = await register(complaint({ applicationId: application.id }));
    expect(userErrors).toEqual([]);
    expect(c.number).toMatch(/^CMP-2025-\d{6}$/);
    expect(c).toMatchObject({
      status: 'REGISTERED',
      receivedOn: '2025-11-05',
      filedOn: '2025-11-05',
      dueOn: '2025-11-20', // calendar days: 5 November + 15
      overdue: false,
      office: { id: staff.officeId },
      region: { code: 'KZ-KUS' },
      service: { code: 'S1' },
      application: { id: application.id },
      complainant: { fullName: 'Серікбаев Нұрлан Асқарұлы', email: 'nurlan@example.kz' },
      rule: { considerationDays: 15, extendedDays: 30, cite: expect.stringMatching(/12 January 2007.*art\. 8.*§25/) },
    });
    expect(c.talon).toMatchObject({ number: c.number, receiverName: 'op.centre (test)', receiverContact: expect.stringMatching(/^8 \(7142\)/) });
    expect(new Date(c.talon.receivedAt).toISOString()).toBe(new Date(at('2025-11-05', '15:40')).toISOString());
  });

  test('extended once, with notice, up to 30 days; resolved with the outcome and how the complainant was told', async () => {
    app.clock.set(at('2025-11-06', '08:00'));
    let { complaint: c } = await register(complaint({ form: 'ORAL', email: null }));
    app.clock.set(at('2025-11-06', '10:00'));
    expect(c.office.id).toBe(staff.officeId);
    const tooFar = await app.gql<any>(EXTEND, { id: c.id, v: c.version, input: { reason: 'Запрос в архив', noticeSentAt: at('2025-11-06', '09:00'), noticeMethod: 'POST', newDueOn: '2025-12-07' } }, { token: staff.centre });
    expect(tooFar.data.complaintExtend.userErrors).toEqual([expect.objectContaining({ field: ['input', 'newDueOn'], message: expect.stringContaining('2025-12-06') })]);
    const ext = await app.gql<any>(EXTEND, { id: c.id, v: c.version, input: { reason: 'Запрос в архив', noticeSentAt: at('2025-11-06', '09:00'), noticeMethod: 'POST' } }, { token: staff.centre });
    c = ext.data.complaintExtend.complaint;
    expect(c).toMatchObject({ dueOn: '2025-12-06', extension: { previousDueOn: '2025-11-21', newDueOn: '2025-12-06', noticeMethod: 'POST' } });
    const again = await app.gql<any>(EXTEND, { id: c.id, v: c.version, input: { reason: 'x', noticeSentAt: at('2025-11-06', '09:00'), noticeMethod: 'POST' } }, { token: staff.centre });
    expect(again.data.complaintExtend.userErrors[0].code).toBe('INVALID_TRANSITION');
    const stale = await app.gql<any>(RESOLVE, { id: c.id, v: c.version - 1, input: { outcome: 'UPHELD', outcomeText: 'Анықтама берілді', complainantNotifiedAt: at('2025-11-06', '09:30'), notificationMethod: 'POST' } }, { token: staff.centre });
    expect(stale.data.complaintResolve.userErrors[0].code).toBe('CONFLICT');
    const done = await app.gql<any>(RESOLVE, { id: c.id, v: c.version, input: { outcome: 'UPHELD', outcomeText: 'Анықтама берілді', complainantNotifiedAt: at('2025-11-06', '09:30'), notificationMethod: 'POST' } }, { token: staff.centre });
    expect(done.data.complaintResolve.complaint).toMatchObject({ status: 'RESOLVED', outcome: 'UPHELD', resolvedOn: '2025-11-06', notificationMethod: 'POST', overdue: false });
    const twice = await app.gql<any>(RESOLVE, { id: c.id, v: done.data.complaintResolve.complaint.version, input: { outcome: 'REJECTED', outcomeText: 'x', complainantNotifiedAt: at('2025-11-06', '09:30'), notificationMethod: 'POST' } }, { token: staff.centre });
    expect(twice.data.complaintResolve.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('an unresolved complaint past its term is flagged overdue and found by the filter', async () => {
    app.clock.set(at('2025-11-10'));
    const { complaint: c } = await register(complaint());
    app.clock.set(at('2025-11-25'));
    expect((await app.gql<any>(`query($id: ID!) { complaint(id: $id) { overdue dueOn } }`, { id: c.id }, { token: staff.centre })).data.complaint).toEqual({ overdue: false, dueOn: '2025-11-25' });
    app.clock.set(at('2025-11-26'));
    const list = await app.gql<any>('{ complaints(filter: { overdue: true }) { totalCount items { id overdue } } }', {}, { token: staff.supervisor });
    expect(list.data.complaints.items).toContainEqual({ id: c.id, overdue: true });
  });

  test('bad input names the field and stores nothing; operators register about their own place only', async () => {
    app.clock.set(at('2025-11-10'));
    const before = await count('complaint');
    const bad = async (input: Record<string, unknown>, field: string[], token = staff.centre) => {
      const r = await register(input, token);
      expect(r.complaint).toBeNull();
      expect(r.userErrors).toContainEqual(expect.objectContaining({ field }));
    };
    await bad(complaint({ complainantName: ' ' }), ['input', 'complainantName']);
    await bad(complaint({ postalAddress: null, email: null }), ['input', 'postalAddress']);
    await bad(complaint({ reasons: '' }), ['input', 'reasons']);
    await bad(complaint({ demands: ' ' }), ['input', 'demands']);
    await bad(complaint({ filedOn: '2025-11-11' }), ['input', 'filedOn']);
    await bad(complaint({ phone: '555' }), ['input', 'phone']);
    await bad(complaint({ serviceCode: 'S0' }), ['input', 'serviceCode']);
    await bad(complaint({ officeId: staff.otherOfficeId }), ['input', 'officeId']);
    await bad(complaint({ addressee: 'MINISTRY' }), ['input', 'addressee']);
    await bad(complaint({ applicationId: application.id }), ['input', 'applicationId'], staff.otherCentre);
    const email = await app.gql<any>(REGISTER, { input: complaint({ email: 'not-an-address' }) }, { token: staff.centre });
    expect(email.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'email' })] });
    expect(await count('complaint')).toBe(before);
  });

  test('a supervisor registers a complaint to the ministry; a regional supervisor sees only their region', async () => {
    const { complaint: c, userErrors } = await register(complaint({ addressee: 'MINISTRY', officeId: staff.officeId }), staff.supervisor);
    expect(userErrors).toEqual([]);
    expect(c.region.code).toBe('KZ-KUS');
    expect((await app.gql<any>('query($id: ID!) { complaint(id: $id) { id } }', { id: c.id }, { token: staff.akmolaSupervisor })).data.complaint).toBeNull();
    expect((await app.gql<any>('query($id: ID!) { complaint(id: $id) { id } }', { id: c.id }, { token: staff.otherCentre })).data.complaint).toBeNull();
    const akm = await register(complaint({ addressee: 'MINISTRY', officeId: staff.officeId }), staff.akmolaSupervisor);
    expect(akm.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ALLOWED' })]);
    for (const token of [staff.admin, staff.directoryAdmin]) expect((await app.gql('{ complaints { totalCount } }', {}, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('the consideration term is a rule administrators can change when the law does; complaints keep the term they got', async () => {
    const rule = (await app.gql<any>('{ complaintRule { version considerationDays extendedDays cite } }')).data.complaintRule;
    expect(rule).toMatchObject({ considerationDays: 15, extendedDays: 30 });
    const UPDATE = 'mutation($v: Int!, $input: ComplaintRuleInput!) { complaintRuleUpdate(version: $v, input: $input) { rule { considerationDays version } userErrors { code field } } }';
    const shorter = await app.gql<any>(UPDATE, { v: rule.version, input: { considerationDays: 20, extendedDays: 10, cite: 'x' } }, { token: staff.directoryAdmin });
    expect(shorter.data.complaintRuleUpdate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'extendedDays'] }]);
    expect((await app.gql<any>(UPDATE, { v: rule.version, input: { considerationDays: 10, extendedDays: 30, cite: 'amended law' } }, { token: staff.centre })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const changed = await app.gql<any>(UPDATE, { v: rule.version, input: { considerationDays: 10, extendedDays: 30, cite: 'The amended law, art. 8' } }, { token: staff.directoryAdmin });
    expect(changed.data.complaintRuleUpdate.rule).toEqual({ considerationDays: 10, version: rule.version + 1 });
    app.clock.set(at('2025-12-01'));
    const { complaint: c } = await register(complaint());
    expect(c).toMatchObject({ dueOn: '2025-12-11', rule: { considerationDays: 10, cite: 'The amended law, art. 8' } });
    const audit = (await app.gql<any>('{ auditEntries(filter: { entityKey: "appeals-law" }) { items { action before after } } }', {}, { token: staff.directoryAdmin })).data.auditEntries.items;
    expect(audit[0]).toMatchObject({ action: 'complaintRuleUpdate', before: { considerationDays: 15 }, after: { considerationDays: 10 } });
    await app.gql(UPDATE, { v: rule.version + 1, input: { considerationDays: 15, extendedDays: 30, cite: rule.cite } }, { token: staff.directoryAdmin });
  });
});

describe('feedback', () => {
  test('one survey per application; the complaint procedure is rated only when the applicant complained', async () => {
    app.clock.set(at('2025-12-02'));
    const base = { applicationNumber: application.number, applicantIin: application.applicant.iin, processScore: 5, informationScore: 4, courtesyScore: 5 };
    const wrongIin = await app.gql<any>(FEEDBACK, { input: { ...base, applicantIin: '650211300011' } }, { token: staff.centre });
    expect(wrongIin.data.feedbackSubmit.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'applicationNumber'] })]);
    const outOfRange = await app.gql<any>(FEEDBACK, { input: { ...base, processScore: 6 } }, { token: staff.centre });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'processScore' })] });
    const ok = await app.gql<any>(FEEDBACK, { input: { ...base, complaintScore: 2 } }, { token: staff.centre });
    expect(ok.data.feedbackSubmit.userErrors).toEqual([]);
    expect(ok.data.feedbackSubmit.feedback).toMatchObject({ complaintScore: 2, channel: 'CENTRE', service: { code: 'S1' }, region: { code: 'KZ-KUS' }, applicationNumber: application.number, application: { id: application.id } });
    const twice = await app.gql<any>(FEEDBACK, { input: base }, { token: staff.centre });
    expect(twice.data.feedbackSubmit.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN' })]);
    expect(Number((await db.query('select count(*) from feedback where application_id = $1', [application.id])).rows[0].count)).toBe(1);
  });

  test('a partner system with feedback:write sends a survey for an application it did not submit, and does not see that application', async () => {
    app.clock.set(at('2025-12-02'));
    const S1 = (await requirements(app, 'S1')).get('')!;
    const res = await app.gql<any>(SUBMIT, {
      input: {
        serviceCode: 'S1', channel: 'BODY', applicant: applicant('1970-01-20'), documents: mustBring(S1).map((d) => d.id),
        answers: [
          { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'MILITARY_SERVICE' }, { key: 'conscriptedBy', value: 'Қостанай ӘК' },
          { key: 'rankAndPosition', value: 'қатардағы' }, { key: 'unit', value: '1234' }, { key: 'servicePeriod', value: '1988-05' },
        ],
      },
    }, { token: staff.body });
    const a = res.data.applicationSubmit.application;
    const input = { applicationNumber: a.number, applicantIin: a.applicant.iin, processScore: 3, informationScore: 2, courtesyScore: 4 };
    const noComplaint = await app.gql<any>(FEEDBACK, { input: { ...input, complaintScore: 5 } }, { apiKey: staff.feedbackOnlyKey });
    expect(noComplaint.data.feedbackSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'complaintScore'] })]);
    const sent = await app.gql<any>(FEEDBACK, { input }, { apiKey: staff.feedbackOnlyKey });
    expect(sent.data.feedbackSubmit.userErrors).toEqual([]);
    expect(sent.data.feedbackSubmit.feedback).toMatchObject({ applicationNumber: a.number, application: null, channel: 'BODY' });
    const withoutScope = await app.gql<any>(FEEDBACK, { input }, { apiKey: staff.otherIntegratorKey });
    expect(withoutScope.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('feedback:write') });
    const list = await app.gql<any>('{ feedbacks(filter: { maxScore: 2 }) { totalCount items { applicationNumber informationScore } } }', {}, { token: staff.supervisor });
    expect(list.data.feedbacks.items).toContainEqual({ applicationNumber: a.number, informationScore: 2 });
    const otherOffice = await app.gql<any>('{ feedbacks { totalCount } }', {}, { token: staff.otherCentre });
    expect(otherOffice.data.feedbacks.totalCount).toBe(0);
  });
});

test('the complaints and feedback lists cost at most two SQL statements besides the session lookup', async () => {
  const complaints = await app.countStatements(() => app.gql<any>(`{ complaints(page: { limit: 50 }) { totalCount items { ${C_FIELDS} } } }`, {}, { token: staff.supervisor }));
  expect(complaints.result.errors).toBeUndefined();
  expect(complaints.result.data.complaints.totalCount).toBeGreaterThan(2);
  expect(complaints.statements - 1).toBeLessThanOrEqual(2);
  const feedbacks = await app.countStatements(() =>
    app.gql<any>('{ feedbacks { totalCount items { processScore applicationNumber application { id number } service { code } region { code } office { id } } } }', {}, { token: staff.supervisor }),
  );
  expect(feedbacks.result.data.feedbacks.totalCount).toBeGreaterThan(0);
  expect(feedbacks.statements - 1).toBeLessThanOrEqual(2);
});
