// The indicators of Appendix 3 on a small hand-made dataset, every expected number worked out here; targets per year;
// the Appendix 3 table and its CSV; drill-down lists adding up to the figures; the rollup against the raw tables.
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';
import { applicant, createStaff, mustBring, requirements, STEP, SUBMIT, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;
let db: Client;
const at = (date: string, time = '10:00') => `${date}T${time}:00+05:00`;

const S1_ANSWERS = [
  { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'WWII_PARTICIPANT' }, { key: 'conscriptedBy', value: 'Қостанай ӘК' },
  { key: 'rankAndPosition', value: 'қатардағы' }, { key: 'unit', value: '150-дивизия' }, { key: 'servicePeriod', value: '1943-01' },
];
const S2_ANSWERS = [{ key: 'birthPlace', value: 'Рудный' }, { key: 'maritalStatus', value: 'үйленген' }, { key: 'reason', value: 'шетелге шығу' }];
let docs: Record<string, string[]> = {};

async function submit(service: 'S1' | 'S2', date: string, opts: { channel?: 'BODY' | 'CENTRE'; documents?: string[] } = {}) {
  app.clock.set(at(date));
  const channel = opts.channel ?? 'BODY';
  const res = await app.gql<any>(
    SUBMIT,
    { input: { serviceCode: service, channel, ...(channel === 'CENTRE' ? { officeId: staff.officeId } : {}), applicant: applicant('1950-05-05'), answers: service === 'S1' ? S1_ANSWERS : S2_ANSWERS, documents: opts.documents ?? docs[service] } },
    { token: channel === 'CENTRE' ? staff.centre : staff.body },
  );
  expect(res.data?.applicationSubmit.userErrors).toEqual([]);
  return res.data.applicationSubmit.application as { id: string; version: number; number: string; dueOn: string; applicant: { iin: string } };
}

async function step(name: string, a: { id: string; version: number }, date: string, args = '', vars = '', values: Record<string, unknown> = {}) {
  app.clock.set(at(date, '12:00'));
  const res = await app.gql<any>(STEP(name, args, vars), { id: a.id, version: a.version, ...values }, { token: staff.body });
  expect(res.data?.[name].userErrors).toEqual([]);
  return res.data[name].application;
}
const start = (a: any, d: string) => step('applicationStart', a, d);
const ready = (a: any, d: string) => step('applicationReady', a, d);

async function survey(a: { number: string; applicant: { iin: string } }, date: string, scores: { process: number; information: number; courtesy: number; complaint?: number }) {
  app.clock.set(at(date, '15:00'));
  const res = await app.gql<any>(
    'mutation($input: FeedbackSubmitInput!) { feedbackSubmit(input: $input) { userErrors { code field message } } }',
    { input: { applicationNumber: a.number, applicantIin: a.applicant.iin, processScore: scores.process, informationScore: scores.information, courtesyScore: scores.courtesy, complaintScore: scores.complaint ?? null } },
    { token: staff.body },
  );
  expect(res.data?.feedbackSubmit.userErrors).toEqual([]);
}

const REPORT = `query($filter: IndicatorFilter!, $min: Int) { indicators(filter: $filter, minimumSample: $min) {
  period { from to } previousPeriod { from to } minimumSample
  values { code groupCode source numerator denominator value normativeValue target targetSource targetOrder { orderNumber orderDate } status
    previous { numerator denominator value } change drillDown evidence { serviceCode available websites } } } }`;

async function report(filter: Record<string, unknown>, min?: number, token = staff.supervisor) {
  const res = await app.gql<any>(REPORT, { filter, min }, { token });
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data.indicators.values.map((v: any) => [v.code, v])) as Record<string, any>;
}
const MARCH = { kind: 'MONTH', year: 2025, number: 3 };
const figure = (v: any) => [v.numerator, v.denominator, v.value];

let a1: any, a2: any, a3: any, a6: any, a7: any;

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  for (const code of ['S1', 'S2']) docs[code] = mustBring((await requirements(app, code)).get('')!).map((d) => d.id);

  // February 2025: one S1 application, ready on its due date (on time).
  const b1 = await submit('S1', '2025-02-03');
  await ready(await start(b1, '2025-02-03'), '2025-02-04');

  // March 2025 (Monday 3 March: S1 at the body is due the next working day, Tuesday 4 March).
  a1 = await submit('S1', '2025-03-03');
  a1 = await ready(await start(a1, '2025-03-03'), '2025-03-04'); // ready on the due date: on time
  a2 = await submit('S1', '2025-03-03');
  a2 = await ready(await start(a2, '2025-03-03'), '2025-03-05'); // a day late
  a3 = await submit('S1', '2025-03-03');
  a3 = await start(a3, '2025-03-03');
  const rules = (await app.gql<any>('{ service(code: "S1") { deadlines(channel: BODY) { id kind value } } }')).data.service.deadlines;
  a3 = await step('applicationExtend', a3, '2025-03-04', ', input: $input', ', $input: ApplicationExtendInput!', {
    input: { ruleId: rules.find((r: any) => r.kind === 'EXTENSION' && r.value === 30).id, reason: 'Архивтен сұрау', applicantNotifiedAt: at('2025-03-04', '11:00'), notifiedBy: 'PHONE' },
  });
  a3 = await ready(a3, '2025-03-06'); // after the first due date, within the extended one: on time
  await submit('S1', '2025-03-03', { documents: [] }); // S1 needs nothing the applicant brings: accepted, never completed
  const refused = await submit('S2', '2025-03-03', { documents: [] });
  expect(refused).toBeDefined();
  await submit('S1', '2025-03-04'); // a5: open, not counted
  a6 = await submit('S2', '2025-03-03');
  a6 = await step('applicationRefuse', a6, '2025-03-03', ', reasons: $reasons', ', $reasons: String!', { reasons: 'Деректер расталмады (мұрағат жауабы)' }); // reasoned refusal, on time
  // At the centre: hand-over on Tuesday 4 March, one working day between, issue day Thursday 6 March.
  a7 = await submit('S1', '2025-03-03', { channel: 'CENTRE' });
  a7 = await step('applicationHandOver', a7, '2025-03-04', ', handedOverOn: $on', ', $on: Date', { on: '2025-03-04' });
  expect(a7.dueOn).toBe('2025-03-06');
  a7 = await ready(await start(a7, '2025-03-05'), '2025-03-06');

  // A complaint about a2, then the surveys of March.
  app.clock.set(at('2025-03-10'));
  const complaint = await app.gql<any>(
    'mutation($input: ComplaintRegisterInput!) { complaintRegister(input: $input) { userErrors { field } } }',
    { input: { form: 'WRITTEN', addressee: 'BODY_HEAD', applicationId: a2.id, complainantName: 'Тестов', postalAddress: 'Қостанай', reasons: 'кешікті', demands: 'түсіндіру' } },
    { token: staff.body },
  );
  expect(complaint.data.complaintRegister.userErrors).toEqual([]);
  await survey(a1, '2025-03-11', { process: 5, information: 4, courtesy: 3 });
  await survey(a2, '2025-03-11', { process: 2, information: 4, courtesy: 2, complaint: 4 });
  await survey(a3, '2025-03-12', { process: 4, information: 4, courtesy: 5 });
  await survey(a6, '2025-03-12', { process: 5, information: 5, courtesy: 5 });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

describe('each indicator, worked out by hand', () => {
  test('1.1: completed in March are a1 (on the due date), a2 (late), a3 (within its extension), a6 (reasoned refusal) and a7 (centre): 4 of 5 on time', async () => {
    const r = await report({ period: MARCH }, 1);
    expect(figure(r['1.1'])).toEqual([4, 5, 80]);
    // February: b1, on time. Change: 80 - 100 = -20 points.
    expect(r['1.1'].previous).toEqual({ numerator: 1, denominator: 1, value: 100 });
    expect(r['1.1'].change).toBe(-20);
    // Refused at acceptance and still open ones are not counted; by service, by channel, by office.
    expect(figure((await report({ period: MARCH, serviceCode: 'S1' }, 1))['1.1'])).toEqual([3, 4, 75]);
    expect(figure((await report({ period: MARCH, serviceCode: 'S2' }, 1))['1.1'])).toEqual([1, 1, 100]);
    expect(figure((await report({ period: MARCH, channel: 'CENTRE' }, 1))['1.1'])).toEqual([1, 1, 100]);
    expect(figure((await report({ period: MARCH, officeId: staff.officeId }, 1))['1.1'])).toEqual([1, 1, 100]);
    expect(figure((await report({ period: MARCH, departmentId: staff.departmentId }, 1))['1.1'])).toEqual([4, 5, 80]);
    expect(figure((await report({ period: MARCH, region: 'KZ-KUS' }, 1))['1.1'])).toEqual([4, 5, 80]);
    expect(figure((await report({ period: MARCH, region: 'KZ-AKM' }, 1))['1.1'])).toEqual([0, 0, null]);
    // The first quarter: February's and March's.
    expect(figure((await report({ period: { kind: 'QUARTER', year: 2025, number: 1 } }, 1))['1.1'])).toEqual([5, 6, 83.3]);
  });

  test('2.1, 3.1, 4.1, 5.1 from the four March surveys (4 and 5 are satisfied)', async () => {
    const r = await report({ period: MARCH }, 1);
    expect(figure(r['2.1'])).toEqual([3, 4, 75]); // process 5, 2, 4, 5
    expect(figure(r['3.1'])).toEqual([4, 4, 100]); // information 4, 4, 4, 5
    expect(figure(r['4.1'])).toEqual([1, 1, 100]); // only a2's author complained, and rated it 4
    expect(figure(r['5.1'])).toEqual([2, 4, 50]); // courtesy 3, 2, 5, 5
    expect(r['2.1'].source).toBe('FEEDBACK');
    expect(r['2.1'].previous).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(r['2.1'].change).toBeNull();
  });

  test('3.2 from the catalogue: every standard names a website (para 4), so 7 of 7; the evidence lists them', async () => {
    const r = await report({ period: MARCH }, 1);
    expect(figure(r['3.2'])).toEqual([7, 7, 100]);
    expect(r['3.2']).toMatchObject({ source: 'CATALOGUE', status: 'MET', normativeValue: 50 });
    expect(r['3.2'].evidence).toHaveLength(7);
    expect(r['3.2'].evidence[0]).toEqual({ serviceCode: 'S1', available: true, websites: expect.arrayContaining(['www.mod.gov.kz']) });
    expect(figure((await report({ period: MARCH, serviceCode: 'S3' }, 1))['3.2'])).toEqual([1, 1, 100]);
  });

  test('normative values from Appendix 3; statuses against them; the minimum sample', async () => {
    const judged = await report({ period: MARCH }, 1);
    expect(Object.fromEntries(Object.values(judged).map((v: any) => [v.code, v.normativeValue]))).toEqual({ '1.1': 95, '2.1': 90, '3.1': 80, '3.2': 50, '4.1': 95, '5.1': 90 });
    expect(judged['1.1']).toMatchObject({ target: 95, targetSource: 'NORMATIVE', status: 'BREACHED' }); // 80 < 95 - 5
    expect(judged['3.1'].status).toBe('MET');
    // With the documented default (30 cases), none of these small figures is judged, but all are shown.
    const sampled = await report({ period: MARCH });
    expect(sampled['1.1']).toMatchObject({ status: 'INSUFFICIENT_DATA', value: 80 });
    expect(sampled['3.2'].status).toBe('MET'); // a census, not a sample
    const four = await report({ period: MARCH }, 4);
    expect([four['1.1'].status, four['4.1'].status]).toEqual(['BREACHED', 'INSUFFICIENT_DATA']);
    expect((await report({ period: { kind: 'MONTH', year: 2025, number: 4 } }, 1))['1.1'].status).toBe('NO_DATA');
  });
});

describe('targets per year (para 19)', () => {
  const SET = `mutation($input: IndicatorTargetInput!) { indicatorTargetSet(input: $input) { target { year code value orderNumber orderDate setBy service { code } } userErrors { code field message } } }`;
  const set = async (input: Record<string, unknown>, token = staff.supervisor) => (await app.gql<any>(SET, { input }, { token })).data?.indicatorTargetSet;

  test('orders for all services and for one; the latest in force, the earlier kept; statuses follow', async () => {
    expect((await set({ year: 2025, code: '1.1', value: 95, orderNumber: '№ 5', orderDate: '2024-12-10' })).userErrors).toEqual([]);
    expect((await set({ year: 2025, code: '1.1', value: 97, orderNumber: '№ 12', orderDate: '2024-12-20' })).target).toMatchObject({ value: 97, setBy: 'sup.all', service: null });
    expect((await set({ year: 2025, code: '1.1', serviceCode: 'S2', value: 85, orderNumber: '№ 13', orderDate: '2024-12-20' })).userErrors).toEqual([]);
    expect((await set({ year: 2025, code: '2.1', value: 78, orderNumber: '№ 12', orderDate: '2024-12-20' })).userErrors).toEqual([]);
    expect((await set({ year: 2026, code: '1.1', serviceCode: 'S1', value: 96, orderNumber: '№ 40', orderDate: '2025-12-15' })).userErrors).toEqual([]);

    const all = await report({ period: MARCH }, 1);
    expect(all['1.1']).toMatchObject({ target: 97, targetSource: 'GENERAL_ORDER', targetOrder: { orderNumber: '№ 12', orderDate: '2024-12-20' }, status: 'BREACHED' });
    expect(all['2.1']).toMatchObject({ target: 78, status: 'AT_RISK' }); // 75 is within 5 points below 78
    const s2 = await report({ period: MARCH, serviceCode: 'S2' }, 1);
    expect(s2['1.1']).toMatchObject({ target: 85, targetSource: 'SERVICE_ORDER', status: 'MET' });
    expect((await report({ period: MARCH, serviceCode: 'S1' }, 1))['1.1']).toMatchObject({ target: 97, targetSource: 'GENERAL_ORDER' });

    const inForce = (await app.gql<any>('{ indicatorTargets(year: 2025) { code value orderNumber service { code } } }', {}, { token: staff.supervisor })).data.indicatorTargets;
    expect(inForce).toEqual([
      { code: '1.1', value: 97, orderNumber: '№ 12', service: null },
      { code: '1.1', value: 85, orderNumber: '№ 13', service: { code: 'S2' } },
      { code: '2.1', value: 78, orderNumber: '№ 12', service: null },
    ].sort((a, b) => a.code.localeCompare(b.code) || (a.service ? 1 : -1)));
    const history = (await app.gql<any>('{ indicatorTargets(year: 2025, history: true) { code value } }', {}, { token: staff.supervisor })).data.indicatorTargets;
    expect(history.filter((t: any) => t.code === '1.1').map((t: any) => t.value).sort()).toEqual([85, 95, 97]);
  });

  test('bad input names the field and stores nothing; a regional supervisor cannot set targets', async () => {
    const before = Number((await db.query('select count(*) from indicator_target')).rows[0].count);
    expect((await set({ year: 2025, code: '9.9', value: 90, orderNumber: '1', orderDate: '2024-12-01' })).userErrors[0].field).toEqual(['input', 'code']);
    expect((await set({ year: 2025, code: '1.1', value: 120, orderNumber: '1', orderDate: '2024-12-01' })).userErrors[0].field).toEqual(['input', 'value']);
    expect((await set({ year: 2025, code: '1.1', value: 90, orderNumber: ' ', orderDate: '2024-12-01' })).userErrors[0].field).toEqual(['input', 'orderNumber']);
    expect((await set({ year: 2025, code: '1.1', value: 90, orderNumber: '1', orderDate: '2026-01-01' })).userErrors[0].field).toEqual(['input', 'orderDate']);
    expect((await set({ year: 2025, code: '1.1', serviceCode: 'S0', value: 90, orderNumber: '1', orderDate: '2024-12-01' })).userErrors[0].field).toEqual(['input', 'serviceCode']);
    const regional = await app.gql<any>(SET, { input: { year: 2025, code: '1.1', value: 90, orderNumber: '1', orderDate: '2024-12-01' } }, { token: staff.akmolaSupervisor });
    expect(regional.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const token of [staff.body, staff.directoryAdmin]) expect((await app.gql(SET, { input: { year: 2025, code: '1.1', value: 90, orderNumber: '1', orderDate: '2024-12-01' } }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(Number((await db.query('select count(*) from indicator_target')).rows[0].count)).toBe(before);
  });
});

describe('Appendix 3, drill-down, trend and league tables', () => {
  test("S1's Appendix 3 for 2025: normative values, next year's target, the year's current values; and as CSV", async () => {
    const res = await app.gql<any>(
      `{ appendix3(serviceCode: "S1", year: 2025) { serviceCode year title { kk } headers { kk en } rows { groupCode code normativeValue nextYearTarget currentValue numerator denominator }
         kk: csv(lang: KK) en: csv(lang: EN) } }`,
      {},
      { token: staff.supervisor },
    );
    expect(res.errors).toBeUndefined();
    const t = res.data.appendix3;
    expect(t.title.kk).toBe('Сапа және тиімділік көрсеткіштерінің мәні');
    expect(t.headers.map((h: any) => h.kk)).toEqual(['Сапа және қол жетімділік көрсеткіштері', 'Көрсеткіштің нормативтік мәні', 'Көрсеткіштің келесі жылдағы мақсатты мәні', 'Көрсеткіштің есептілік жылындағы ағымдағы мәні']);
    // S1 in 2025: b1 (Feb), a1, a2, a3, a7 completed; on time b1, a1, a3, a7.
    expect(t.rows.map((r: any) => [r.code, r.normativeValue, r.nextYearTarget, r.currentValue])).toEqual([
      ['1.1', 95, 96, 80],
      ['2.1', 90, null, 66.7], // a1 5, a2 2, a3 4
      ['3.1', 80, null, 100],
      ['3.2', 50, null, 100],
      ['4.1', 95, null, 100],
      ['5.1', 90, null, 33.3], // a1 3, a2 2, a3 5
    ]);
    const lines = t.en.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[1]).toBe('Quality and accessibility indicators,Normative value of the indicator,Target value of the indicator for the next year,Current value of the indicator in the reporting year');
    expect(lines[2]).toBe('1. Timeliness,,,');
    expect(lines[3]).toMatch(/^1\.1\. % \(share\) of cases .*,95 %,96 %,80 %$/);
    expect(lines).toHaveLength(2 + 5 + 6); // title, headers, five groups, six indicators
    expect(t.kk).toContain('1. Уақтылық');
    expect(t.kk.startsWith('\uFEFF')).toBe(true);
  });

  test('drill-down: the lists behind each figure add up to it', async () => {
    const r = await report({ period: MARCH, region: 'KZ-KUS' }, 1);
    const apps = r['1.1'].drillDown;
    expect(apps.resource).toBe('applications');
    const total = async (query: string, filter: unknown) => (await app.gql<any>(query, { filter }, { token: staff.supervisor })).data;
    const A = 'query($filter: ApplicationFilter) { applications(filter: $filter) { totalCount } }';
    expect((await total(A, apps.denominator)).applications.totalCount).toBe(r['1.1'].denominator);
    expect((await total(A, apps.numerator)).applications.totalCount).toBe(r['1.1'].numerator);
    const F = 'query($filter: FeedbackFilter) { feedbacks(filter: $filter) { totalCount } }';
    for (const code of ['2.1', '3.1', '4.1', '5.1']) {
      const d = r[code].drillDown;
      expect(d.resource).toBe('feedbacks');
      expect({ code, n: (await total(F, d.numerator)).feedbacks.totalCount, d: (await total(F, d.denominator)).feedbacks.totalCount }).toEqual({ code, n: r[code].numerator, d: r[code].denominator });
    }
  });

  test('the trend month by month, and league tables worst first', async () => {
    const trend = (await app.gql<any>('query($f: IndicatorFilter!) { indicatorTrend(filter: $f, months: 3) { month code numerator denominator value } }', { f: { period: MARCH } }, { token: staff.supervisor })).data.indicatorTrend;
    const timeliness = trend.filter((m: any) => m.code === '1.1').map((m: any) => [m.month, m.numerator, m.denominator, m.value]);
    expect(timeliness).toEqual([['2025-01-01', 0, 0, null], ['2025-02-01', 1, 1, 100], ['2025-03-01', 4, 5, 80]]);
    const league = async (groupBy: string, code = '1.1') =>
      (await app.gql<any>('query($f: IndicatorFilter!, $c: String!, $g: LeagueGrouping!) { indicatorLeague(filter: $f, code: $c, groupBy: $g, minimumSample: 1) { key numerator denominator value status } }', { f: { period: MARCH }, c: code, g: groupBy }, { token: staff.supervisor })).data.indicatorLeague;
    expect(await league('REGION')).toEqual([{ key: 'KZ-KUS', numerator: 4, denominator: 5, value: 80, status: 'BREACHED' }]);
    expect(await league('SERVICE')).toEqual([
      { key: 'S1', numerator: 3, denominator: 4, value: 75, status: 'BREACHED' },
      { key: 'S2', numerator: 1, denominator: 1, value: 100, status: 'MET' },
    ]);
    expect((await league('OFFICE')).map((r: any) => r.key)).toEqual([staff.officeId]);
    expect((await league('SERVICE', '5.1')).map((r: any) => [r.key, r.value])).toEqual([['S1', 33.3], ['S2', 100]]);
  });

  test('a regional supervisor sees only their region; operators and administrators see no indicators', async () => {
    const akm = await report({ period: MARCH }, 1, staff.akmolaSupervisor);
    expect(figure(akm['1.1'])).toEqual([0, 0, null]);
    expect(figure((await report({ period: MARCH, region: 'KZ-KUS' }, 1, staff.akmolaSupervisor))['1.1'])).toEqual([0, 0, null]);
    for (const token of [staff.body, staff.admin, staff.directoryAdmin]) {
      expect((await app.gql(REPORT, { filter: { period: MARCH } }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const bad = await app.gql(REPORT, { filter: { period: { kind: 'MONTH', year: 2025 } } }, { token: staff.supervisor });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'period.number' }] });
  });

  test('the rollup equals the raw tables after every kind of change, and a KPI report costs two statements', async () => {
    const raw = await db.query(`
      select date_trunc('month', completed_on)::date as month, service_id, count(*)::int as completed, count(*) filter (where completed_on <= due_on)::int as on_time
        from application where completed_on is not null and status <> 'REFUSED_AT_ACCEPTANCE' group by 1, 2 order by 1, 2`);
    const rolled = await db.query(`select month, service_id, sum(completed)::int as completed, sum(on_time)::int as on_time from kpi_month group by 1, 2 having sum(completed) <> 0 order by 1, 2`);
    expect(rolled.rows).toEqual(raw.rows);
    const fraw = await db.query(`select date_trunc('month', responded_on)::date as month, count(*)::int as n, count(*) filter (where courtesy_score >= 4)::int as ok from feedback group by 1 order by 1`);
    const frolled = await db.query(`select month, sum(feedback)::int as n, sum(courtesy_ok)::int as ok from kpi_month group by 1 having sum(feedback) <> 0 order by 1`);
    expect(frolled.rows).toEqual(fraw.rows);
    const counted = await app.countStatements(() => app.gql<any>(REPORT, { filter: { period: MARCH } }, { token: staff.supervisor }));
    expect(counted.statements - 1).toBeLessThanOrEqual(2);
  });
});
