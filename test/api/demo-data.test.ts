// The demo-data generator: counts, realism that can be checked (every region, service and month; the shares of refusals
// and late results), due dates that follow the engine, the indicators' rollup, and removal that leaves real rows.
import { Client } from 'pg';
import { generateDemoData, removeDemoData } from '../../api/src/modules/demo/generate';
import { dueDate } from '../../api/src/modules/applications/due-date';
import { loadExceptions } from '../../api/src/modules/calendar/calendar.service';
import { plusDays } from '../../api/src/modules/calendar/working-days';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let db: Client;
const N = 3000;
const TODAY = '2026-11-27';
let counts: Awaited<ReturnType<typeof generateDemoData>>;
const progress: number[] = [];
const one = async (sql: string) => (await db.query(sql)).rows[0];

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  counts = await generateDemoData(app.databaseUrl, { applications: N, today: TODAY, chunk: 1000, onProgress: (done) => progress.push(done) });
}, 120_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

test('exactly N applications, in chunks, with their history, surveys and complaints, all marked demo', async () => {
  expect(progress).toEqual([1000, 2000, 3000]);
  expect(counts.applications).toBe(N);
  expect(counts.events).toBeGreaterThan(3 * N); // submit, start, ready, issue for most
  expect(counts.feedback).toBeGreaterThan(N * 0.2);
  expect(counts.complaints).toBeGreaterThan(0);
  expect(await one(`select count(*)::int as n from application where not demo`)).toEqual({ n: 0 });
  expect(await one(`select count(distinct number)::int as n from application`)).toEqual({ n: N });
  expect(await one(`select count(*)::int as n from application a where not exists (select 1 from application_event e where e.application_id = a.id and e.action in ('SUBMIT', 'REFUSE_AT_ACCEPTANCE'))`)).toEqual({ n: 0 });
  expect(await one(`select (select value from app_setting where key = 'demo-data')->>'loaded' as loaded`)).toEqual({ loaded: 'true' });
});

test('spread over the 24 months up to today, all 16 regions, all 7 standards, both channels; busier in the conscription months', async () => {
  expect(await one(`select min(accepted_on)::text as first, max(accepted_on)::text as last, count(distinct date_trunc('month', accepted_on))::int as months from application`)).toEqual({
    first: expect.stringMatching(/^2024-12/),
    last: expect.stringMatching(/^2026-11/),
    months: 24,
  });
  expect(await one(`select count(distinct region_id)::int as regions, count(distinct service_id)::int as services, count(distinct channel)::int as channels from application`)).toEqual({ regions: 16, services: 7, channels: 2 });
  const seasons = await one(`select count(*) filter (where extract(month from accepted_on) in (5, 11))::float / count(*) filter (where extract(month from accepted_on) in (1, 8)) as ratio from application`);
  expect(seasons.ratio).toBeGreaterThan(1.2);
  // Never accepted on a day off.
  expect(await one(`select count(*)::int as n from application a join calendar_day c on c.date = a.accepted_on and c.kind <> 'WORKING_DAY'`)).toEqual({ n: 0 });
});

test('plausible shares: refusals at acceptance about 3 %, late results a few percent varying by region, extensions and reasoned refusals present', async () => {
  const s = await one(`select
      count(*) filter (where status = 'REFUSED_AT_ACCEPTANCE')::float / count(*) as refused,
      count(*) filter (where completed_on > due_on)::float / count(*) filter (where completed_on is not null) as late,
      count(*) filter (where extension is not null)::int as extended,
      count(*) filter (where status = 'REFUSED')::int as reasoned,
      count(*) filter (where status = 'TRANSFERRED_TO_BODY')::int as transferred
    from application`);
  expect(s.refused).toBeGreaterThan(0.015);
  expect(s.refused).toBeLessThan(0.05);
  expect(s.late).toBeGreaterThan(0.02);
  expect(s.late).toBeLessThan(0.15);
  expect(s.extended).toBeGreaterThan(0);
  expect(s.reasoned).toBeGreaterThan(0);
  expect(s.transferred).toBeGreaterThan(0);
  const spread = await one(`select max(l) - min(l) as spread from (select region_id, count(*) filter (where completed_on > due_on)::float / nullif(count(*) filter (where completed_on is not null), 0) as l from application group by 1) r`);
  expect(spread.spread).toBeGreaterThan(0.03);
  // Statuses agree with the dates; surveys only for served applications, 4.1 only where a complaint exists.
  expect(await one(`select count(*)::int as n from application where (completed_on is not null) <> (status in ('READY', 'ISSUED', 'REFUSED', 'TRANSFERRED_TO_BODY'))`)).toEqual({ n: 0 });
  expect(await one(`select count(*)::int as n from feedback f join application a on a.id = f.application_id where a.completed_on is null or f.responded_on < a.completed_on`)).toEqual({ n: 0 });
  expect(await one(`select count(*)::int as n from feedback f where f.complaint_score is not null and not exists (select 1 from complaint c where c.application_id = f.application_id)`)).toEqual({ n: 0 });
});

test('every due date follows its deadline rule on the working calendar (checked against the engine)', async () => {
  const { rows } = await db.query(`select to_char(accepted_on, 'YYYY-MM-DD') as accepted, to_char(handed_over_on, 'YYYY-MM-DD') as handed, to_char(due_on, 'YYYY-MM-DD') as due,
      to_char(original_due_on, 'YYYY-MM-DD') as original, to_char(commission_decision_approved_on, 'YYYY-MM-DD') as decided, term, extension from application where status <> 'REFUSED_AT_ACCEPTANCE' and (handed_over_on is not null or term->>'startsFrom' <> 'ARRIVAL_AT_BODY')`);
  const cal = await loadExceptions(app.orm.em.fork(), '2024-10-01', '2028-01-01');
  for (const r of rows) {
    const events = { acceptedOn: r.accepted, handedOverOn: r.handed ?? plusDays(r.accepted, 1), decisionApprovedOn: r.decided };
    const first = dueDate(r.term, events, cal);
    expect({ n: r.accepted, due: r.original ?? r.due }).toEqual({ n: r.accepted, due: first });
    if (r.extension) expect({ n: r.accepted, due: r.due }).toEqual({ n: r.accepted, due: dueDate({ ...r.extension.rule, startsFrom: r.term.startsFrom }, events, cal) });
  }
  expect(rows.length).toBeGreaterThan(N * 0.9);
});

test('the indicators see the demo activity, and the rollup equals the tables', async () => {
  const raw = await one(`select count(*)::int as completed, count(*) filter (where completed_on <= due_on)::int as on_time from application where completed_on is not null and status <> 'REFUSED_AT_ACCEPTANCE'`);
  const rolled = await one(`select sum(completed)::int as completed, sum(on_time)::int as on_time from kpi_month`);
  expect(rolled).toEqual(raw);
  expect(await one(`select sum(feedback)::int as n from kpi_month`)).toEqual({ n: counts.feedback });
});

test('removal takes every demo row and leaves real ones; a start then does not load demo data again', async () => {
  await db.query(`insert into application (number, service_id, channel, department_id, region_id, status, applicant_iin, applicant_last_name, applicant_first_name,
      applicant_birth_date, applicant_phone, applicant_address, receipt, answers, documents, accepted_at, accepted_on, accepted_by_name, submitted_by_id, submitted_via, due_on, completed_on)
    select 'REAL-1', s.id, 'BODY', d.id, d.region_id, 'READY', '900101300123', 'Real', 'Person', '1990-01-01', '+77010000000', 'x', '{}', '{}', '[]', now(), '2026-11-02', 'x',
      (select id from app_user where login = 'admin'), 'CONSOLE', '2026-11-03', '2026-11-03'
      from service s, department d where s.code = 'S1' limit 1`);
  const removed = await removeDemoData(app.databaseUrl);
  expect(removed.applications).toBe(N);
  expect(await one(`select count(*)::int as n from application`)).toEqual({ n: 1 });
  expect(await one(`select (select count(*) from feedback)::int + (select count(*) from complaint)::int as n`)).toEqual({ n: 0 });
  expect(await one(`select sum(completed)::int as completed, sum(feedback)::int as feedback from kpi_month`)).toEqual({ completed: 1, feedback: 0 });
  expect(await one(`select (select value from app_setting where key = 'demo-data')->>'loaded' as loaded`)).toEqual({ loaded: 'false' });
});

test('receipt numbers keep all their digits past 999,999 (no collisions at a million applications)', async () => {
  await db.query(`select setval('application_number_seq', 999995)`);
  await generateDemoData(app.databaseUrl, { applications: 20, today: TODAY, chunk: 1000 });
  const { rows } = await db.query(`select number from application where demo order by number`);
  expect(new Set(rows.map((r) => r.number)).size).toBe(20);
  expect(rows.some((r) => /-1000\d{3}$/.test(r.number))).toBe(true);
});
