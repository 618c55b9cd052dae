import { Client } from 'pg';

/**
 * Realistic demo activity, generated in PostgreSQL with set-based statements (a chunk of applications per statement,
 * never one row at a time): 24 months up to today across every office, department and in-force service, with
 * seasonality (the spring and autumn conscription campaigns), regional differences in lateness and satisfaction,
 * extensions, refusals at acceptance and reasoned refusals, uncollected results, complaints and surveys. Due dates
 * follow each case's deadline rule on the stored working calendar. Every row is marked `demo`.
 */
export interface DemoOptions {
  applications: number;
  /** The last day of activity (Kazakhstan date); defaults to today. */
  today?: string;
  months?: number;
  seed?: number;
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DemoCounts {
  applications: number;
  events: number;
  feedback: number;
  complaints: number;
}

/** Share of applications per standard: soldiers' IDs and conscription registration are the bulk. */
const SERVICE_WEIGHTS: Record<string, number> = { S1: 6, S2: 10, S3: 8, S4: 34, S5: 24, S6: 11, S7: 7 };
/** Activity per calendar month (1–12): the conscription campaigns run April–June and October–December. */
const MONTH_WEIGHTS = [0.8, 0.9, 1.0, 1.3, 1.35, 1.2, 0.85, 0.8, 0.95, 1.3, 1.35, 1.05];

const SURNAMES = ['Ахметов', 'Серікбаев', 'Нұрланов', 'Қасымов', 'Жұмабаев', 'Омаров', 'Исаев', 'Байжанов', 'Тұрсынов', 'Сәрсенбаев', 'Иванов', 'Ким', 'Петров', 'Әбдірахманов', 'Мұратов', 'Есенов', 'Кузнецов', 'Бекмұхамбетов', 'Абенов', 'Темірханов'];
const NAMES = ['Асхат', 'Нұрлан', 'Ерлан', 'Дәурен', 'Бауыржан', 'Серік', 'Арман', 'Айдос', 'Сергей', 'Алексей', 'Мақсат', 'Ержан', 'Тимур', 'Руслан', 'Қайрат', 'Дамир', 'Әлихан', 'Нұрсұлтан', 'Виктор', 'Ғалым'];
const PATRONYMICS = ['Серікұлы', 'Асқарұлы', 'Болатұлы', 'Ерланұлы', 'Маратұлы', 'Сергеевич', 'Қайратұлы', 'Нұрланұлы', 'Викторович', null];

const sqlText = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);
const arr = (xs: (string | null)[]) => `(array[${xs.map(sqlText).join(', ')}]::text[])`;

/** Runs `statements` one by one on `client`. */
async function run(client: Client, statements: string[]) {
  for (const s of statements) {
    try {
      const t = Date.now();
      await client.query(s);
      if (process.env.DEMO_TIMING) process.stderr.write(`${Date.now() - t} ms: ${s.replace(/\s+/g, ' ').slice(0, 80)}\n`);
    } catch (error) {
      throw Object.assign(error as Error, { message: `${(error as Error).message} in: ${s.replace(/\s+/g, ' ').slice(0, 200)}…` });
    }
  }
}

const PREPARE = (today: string, months: number, seed: number) => [
  `select setseed(${seed})`,
  `insert into app_user (login, full_name, role, password_hash, active) values ('demo', 'Demo data', 'INTEGRATOR', '!demo: cannot sign in', false) on conflict (login) do nothing`,
  // Working days with their ordinal: the Nth working day after a day is a lookup, not a loop.
  `create temp table demo_wd on commit drop as
     select d::date as day, (row_number() over (order by d))::int as idx
       from generate_series(date '${today}' - interval '${months + 2} months', date '${today}' + interval '14 months', interval '1 day') d
       left join calendar_day c on c.date = d::date
      where coalesce(c.kind = 'WORKING_DAY', extract(isodow from d) < 6)`,
  `create unique index on demo_wd (idx)`,
  `create unique index on demo_wd (day)`,
  // For any day, the ordinal of the last working day on or before it.
  `create temp table demo_day on commit drop as
     select d::date as day, (select max(w.idx) from demo_wd w where w.day <= d::date) as idx
       from generate_series(date '${today}' - interval '${months + 2} months', date '${today}' + interval '14 months', interval '1 day') d`,
  `create unique index on demo_day (day)`,
  // The months of the window, weighted by season and a slow growth, with their working-day ordinals.
  `create temp table demo_month on commit drop as
     with m as (
       select g::date as month, (array[${MONTH_WEIGHTS.join(', ')}])[extract(month from g)::int] * (1 + 0.25 * row_number() over (order by g) / ${months}) as w
         from generate_series(date_trunc('month', date '${today}') - interval '${months - 1} months', date_trunc('month', date '${today}'), interval '1 month') g)
     select m.month, (select min(idx) from demo_wd where day >= m.month) as lo,
            (select max(idx) from demo_wd where day < m.month + interval '1 month' and day <= date '${today}') as hi,
            sum(w) over (order by month) / sum(w) over () - w / sum(w) over () as cum_lo,
            -- The last bucket closes at 2, so float rounding can never leave a draw without a month.
            case when lead(month) over (order by month) is null then 2 else sum(w) over (order by month) / sum(w) over () end as cum_hi
       from m`,
  // What can be applied for: each in-force standard's cases with the term that applies, per channel, weighted.
  `create temp table demo_profile on commit drop as
     with s as (select s.*, w.weight from service s join (values ${Object.entries(SERVICE_WEIGHTS).map(([c, w]) => `('${c}', ${w}::numeric)`).join(', ')}) w(code, weight) on w.code = s.code where s.status = 'IN_FORCE'),
     cases as (
       select s.id as service_id, c.id as case_id, coalesce(tc.id, ad.id) as term_case_id
         from s join service_case c on c.service_id = s.id and c.kind <> 'DEADLINE'
          and exists (select 1 from document_requirement d where d.case_id = c.id)
         left join service_case tc on tc.service_id = s.id and tc.key = c.deadline_case_key
         left join service_case ad on ad.service_id = s.id and ad.key = 'all-documents'
       union all
       select s.id, null, null from s where not exists (select 1 from service_case c where c.service_id = s.id and c.kind <> 'DEADLINE')),
     p as (
       select s.id as service_id, s.code, s.title, ch.channel, cases.case_id, cases.term_case_id, r.id as rule_id, r.value, r.unit, r.starts_from,
              r.excludes_acceptance_and_issue_days as excl, r.up_to, r.text, r.cite, r.lines,
              coalesce((s.details->'results'->0->>'reasonedRefusalPossible')::boolean, false) as can_refuse,
              x.id as ext_id, x.value as ext_value, x.unit as ext_unit, x.text as ext_text, x.cite as ext_cite, x.lines as ext_lines,
              s.weight / count(*) over (partition by s.id, ch.channel) as w
         from s join cases on cases.service_id = s.id
         cross join (values ('BODY'::channel), ('CENTRE'::channel)) ch(channel)
         join deadline_rule r on r.service_id = s.id and r.channel = ch.channel and r.kind = 'PROCESSING' and r.case_id is not distinct from cases.term_case_id
         left join lateral (select * from deadline_rule e where e.service_id = s.id and e.channel = ch.channel and e.kind = 'EXTENSION'
                              and e.case_id is not distinct from cases.term_case_id order by e.position limit 1) x on true)
     select p.*, sum(w) over (partition by channel order by service_id, case_id nulls first) / sum(w) over (partition by channel) - w / sum(w) over (partition by channel) as cum_lo,
            case when lead(w) over (partition by channel order by service_id, case_id nulls first) is null then 2
                 else sum(w) over (partition by channel order by service_id, case_id nulls first) / sum(w) over (partition by channel) end as cum_hi
       from p`,
  `create temp table demo_place on commit drop as
     with o as (select o.id as office_id, d.id as department_id, o.region_id, r.sort_order, 'CENTRE'::channel as channel, o.name, o.address, o.opening_hours as hours
                  from office o join department d on d.region_id = o.region_id join region r on r.id = o.region_id where o.archived_at is null),
          b as (select null::uuid, d.id, d.region_id, r.sort_order, 'BODY'::channel, d.name, d.address,
                       '[{"days":["MON","TUE","WED","THU","FRI"],"opens":"09:00","closes":"18:00","lunchFrom":"13:00","lunchTo":"14:00"}]'::jsonb
                  from department d join region r on r.id = d.region_id),
          u as (select * from o union all select * from b)
     select u.*, (row_number() over (partition by channel order by office_id, department_id) - 1)::float / count(*) over (partition by channel) as cum_lo,
            case when row_number() over (partition by channel order by office_id, department_id) = count(*) over (partition by channel) then 2
                 else row_number() over (partition by channel order by office_id, department_id)::float / count(*) over (partition by channel) end as cum_hi
       from u`,
  // Temp tables have no statistics until analysed; the big join below needs them for a sane plan.
  `analyze demo_wd`,
  `analyze demo_day`,
  `analyze demo_month`,
  `analyze demo_profile`,
  `analyze demo_place`,
  // lpad() cuts what is longer than its width: past 999,999 a number would lose a digit (and collide).
  `create or replace function pg_temp.demo_pad(n bigint) returns text language sql immutable as $$ select lpad(n::text, greatest(6, length(n::text)), '0') $$`,
  `create or replace function pg_temp.demo_iin(birth date, male boolean, serial int) returns text language plpgsql immutable as $$
     declare p text; c int; s int := serial;
     begin
       loop
         p := to_char(birth, 'YYMMDD') || ((case when extract(year from birth) < 2000 then 3 else 5 end) + (case when male then 0 else 1 end))::text || lpad((s % 10000)::text, 4, '0');
         select sum(substr(p, i, 1)::int * i) % 11 into c from generate_series(1, 11) i;
         if c = 10 then select sum(substr(p, i, 1)::int * (array[3,4,5,6,7,8,9,10,11,1,2])[i]) % 11 into c from generate_series(1, 11) i; end if;
         if c <> 10 then return p || c::text; end if;
         s := s + 1;
       end loop;
     end $$`,
];

/** One chunk: the applications into a temp table with every decision drawn, then applications, history, surveys, complaints. */
const CHUNK = (today: string, size: number) => [
  `create temp table demo_new on commit drop as
   with base as (
     select g as n, gen_random_uuid() as id, random() as u_month, random() as u_day, random() as u_chan, random() as u_prof, random() as u_place,
            random() as u_refuse0, random() as u_ext, random() as u_late, random() as u_done, random() as u_when, random() as u_refuse,
            random() as u_issue, random() as u_name, random() as u_birth, random() as u_fb, random() as u_cmp, random() as u_hour
       from generate_series(1, ${size}) g),
   picked as (
     select b.*, m.month, least(m.hi, m.lo + floor(b.u_day * (m.hi - m.lo + 1))::int) as acc_idx,
            case when b.u_chan < 0.64 then 'CENTRE'::channel else 'BODY'::channel end as channel
       from base b join demo_month m on b.u_month >= m.cum_lo and b.u_month < m.cum_hi),
   placed as (
     select k.*, p.service_id, p.code, p.title, p.case_id, p.term_case_id, p.rule_id, p.value, p.unit, p.starts_from, p.excl, p.up_to, p.text, p.cite, p.lines,
            p.can_refuse, p.ext_id, p.ext_value, p.ext_unit, p.ext_text, p.ext_cite, p.ext_lines, pl.office_id, pl.department_id, pl.region_id, pl.sort_order, pl.name as place_name, pl.address as place_address, pl.hours as place_hours,
            wa.day as accepted_on
       from picked k
       join demo_profile p on p.channel = k.channel and k.u_prof >= p.cum_lo and k.u_prof < p.cum_hi
       join demo_place pl on pl.channel = k.channel and k.u_place >= pl.cum_lo and k.u_place < pl.cum_hi
       join demo_wd wa on wa.idx = k.acc_idx),
   timed as (
     select x.*,
            -- The term runs from the hand-over to the body (the next working day) where the standard says so.
            -- …or from the conscription commission's decision, approved a few working days before the application.
            case when x.starts_from = 'ARRIVAL_AT_BODY' then x.acc_idx + 1
                 when x.starts_from = 'COMMISSION_DECISION_APPROVAL' then x.acc_idx - 1 - floor(x.u_cmp * 8)::int
                 else x.acc_idx end as start_idx,
            x.u_refuse0 < 0.03 as refused_at_acceptance,
            x.u_ext < 0.05 and x.ext_id is not null as extended,
            -- Lateness: 2–9 % depending on the region, more in the busiest months.
            x.u_late < 0.02 + (x.sort_order % 6) * 0.013 + (case when extract(month from x.accepted_on) in (5, 11) then 0.02 else 0 end) as late
       from placed x),
   due as (
     select t.*, wd_start.day as start_day, (wd_due.day) as first_due_on, t.start_idx + t.value + t.excl::int as first_due_idx,
            case when not t.extended then null
                 when t.ext_unit = 'MONTHS' then (select d.idx from demo_day d where d.day = (wd_start.day + make_interval(months => t.ext_value))::date) + 0
                 else t.start_idx + t.ext_value + t.excl::int end as ext_idx
       from timed t join demo_wd wd_start on wd_start.idx = t.start_idx join demo_wd wd_due on wd_due.idx = t.start_idx + t.value + t.excl::int),
   fixed as (
     select d.*, coalesce(case when d.ext_unit = 'MONTHS' and d.ext_idx is not null and (select day from demo_wd where idx = d.ext_idx) < (d.start_day + make_interval(months => d.ext_value))::date then d.ext_idx + 1 else d.ext_idx end, d.first_due_idx) as due_idx
       from due d),
   done as (
     select f.*, wdue.day as due_on,
            case when f.late then f.due_idx + 1 + floor(f.u_when * 6)::int else f.start_idx + 1 + floor(f.u_when * greatest(f.due_idx - f.start_idx, 1))::int end as done_idx
       from fixed f join demo_wd wdue on wdue.idx = f.due_idx)
   select d.*, wdone.day as done_on,
          not d.refused_at_acceptance and wdone.day <= date '${today}' and (d.due_on < date '${today}' and d.u_done < 0.985 or d.u_done < 0.35) as completed,
          d.can_refuse and d.u_refuse < 0.025 as reasoned_refusal,
          (d.u_birth < 0.5) as male,
          case when d.code in ('S1', 'S7') then date '1925-01-01' + floor(d.u_birth * 16000)::int
               when d.code = 'S5' then date '${today}' - 365 * 17 - floor(d.u_birth * 700)::int
               else date '1962-01-01' + floor(d.u_birth * 14000)::int end as birth_date,
          ${arr(SURNAMES)}[1 + floor(d.u_name * ${SURNAMES.length})::int] as last_name,
          ${arr(NAMES)}[1 + floor(d.u_cmp * ${NAMES.length})::int] as first_name,
          ${arr(PATRONYMICS)}[1 + floor(d.u_issue * ${PATRONYMICS.length})::int] as patronymic,
          (d.accepted_on + time '09:00' + make_interval(mins => floor(d.u_hour * 540)::int)) at time zone 'Asia/Almaty' as accepted_at
     from done d join demo_wd wdone on wdone.idx = d.done_idx`,
  `alter table demo_new add column number text, add column status application_status, add column issued_on date, add column transferred_on date, add column iin text`,
  `update demo_new set
     number = code || '-' || extract(year from accepted_on) || '-' || pg_temp.demo_pad(nextval('application_number_seq')),
     iin = pg_temp.demo_iin(birth_date, male, n),
     issued_on = case when completed and not reasoned_refusal and done_on < date '${today}' - 3 and u_issue < 0.93 then least(done_on + floor(u_fb * 8)::int, date '${today}') end,
     status = case when refused_at_acceptance then 'REFUSED_AT_ACCEPTANCE'
                   when completed and reasoned_refusal then 'REFUSED'
                   when completed and done_on < date '${today}' - 3 and u_issue < 0.93 then 'ISSUED'
                   when completed and channel = 'CENTRE' and done_on + interval '1 month' <= date '${today}' then 'TRANSFERRED_TO_BODY'
                   when completed then 'READY'
                   when accepted_on < date '${today}' then 'IN_PROGRESS'
                   else 'ACCEPTED' end::application_status`,
  `update demo_new set transferred_on = (done_on + interval '1 month')::date where status = 'TRANSFERRED_TO_BODY'`,
  `insert into application (id, number, service_id, case_id, term_case_id, channel, office_id, department_id, region_id, status,
       applicant_iin, applicant_last_name, applicant_first_name, applicant_patronymic, applicant_birth_date, applicant_phone, applicant_address,
       receipt, answers, documents, missing_documents, accepted_at, accepted_on, accepted_by_name, submitted_by_id, submitted_via,
       handed_over_on, commission_decision_approved_on, term_rule_id, term, due_on, due_provisional, original_due_on, extension, ready_on, issued_at, refused_on, refusal_reasons,
       transferred_at, completed_on, demo)
   select d.id, d.number, d.service_id, d.case_id, d.term_case_id, d.channel, d.office_id, d.department_id, d.region_id, d.status,
       d.iin, d.last_name, d.first_name, d.patronymic, d.birth_date, '+7701' || lpad((d.n * 7919 % 10000000)::text, 7, '0'),
       'Демо мекенжайы, ' || d.n,
       jsonb_build_object('kind', case when d.refused_at_acceptance then 'REFUSAL' else 'ACCEPTANCE' end, 'number', d.number, 'acceptedAt', d.accepted_at,
         'serviceCode', d.code, 'serviceTitle', d.title, 'caseTitle', null, 'documentCount', 1, 'documents', '[]'::jsonb, 'missingDocuments', '[]'::jsonb,
         'issueOn', case when d.refused_at_acceptance then null else d.first_due_on end, 'issueOnProvisional', false,
         'issuePlace', jsonb_build_object('name', d.place_name, 'address', d.place_address, 'hours', d.place_hours),
         'employeeName', 'Demo', 'applicantName', concat_ws(' ', d.last_name, d.first_name, d.patronymic), 'applicantPhone', '+77010000000',
         'cite', d.code || case when d.refused_at_acceptance then ' §16' else ' §14' end),
       '{}'::jsonb, '[]'::jsonb, '[]'::jsonb, d.accepted_at, d.accepted_on, 'Demo', (select id from app_user where login = 'demo'), 'CONSOLE',
       case when d.starts_from = 'ARRIVAL_AT_BODY' and not d.refused_at_acceptance and d.start_day <= date '${today}' then d.start_day end,
       case when d.starts_from = 'COMMISSION_DECISION_APPROVAL' then d.start_day end,
       case when not d.refused_at_acceptance then d.rule_id end,
       case when not d.refused_at_acceptance then jsonb_build_object('ruleId', d.rule_id, 'value', d.value, 'unit', d.unit, 'startsFrom', d.starts_from,
         'excludesAcceptanceAndIssueDays', d.excl, 'upTo', d.up_to, 'text', d.text, 'cite', d.cite, 'lines', d.lines) end,
       case when not d.refused_at_acceptance then d.due_on end, false,
       case when d.extended and not d.refused_at_acceptance then d.first_due_on end,
       case when d.extended and not d.refused_at_acceptance then jsonb_build_object('rule', jsonb_build_object('ruleId', d.ext_id, 'value', d.ext_value, 'unit', d.ext_unit,
         'startsFrom', d.starts_from, 'excludesAcceptanceAndIssueDays', d.excl, 'upTo', true, 'text', d.ext_text, 'cite', d.ext_cite, 'lines', d.ext_lines),
         'previousDueOn', d.first_due_on, 'newDueOn', d.due_on, 'limitOn', d.due_on, 'reason', 'Сұрау салынды (демо)', 'applicantNotifiedAt', d.accepted_at,
         'notifiedBy', 'SMS', 'at', d.accepted_at) end,
       case when d.completed and not d.reasoned_refusal then d.done_on end,
       case when d.issued_on is not null then (d.issued_on + time '11:00') at time zone 'Asia/Almaty' end,
       case when d.completed and d.reasoned_refusal then d.done_on end,
       case when d.completed and d.reasoned_refusal then 'Мұрағат деректері расталмады (демо)' end,
       case when d.transferred_on is not null then (d.transferred_on + time '10:00') at time zone 'Asia/Almaty' end,
       case when d.completed then d.done_on end, true
     from demo_new d`,
  // The history, as the steps would have written it.
  `insert into application_event (application_id, at, action, from_status, to_status, actor_login, reason)
   select id, at, action::application_action, from_status::application_status, to_status::application_status, actor, reason from (
   select id, accepted_at as at, case when refused_at_acceptance then 'REFUSE_AT_ACCEPTANCE' else 'SUBMIT' end as action, null::text as from_status,
          case when refused_at_acceptance then 'REFUSED_AT_ACCEPTANCE' else 'ACCEPTED' end as to_status, 'demo' as actor, null::text as reason from demo_new
   union all select id, (start_day + time '10:00') at time zone 'Asia/Almaty', 'HAND_OVER', 'ACCEPTED', 'ACCEPTED', 'demo', null
     from demo_new where starts_from = 'ARRIVAL_AT_BODY' and not refused_at_acceptance and start_day <= date '${today}'
   union all select id, (start_day + time '11:00') at time zone 'Asia/Almaty', 'START', 'ACCEPTED', 'IN_PROGRESS', 'demo', null
     from demo_new where status not in ('ACCEPTED', 'REFUSED_AT_ACCEPTANCE')
   union all select id, (start_day + time '12:00') at time zone 'Asia/Almaty', 'EXTEND', 'IN_PROGRESS', 'IN_PROGRESS', 'demo', 'Сұрау салынды (демо)'
     from demo_new where extended and not refused_at_acceptance and status <> 'ACCEPTED'
   union all select id, (done_on + time '16:00') at time zone 'Asia/Almaty', case when reasoned_refusal then 'REFUSE' else 'READY' end, 'IN_PROGRESS',
          case when reasoned_refusal then 'REFUSED' else 'READY' end, 'demo', null from demo_new where completed
   union all select id, (transferred_on + time '10:00') at time zone 'Asia/Almaty', 'TRANSFER_UNCOLLECTED', 'READY', 'TRANSFERRED_TO_BODY', 'system', null
     from demo_new where transferred_on is not null
   union all select id, (issued_on + time '11:00') at time zone 'Asia/Almaty', 'ISSUE', 'READY', 'ISSUED', 'demo', null from demo_new where issued_on is not null) e`,
  // Complaints: about one late application in seven, and a few others; resolved within the term unless recent.
  `create temp table demo_cmp on commit drop as
     select d.*, least(d.done_on + 1 + floor(d.u_cmp * 10)::int, date '${today}') as received_on
       from demo_new d where d.completed and (d.late and d.u_cmp < 0.14 or d.u_cmp < 0.004)`,
  `insert into complaint (number, form, addressee, office_id, department_id, application_id, service_id, region_id, complainant_name, postal_address,
       filed_on, reasons, demands, received_at, received_on, received_by_id, talon, rule, due_on, status, outcome, outcome_text, resolved_on,
       complainant_notified_at, notification_method, demo)
   select 'CMP-' || extract(year from c.received_on) || '-' || pg_temp.demo_pad(nextval('complaint_number_seq')),
          (array['WRITTEN', 'ORAL', 'ELECTRONIC'])[1 + floor(c.u_fb * 3)::int]::complaint_form,
          case when c.channel = 'CENTRE' then 'CENTRE_HEAD' else 'BODY_HEAD' end::complaint_addressee,
          c.office_id, c.department_id, c.id, c.service_id, c.region_id, concat_ws(' ', c.last_name, c.first_name, c.patronymic), 'Демо мекенжайы, ' || c.n,
          c.received_on, case when c.late then 'Мерзімі бұзылды (демо)' else 'Қызмет көрсету сапасы (демо)' end, 'Түсініктеме беруді сұраймын (демо)',
          (c.received_on + time '11:30') at time zone 'Asia/Almaty', c.received_on, (select id from app_user where login = 'demo'),
          jsonb_build_object('number', 'demo', 'receivedAt', (c.received_on + time '11:30') at time zone 'Asia/Almaty', 'receiverName', 'Demo', 'receiverContact', null),
          (select jsonb_build_object('considerationDays', r.consideration_days, 'extendedDays', r.extended_days, 'cite', r.cite) from complaint_rule r where r.key = 'appeals-law'),
          c.received_on + 15,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4 then 'RESOLVED' else 'REGISTERED' end::complaint_status,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4
               then (array['UPHELD', 'PARTLY_UPHELD', 'REJECTED'])[1 + floor(c.u_late * 3)::int]::complaint_outcome end,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4 then 'Қаралды (демо)' end,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4 then least(c.received_on + 3 + floor(c.u_hour * 10)::int, date '${today}') end,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4 then (least(c.received_on + 3 + floor(c.u_hour * 10)::int, date '${today}') + time '15:00') at time zone 'Asia/Almaty' end,
          case when c.received_on + 15 < date '${today}' and c.u_when < 0.96 or c.received_on + 15 >= date '${today}' and c.u_when < 0.4 then 'POST'::notification_method end,
          true
     from demo_cmp c`,
  // Surveys from about a third of those served; satisfaction lower after a late result, and varying by region.
  `insert into feedback (application_id, service_id, region_id, office_id, department_id, channel, process_score, information_score, complaint_score,
       courtesy_score, comment, responded_at, responded_on, submitted_by_id, submitted_via, demo)
   select d.id, d.service_id, d.region_id, d.office_id, d.department_id, d.channel,
          case when random() < (case when d.late then 0.55 else 0.93 end) - (d.sort_order % 4) * 0.015 then 4 + floor(random() * 2)::int else 1 + floor(random() * 3)::int end,
          case when random() < 0.86 - (d.sort_order % 5) * 0.02 then 4 + floor(random() * 2)::int else 1 + floor(random() * 3)::int end,
          case when exists (select 1 from demo_cmp c where c.id = d.id) then case when random() < 0.7 then 4 + floor(random() * 2)::int else 1 + floor(random() * 3)::int end end,
          case when random() < 0.91 - (d.sort_order % 3) * 0.015 then 4 + floor(random() * 2)::int else 1 + floor(random() * 3)::int end,
          null, (least(d.done_on + floor(d.u_fb * 10)::int, date '${today}') + time '17:00') at time zone 'Asia/Almaty',
          least(d.done_on + floor(d.u_fb * 10)::int, date '${today}'), (select id from app_user where login = 'demo'), 'API', true
     from demo_new d where d.completed and d.u_fb < 0.36`,
];

/** Generates `applications` demo applications (and their history, surveys and complaints) in chunks. */
export async function generateDemoData(databaseUrl: string, options: DemoOptions): Promise<DemoCounts> {
  const total = Math.max(0, Math.floor(options.applications));
  const today = options.today ?? new Date(Date.now() + 5 * 3600_000).toISOString().slice(0, 10);
  const months = options.months ?? 24;
  const chunk = Math.max(1000, options.chunk ?? 50_000);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const before = await counts(client);
  try {
    for (let done = 0; done < total; ) {
      const size = Math.min(chunk, total - done);
      await client.query('begin');
      try {
        // Each chunk draws its own numbers, repeatably for a given seed.
        await run(client, [...PREPARE(today, months, ((options.seed ?? 0.42) + done / (total + 1)) % 1), ...CHUNK(today, size)]);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
      done += size;
      options.onProgress?.(done, total);
    }
    await client.query(`insert into app_setting (key, value) values ('demo-data', $1) on conflict (key) do update set value = excluded.value, updated_at = now()`, [
      JSON.stringify({ loaded: true, at: new Date().toISOString(), applications: total }),
    ]);
    const after = await counts(client);
    return {
      applications: after.applications - before.applications,
      events: after.events - before.events,
      feedback: after.feedback - before.feedback,
      complaints: after.complaints - before.complaints,
    };
  } finally {
    await client.end();
  }
}

async function counts(client: Client): Promise<DemoCounts> {
  const { rows } = await client.query(`select
      (select count(*) from application where demo)::int as applications,
      (select count(*) from application_event e join application a on a.id = e.application_id where a.demo)::int as events,
      (select count(*) from feedback where demo)::int as feedback,
      (select count(*) from complaint where demo)::int as complaints`);
  return rows[0];
}

/** Removes every demo row (the rollup follows through its triggers) and remembers it, so a start does not load them again. */
export async function removeDemoData(databaseUrl: string): Promise<DemoCounts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const removed = await counts(client);
    await client.query('begin');
    await client.query('delete from feedback where demo');
    await client.query('delete from complaint where demo');
    await client.query('delete from application where demo');
    await client.query(`insert into app_setting (key, value) values ('demo-data', $1) on conflict (key) do update set value = excluded.value, updated_at = now()`, [
      JSON.stringify({ loaded: false, removedAt: new Date().toISOString() }),
    ]);
    await client.query('commit');
    return removed;
  } finally {
    await client.end();
  }
}
