import type { IncomingHttpHeaders } from 'node:http';
import { makeIin } from '../modules/applications/iin';

/**
 * What the benchmark measures. A scenario is one GraphQL request sent over and over, and optionally its "floor": the
 * same data produced by hand-written SQL behind a bare node:http server, so the API's cost can be read against it.
 *
 * This module is loaded by the load generator (a child process) too: keep it free of the product's imports.
 */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** What a floor may use: one pg pool, nothing else. */
export interface FloorDb {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** The request as the floor server received it (its body parsed as a GraphQL request). */
export interface FloorRequest {
  variables: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface Scenario {
  name: string;
  request: GraphQLRequest;
  /** Concurrent requests; defaults to BENCH_CONCURRENCY. */
  concurrency?: number;
  /** Returns the `data` the API must answer, computed with plain SQL on every call. No floor: `check` instead. */
  floor?: (db: FloorDb, req: FloorRequest) => Promise<unknown>;
  /** For scenarios without a floor: an error message when `data` is wrong, else undefined. */
  check?: (data: any) => string | undefined;
  /**
   * Writes: the variables of the nth request (unique per order `run`), so every request stores something new.
   * Their answers differ (ids, numbers): `normalize` keeps what must be equal, and checks the rest's shape.
   */
  vary?: (n: number, run: string) => Record<string, unknown>;
  normalize?: (data: any) => unknown;
  /** The same question asked of PostGraphile, and its answer mapped to the API's shape (then compared like the API's). */
  peer?: { request: GraphQLRequest; toApi: (data: any) => unknown };
  /** Items each request carries (a bulk import): req/s × this = items/s. */
  itemsPerRequest?: number;
  /** Shown under the table. */
  note?: string;
}

export interface ScenarioContext {
  adminLogin: string;
  /** Unknown when an external DATABASE_URL already has an administrator and ADMIN_PASSWORD is not given. */
  adminPassword?: string;
  /** Absent when the run generated no applications (BENCH_APPLICATIONS=0): no application scenarios then. */
  applications?: {
    /** A session of an operator at the busiest office, and of a country-wide supervisor. */
    operatorToken: string;
    supervisorToken: string;
    officeId: string;
    /** One of that office's applications with a long history. */
    applicationId: string;
    /** The last complete year of generated activity. */
    year: number;
    /** What the write scenarios submit: S3 at the operator's office, every document brought. */
    submit: { serviceCode: string; caseKey: string; documents: string[]; answers: { key: string; value: string }[]; workingDays: number };
  };
}

/** `{ kk, ru, en }` of a jsonb column, as GraphQL returns a LocalizedText (missing languages are null). */
const localized = (col: string) => `json_build_object('kk', ${col}->>'kk', 'ru', ${col}->>'ru', 'en', ${col}->>'en')`;

/** LocalizedText.text: the wanted language, else Kazakh, else whatever is there, else ''. */
const pick = (col: string, lang: string) =>
  `coalesce(nullif(${col}->>${lang}, ''), nullif(${col}->>'kk', ''), nullif(${col}->>'ru', ''), nullif(${col}->>'en', ''), '')`;

/** The first of kk/ru/en in Accept-Language (the product's rule, simplified: the bench sends a single language). */
function language(headers: IncomingHttpHeaders): string {
  const tags = String(headers['accept-language'] ?? '')
    .split(',')
    .map((t) => t.trim().slice(0, 2).toLowerCase());
  return tags.find((t) => t === 'kk' || t === 'ru' || t === 'en') ?? 'kk';
}

/** A floor answered by one statement returning one row with a `data` column: the whole `data` of the response. */
export const oneStatement =
  (sql: string, params: (req: FloorRequest) => unknown[] = () => []) =>
  async (db: FloorDb, req: FloorRequest): Promise<unknown> =>
    (await db.query<{ data: unknown }>(sql, params(req)))[0]?.data ?? null;

/** The page asked for, as whole numbers written into the statement: PostgreSQL plans a prepared statement with a
 * literal limit as it would plan it once (with a parameter it guesses a tenth of the rows and keeps planning anew). */
const pageOf = (req: FloorRequest) => {
  const page = (req.variables.page ?? {}) as { offset?: number; limit?: number };
  return { limit: Math.max(0, Math.trunc(Number(page.limit ?? 25))), offset: Math.max(0, Math.trunc(Number(page.offset ?? 0))) };
};

/** Like oneStatement, with ${LIMIT} and ${OFFSET} in the text replaced by the request's page. */
const pagedStatement =
  (sql: string, params: (req: FloorRequest) => unknown[] = () => []) =>
  (db: FloorDb, req: FloorRequest): Promise<unknown> => {
    const { limit, offset } = pageOf(req);
    return oneStatement(sql.replace('${LIMIT}', String(limit)).replace('${OFFSET}', String(offset)), params)(db, req);
  };

export function scenarios(ctx: ScenarioContext): Scenario[] {
  const list: Scenario[] = [
    {
      name: 'regions',
      request: { query: '{ regions { code name { kk ru en } } }' },
      floor: oneStatement(
        `select json_build_object('regions', coalesce(json_agg(json_build_object('code', r.code, 'name', ${localized('r.name')})
           order by r.sort_order, r.code), '[]'::json)) as data from region r`,
      ),
    },
    {
      name: 'services list',
      request: {
        query: 'query($page: PageInput) { services(page: $page) { items { code title { kk ru en text } status } totalCount } }',
        variables: { page: { offset: 0, limit: 10 } },
        headers: { 'accept-language': 'ru' },
      },
      floor: oneStatement(
        `select json_build_object('services', json_build_object(
           'items', coalesce((select json_agg(json_build_object(
                'code', s.code,
                'title', json_build_object('kk', s.title->>'kk', 'ru', s.title->>'ru', 'en', s.title->>'en', 'text', ${pick('s.title', '$3::text')}),
                'status', s.status) order by s.sort_order, s.code)
              from (select code, title, status, sort_order from service order by sort_order, code limit $1 offset $2) s), '[]'::json),
           'totalCount', (select count(*)::int from service))) as data`,
        (req) => {
          const page = (req.variables.page ?? {}) as { offset?: number; limit?: number };
          return [page.limit ?? 25, page.offset ?? 0, language(req.headers)];
        },
      ),
    },
    {
      name: 'office search',
      request: {
        query: `query($filter: OfficeFilter, $page: PageInput) { offices(filter: $filter, page: $page) {
          totalCount items { id printedNumber kind name { kk ru en } address { kk ru en } region { code } phones { printed e164 } } } }`,
        variables: { filter: { search: 'Қостанай' }, page: { offset: 0, limit: 20 } },
      },
      // The same rule as the API: folded text in the generated search column (trigram index), directory order.
      floor: pagedStatement(
        `with hits as (select o.*, r.code as region_code, r.sort_order as region_order from office o join region r on r.id = o.region_id
                        where o.archived_at is null and o.search_text like '%' || registry_fold($1) || '%')
         select json_build_object('offices', json_build_object(
           'totalCount', (select count(*)::int from hits),
           'items', coalesce((select json_agg(json_build_object(
                'id', h.id, 'printedNumber', h.printed_number, 'kind', h.kind, 'name', ${localized('h.name')},
                'address', case when h.address is null then null else ${localized('h.address')} end,
                'region', json_build_object('code', h.region_code),
                'phones', (select coalesce(json_agg(json_build_object('printed', p->>'printed', 'e164', p->>'e164')), '[]'::json) from jsonb_array_elements(h.phones) p))
              order by h.region_order, h.position, h.created_at, h.id)
              from (select * from hits order by region_order, position, created_at, id limit ${'${LIMIT}'} offset ${'${OFFSET}'}) h), '[]'::json))) as data`,
        (req) => [String(((req.variables.filter ?? {}) as { search?: string }).search ?? '')],
      ),
      peer: {
        request: {
          query: `query($search: String!) { officeSearch(search: $search, first: 20) { totalCount nodes { id printedNumber kind name address regionByRegionId { code } phones } } }`,
          variables: { search: 'Қостанай' },
        },
        toApi: (d) => ({
          offices: {
            totalCount: d.officeSearch.totalCount,
            items: d.officeSearch.nodes.map((o: any) => ({
              id: o.id,
              printedNumber: o.printedNumber,
              kind: o.kind,
              name: loc(o.name),
              address: loc(o.address),
              region: { code: o.regionByRegionId.code },
              phones: (o.phones ?? []).map((p: any) => ({ printed: p.printed ?? null, e164: p.e164 ?? null })),
            })),
          },
        }),
      },
    },
    {
      name: 'service detail',
      request: {
        query: `query($code: String!) { service(code: $code) {
          code status decreeItem title { kk ru en }
          act { key number adoptedOn status title { kk ru en } }
          cases { key number kind title { kk ru en } }
          deadlines { channel kind value unit upTo startsFrom case { key } text { kk ru en } source { cite lines } }
          schedules { channel days opens closes lunchFrom lunchTo closedOn } } }`,
        variables: { code: 'S3' },
      },
      floor: oneStatement(
        `select json_build_object('service', (select json_build_object(
           'code', s.code, 'status', s.status, 'decreeItem', s.decree_item, 'title', ${localized('s.title')},
           'act', json_build_object('key', a.key, 'number', a.number, 'adoptedOn', a.adopted_on, 'status', a.status, 'title', ${localized('a.title')}),
           'cases', (select coalesce(json_agg(json_build_object('key', c.key, 'number', c.number, 'kind', c.kind, 'title', ${localized('c.title')})
                       order by c.position), '[]'::json) from service_case c where c.service_id = s.id),
           'deadlines', (select coalesce(json_agg(json_build_object('channel', d.channel, 'kind', d.kind, 'value', d.value, 'unit', d.unit,
                           'upTo', d.up_to, 'startsFrom', d.starts_from, 'case', case when c.id is null then null else json_build_object('key', c.key) end,
                           'text', ${localized('d.text')},
                           'source', case when coalesce(d.cite, '') = '' then null else json_build_object('cite', d.cite, 'lines', coalesce(d.lines, '')) end)
                         order by d.position), '[]'::json)
                         from deadline_rule d left join service_case c on c.id = d.case_id where d.service_id = s.id),
           'schedules', (select coalesce(json_agg(json_build_object('channel', h.channel, 'days', h.days, 'opens', h.opens, 'closes', h.closes,
                           'lunchFrom', h.lunch_from, 'lunchTo', h.lunch_to, 'closedOn', h.closed_on) order by h.channel, h.opens), '[]'::json)
                         from service_schedule h where h.service_id = s.id))
         from service s join legal_act a on a.id = s.act_id where s.code = upper(trim($1)))) as data`,
        (req) => [String(req.variables.code ?? '')],
      ),
    },
  ];
  if (ctx.applications) list.push(...applicationScenarios(ctx.applications));
  if (ctx.adminPassword) {
    list.push({
      name: 'sign-in',
      concurrency: 2,
      note: 'sign-in: argon2id verification (19 MiB, 2 passes) is deliberately slow; no floor, concurrency 2; each request writes a session row.',
      request: {
        query: 'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token expiresAt user { login role } } }',
        variables: { input: { login: ctx.adminLogin, password: ctx.adminPassword } },
      },
      check: (data) => {
        const s = data?.sessionCreate;
        if (typeof s?.token !== 'string' || s.token.length < 20) return 'no session token';
        if (s.user?.login !== ctx.adminLogin.toLowerCase() || s.user?.role !== 'ADMIN') return `unexpected user ${JSON.stringify(s.user)}`;
        return undefined;
      },
    });
  }
  return list;
}

/** The path to the first difference between two JSON values, or undefined when they are equal. */
export function firstDifference(actual: unknown, expected: unknown, at = '$'): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  if (typeof actual !== typeof expected || actual === null || expected === null || typeof actual !== 'object') {
    return `${at}: got ${JSON.stringify(actual)?.slice(0, 120)}, floor has ${JSON.stringify(expected)?.slice(0, 120)}`;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return `${at}: array vs object`;
  if (Array.isArray(actual) && Array.isArray(expected) && actual.length !== expected.length) {
    return `${at}: ${actual.length} items, floor has ${expected.length}`;
  }
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
    const diff = firstDifference(a[key], e[key], Array.isArray(actual) ? `${at}[${key}]` : `${at}.${key}`);
    if (diff) return diff;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// The application scenarios (issue 7): on the generated million, with the API, PostGraphile and the floor side by side.

/** A timestamptz as the DateTime scalar prints it (UTC, milliseconds). */
const isoTs = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** The applicant's full name as the API joins it: non-empty parts, one space apart. */
const fullName = (a: string) => `concat_ws(' ', nullif(${a}.applicant_last_name, ''), nullif(${a}.applicant_first_name, ''), nullif(${a}.applicant_patronymic, ''))`;
/** The caller, from the session token, as the API checks it: digest of the token, not revoked, not expired, account active. */
const VIEWER = `select u.id, u.login, u.full_name, u.role, u.office_id, u.department_id, u.region_id
   from session s join app_user u on u.id = s.user_id
  where s.token_hash = encode(sha256(convert_to($1::text, 'UTF8')), 'hex') and s.revoked_at is null and s.expires_at > now() and u.active`;
const bearer = (req: FloorRequest) => String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');

interface FloorViewer {
  id: string;
  role: string;
  office_id: string | null;
  department_id: string | null;
  region_id: string | null;
}
/**
 * The floor's reads resolve the session once per token (one statement, counted) and remember it, as the API does
 * (the floor never sees a session change during a run); their one statement then has the caller's office or region
 * as a parameter, which PostgreSQL plans best.
 */
const floorViewers = new Map<string, Promise<FloorViewer | null>>();
function viewerOf(db: FloorDb, req: FloorRequest): Promise<FloorViewer | null> {
  const token = bearer(req);
  let v = floorViewers.get(token);
  if (!v) {
    v = db.query<FloorViewer>(VIEWER, [token]).then((rows) => rows[0] ?? null);
    floorViewers.set(token, v);
  }
  return v;
}
/** An operator's applications, the API's rule (access.ts): their office's, or their department's. */
const operatorScope = (v: FloorViewer) => (v.office_id ? { column: 'office_id', value: v.office_id } : { column: 'department_id', value: v.department_id });

/** PostGraphile's `{ kk, ru, en }` jsonb as the API's LocalizedText (missing languages null). */
const loc = (j: any) => (j == null ? null : { kk: j.kk ?? null, ru: j.ru ?? null, en: j.en ?? null });
const iso = (t: string | null) => (t == null ? null : new Date(t).toISOString());
const joinName = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The SQL PostGraphile is given beyond the tables: what it cannot express by itself, as functions (its documented way). */
export const PEER_SQL = [
  `drop schema if exists bench_peer cascade`,
  `create schema bench_peer`,
  // The office search: the same folded text over the trigram-indexed column, in directory order.
  `create function bench_peer.office_search(search text) returns setof public.office language sql stable as $$
     select o.* from public.office o join public.region r on r.id = o.region_id
      where o.archived_at is null and o.search_text like '%' || public.registry_fold(search) || '%'
      order by r.sort_order, o.position, o.created_at, o.id $$`,
  `create type bench_peer.trend_row as (month text, code text, numerator int, denominator int, value float8)`,
  `create function bench_peer.indicator_trend(from_month date, to_month date) returns setof bench_peer.trend_row language sql stable as $$
     ${trendSql('from_month', 'to_month', 'true')} $$`,
];

/** Twelve months of the five rolled-up indicators from kpi_month, in the API's order, `value` rounded as the API does. */
function trendSql(from: string, to: string, scope: string): string {
  return `with m as (
      select g.month, coalesce(sum(k.completed), 0)::int as completed, coalesce(sum(k.on_time), 0)::int as on_time,
             coalesce(sum(k.feedback), 0)::int as feedback, coalesce(sum(k.process_ok), 0)::int as process_ok,
             coalesce(sum(k.information_ok), 0)::int as information_ok, coalesce(sum(k.complaint_rated), 0)::int as complaint_rated,
             coalesce(sum(k.complaint_ok), 0)::int as complaint_ok, coalesce(sum(k.courtesy_ok), 0)::int as courtesy_ok
        from generate_series(${from}::date, ${to}::date, interval '1 month') g(month)
        left join public.kpi_month k on k.month = g.month and ${scope}
       group by g.month)
    select to_char(m.month, 'YYYY-MM-DD') as month, x.code, x.n as numerator, x.d as denominator,
           case when x.d > 0 then floor(x.n::float8 / x.d * 1000 + 0.5) / 10 end as value
      from m cross join lateral (values (1, '1.1', m.on_time, m.completed), (2, '2.1', m.process_ok, m.feedback), (3, '3.1', m.information_ok, m.feedback),
                                        (4, '4.1', m.complaint_ok, m.complaint_rated), (5, '5.1', m.courtesy_ok, m.feedback)) x(ord, code, n, d)
     order by m.month, x.ord`;
}

/** What the write scenarios answer that must be the same every time; the rest (ids, numbers) is checked for shape. */
function normalizeApplication(a: any) {
  if (!a) return null;
  return { idOk: UUID.test(a.id), numberOk: /^S\d-\d{4}-\d{6,}$/.test(a.number), status: a.status, dueOn: a.dueOn };
}

/** One applicant per request number: a valid IIN (check digit, birth date) and a distinct surname. */
export function applicantOf(n: number) {
  const birthDate = `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`;
  return { iin: makeIin(birthDate, n % 2 === 0, n % 10_000), lastName: `Бенчов${n}`, firstName: 'Асхат', patronymic: n % 5 ? 'Серікұлы' : null, birthDate, phone: '+7 701 123 45 67', address: 'Қостанай қ., Әл-Фараби д-лы, 1' };
}

/**
 * The floor's submission: the rows the API stores (application with its receipt, first history entry), in one
 * statement, for 1 or many items; a repeated idempotency key stores nothing again.
 */
function floorSubmit(items: { key: string; applicant: ReturnType<typeof applicantOf> }[], req: FloorRequest, s: NonNullable<ScenarioContext['applications']>['submit'], db: FloorDb) {
  return db.query<{ idx: number; id: string; number: string; status: string; due_on: string }>(
    `with v as (${VIEWER} and u.role = 'OPERATOR'),
          today as (select (now() at time zone 'Asia/Almaty')::date as day),
          pl as (select o.id as office_id, d.id as department_id, o.region_id, o.name, o.address, o.opening_hours
                   from v join office o on o.id = v.office_id join department d on d.region_id = o.region_id where o.archived_at is null),
          svc as (select id, code, title from service where code = $2 and status = 'IN_FORCE'),
          kase as (select c.id, c.title from service_case c join svc on c.service_id = svc.id where c.key = $3),
          due as (select g.d::date as day from today, generate_series(today.day + 1, today.day + 400, interval '1 day') g(d)
                    left join calendar_day c on c.date = g.d::date
                   where coalesce(c.kind = 'WORKING_DAY', extract(isodow from g.d) < 6) order by g.d offset $4 - 1 limit 1),
          items as (select x.*, nextval('application_number_seq') as n
                      from jsonb_to_recordset($5::jsonb) as x(idx int, key text, iin text, last_name text, first_name text, patronymic text, birth_date date, phone text, address text)),
          ins as (
            insert into application (number, service_id, case_id, channel, office_id, department_id, region_id, status,
                applicant_iin, applicant_last_name, applicant_first_name, applicant_patronymic, applicant_birth_date, applicant_phone, applicant_address,
                receipt, answers, documents, accepted_at, accepted_on, accepted_by_id, accepted_by_name, submitted_by_id, submitted_via,
                idempotency_key, due_on)
            select x.number, svc.id, kase.id, 'CENTRE', pl.office_id, pl.department_id, pl.region_id, 'ACCEPTED',
                   i.iin, i.last_name, i.first_name, i.patronymic, i.birth_date, i.phone, i.address,
                   jsonb_build_object('kind', 'ACCEPTANCE', 'number', x.number, 'acceptedAt', now(), 'serviceCode', svc.code, 'serviceTitle', svc.title,
                     'caseTitle', kase.title, 'documentCount', jsonb_array_length($6::jsonb), 'documents', $6::jsonb, 'missingDocuments', '[]'::jsonb,
                     'issueOn', due.day, 'issueOnProvisional', false,
                     'issuePlace', jsonb_build_object('name', pl.name, 'address', pl.address, 'hours', pl.opening_hours),
                     'employeeName', v.full_name, 'applicantName', concat_ws(' ', i.last_name, i.first_name, i.patronymic), 'applicantPhone', i.phone,
                     'cite', svc.code || ' §14'),
                   $7::jsonb, $6::jsonb, now(), today.day, v.id, v.full_name, v.id, 'CONSOLE', i.key, due.day
              from items i cross join v cross join today cross join pl cross join svc cross join kase cross join due
              cross join lateral (select svc.code || '-' || to_char(today.day, 'YYYY') || '-' || lpad(i.n::text, greatest(6, length(i.n::text)), '0') as number) x
            on conflict (submitted_by_id, idempotency_key) do nothing
            returning id, number, status, due_on, idempotency_key),
          ev as (insert into application_event (application_id, at, action, to_status, actor_id, actor_login)
                 select ins.id, now(), 'SUBMIT', 'ACCEPTED', v.id, v.login from ins cross join v)
     select i.idx, ins.id, ins.number, ins.status, ins.due_on::text as due_on from items i join ins on ins.idempotency_key = i.key order by i.idx`,
    [
      bearer(req),
      s.serviceCode,
      s.caseKey,
      s.workingDays,
      JSON.stringify(items.map((it, idx) => ({ idx, key: it.key, iin: it.applicant.iin, last_name: it.applicant.lastName, first_name: it.applicant.firstName, patronymic: it.applicant.patronymic, birth_date: it.applicant.birthDate, phone: it.applicant.phone, address: it.applicant.address }))),
      JSON.stringify(s.documents.map((id) => ({ requirementId: id }))),
      JSON.stringify(Object.fromEntries(s.answers.map((a) => [a.key, a.value]))),
    ],
  );
}

export const IMPORT_BATCH = 100;

function applicationScenarios(c: NonNullable<ScenarioContext['applications']>): Scenario[] {
  const operator = { authorization: `Bearer ${c.operatorToken}` };
  const supervisor = { authorization: `Bearer ${c.supervisorToken}` };
  const submitInput = (key: string, n: number) => ({
    serviceCode: c.submit.serviceCode,
    caseKey: c.submit.caseKey,
    channel: 'CENTRE',
    applicant: applicantOf(n),
    answers: c.submit.answers,
    documents: c.submit.documents,
    idempotencyKey: key,
  });
  return [
    {
      name: 'application list',
      note: "application list: an operator's console list, 20 newest of their office's applications with service, office and applicant, and the total.",
      request: {
        query: `query($page: PageInput) { applications(page: $page) { totalCount items {
          id number status acceptedAt dueOn service { code title { kk ru en } } office { name { kk ru en } } applicant { iin fullName } } } }`,
        variables: { page: { offset: 0, limit: 20 } },
        headers: operator,
      },
      floor: async (db, req) => {
        const v = await viewerOf(db, req);
        if (v?.role !== 'OPERATOR') return { applications: null };
        const { column, value } = operatorScope(v);
        return pagedStatement(
          `with page as (select a.* from application a where a.${column} = $1 order by a.accepted_at desc, a.number desc limit ${'${LIMIT}'} offset ${'${OFFSET}'})
           select json_build_object('applications', json_build_object(
             'totalCount', (select count(*)::int from application a where a.${column} = $1),
             'items', coalesce((select json_agg(json_build_object(
                  'id', p.id, 'number', p.number, 'status', p.status, 'acceptedAt', ${isoTs('p.accepted_at')}, 'dueOn', p.due_on,
                  'service', json_build_object('code', s.code, 'title', ${localized('s.title')}),
                  'office', case when o.id is null then null else json_build_object('name', ${localized('o.name')}) end,
                  'applicant', json_build_object('iin', p.applicant_iin, 'fullName', ${fullName('p')}))
                order by p.accepted_at desc, p.number desc)
                from page p join service s on s.id = p.service_id left join office o on o.id = p.office_id), '[]'::json))) as data`,
          () => [value],
        )(db, req);
      },
      peer: {
        request: {
          query: `query($office: UUID!) { allApplications(condition: { officeId: $office }, orderBy: [ACCEPTED_AT_DESC, NUMBER_DESC], first: 20) { totalCount nodes {
            id number status acceptedAt dueOn applicantIin applicantLastName applicantFirstName applicantPatronymic
            serviceByServiceId { code title } officeByOfficeId { name } } } }`,
          variables: { office: c.officeId },
        },
        toApi: (d) => ({
          applications: {
            totalCount: d.allApplications.totalCount,
            items: d.allApplications.nodes.map((a: any) => ({
              id: a.id,
              number: a.number,
              status: a.status,
              acceptedAt: iso(a.acceptedAt),
              dueOn: a.dueOn,
              service: { code: a.serviceByServiceId.code, title: loc(a.serviceByServiceId.title) },
              office: a.officeByOfficeId ? { name: loc(a.officeByOfficeId.name) } : null,
              applicant: { iin: a.applicantIin, fullName: joinName(a.applicantLastName, a.applicantFirstName, a.applicantPatronymic) },
            })),
          },
        }),
      },
    },
    {
      name: 'application detail',
      note: 'application detail: one application as its operator opens it: service, office, applicant, and its history.',
      request: {
        query: `query($id: ID!) { application(id: $id) {
          id number status channel acceptedOn acceptedAt dueOn service { code title { kk ru en } } office { name { kk ru en } }
          applicant { iin fullName birthDate phone } history { action fromStatus toStatus at actorLogin reason } } }`,
        variables: { id: c.applicationId },
        headers: operator,
      },
      floor: async (db, req) => {
        const v = await viewerOf(db, req);
        if (v?.role !== 'OPERATOR') return { application: null };
        const { column, value } = operatorScope(v);
        return oneStatement(
          `select json_build_object('application', (select json_build_object(
             'id', a.id, 'number', a.number, 'status', a.status, 'channel', a.channel, 'acceptedOn', a.accepted_on, 'acceptedAt', ${isoTs('a.accepted_at')}, 'dueOn', a.due_on,
             'service', json_build_object('code', s.code, 'title', ${localized('s.title')}),
             'office', case when o.id is null then null else json_build_object('name', ${localized('o.name')}) end,
             'applicant', json_build_object('iin', a.applicant_iin, 'fullName', ${fullName('a')}, 'birthDate', a.applicant_birth_date, 'phone', a.applicant_phone),
             'history', (select coalesce(json_agg(json_build_object('action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status,
                            'at', ${isoTs('e.at')}, 'actorLogin', e.actor_login, 'reason', e.reason) order by e.at, e.created_at), '[]'::json)
                           from application_event e where e.application_id = a.id))
             from application a join service s on s.id = a.service_id left join office o on o.id = a.office_id
            where a.id = $1::uuid and a.${column} = $2)) as data`,
          () => [String(req.variables.id ?? ''), value],
        )(db, req);
      },
      peer: {
        request: {
          query: `query($id: UUID!) { applicationById(id: $id) {
            id number status channel acceptedOn acceptedAt dueOn serviceByServiceId { code title } officeByOfficeId { name }
            applicantIin applicantLastName applicantFirstName applicantPatronymic applicantBirthDate applicantPhone
            applicationEventsByApplicationIdList(orderBy: [AT_ASC, CREATED_AT_ASC]) { action fromStatus toStatus at actorLogin reason } } }`,
          variables: { id: c.applicationId },
        },
        toApi: ({ applicationById: a }) => ({
          application: a && {
            id: a.id,
            number: a.number,
            status: a.status,
            channel: a.channel,
            acceptedOn: a.acceptedOn,
            acceptedAt: iso(a.acceptedAt),
            dueOn: a.dueOn,
            service: { code: a.serviceByServiceId.code, title: loc(a.serviceByServiceId.title) },
            office: a.officeByOfficeId ? { name: loc(a.officeByOfficeId.name) } : null,
            applicant: { iin: a.applicantIin, fullName: joinName(a.applicantLastName, a.applicantFirstName, a.applicantPatronymic), birthDate: a.applicantBirthDate, phone: a.applicantPhone },
            history: a.applicationEventsByApplicationIdList.map((e: any) => ({ action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, at: iso(e.at), actorLogin: e.actorLogin, reason: e.reason })),
          },
        }),
      },
    },
    {
      name: 'KPI dashboard',
      note: "KPI dashboard: the dashboard's 12-month trend of the five indicators counted from applications and surveys, country-wide, for a supervisor (SQL aggregates over the monthly rollup).",
      request: {
        query: `query($filter: IndicatorFilter!) { indicatorTrend(filter: $filter, months: 12) { month code numerator denominator value } }`,
        variables: { filter: { period: { kind: 'MONTH', year: c.year, number: 12 } } },
        headers: supervisor,
      },
      floor: async (db, req) => {
        const v = await viewerOf(db, req);
        if (v?.role !== 'SUPERVISOR') return { indicatorTrend: null };
        return oneStatement(
          `with t as (${trendSql('$1', '$2', v.region_id ? 'k.region_id = $3' : 'true')})
           select json_build_object('indicatorTrend', coalesce(json_agg(json_build_object('month', t.month, 'code', t.code, 'numerator', t.numerator,
             'denominator', t.denominator, 'value', t.value)), '[]'::json)) as data from t`,
          () => [`${c.year}-01-01`, `${c.year}-12-01`, ...(v.region_id ? [v.region_id] : [])],
        )(db, req);
      },
      peer: {
        request: {
          query: `query($from: Date!, $to: Date!) { indicatorTrendList(fromMonth: $from, toMonth: $to) { month code numerator denominator value } }`,
          variables: { from: `${c.year}-01-01`, to: `${c.year}-12-01` },
        },
        toApi: (d) => ({ indicatorTrend: d.indicatorTrendList }),
      },
    },
    {
      name: 'applicationSubmit',
      note: 'applicationSubmit: an operator registers an S3 application at their office, every document brought, a new idempotency key and applicant each time; no PostGraphile (reads only).',
      request: {
        query: `mutation($input: ApplicationSubmitInput!) { applicationSubmit(input: $input) { application { id number status dueOn } userErrors { code field message } } }`,
        variables: submitInput('check-submit', 1),
        headers: operator,
      },
      vary: (n, run) => ({ input: submitInput(`${run}-${n}`, n) }),
      normalize: (d) => ({ application: normalizeApplication(d?.applicationSubmit?.application), userErrors: d?.applicationSubmit?.userErrors }),
      floor: async (db, req) => {
        const input = req.variables.input as { idempotencyKey: string; applicant: ReturnType<typeof applicantOf> };
        const [row] = await floorSubmit([{ key: input.idempotencyKey, applicant: input.applicant }], req, c.submit, db);
        return { applicationSubmit: { application: row ? { id: row.id, number: row.number, status: row.status, dueOn: row.due_on } : null, userErrors: [] } };
      },
    },
    {
      name: 'bulk import',
      itemsPerRequest: IMPORT_BATCH,
      note: `bulk import: applicationImport of ${IMPORT_BATCH} such applications per request (each item in its own transaction in the API; the floor inserts all ${IMPORT_BATCH} in one statement); items/s = req/s × ${IMPORT_BATCH}.`,
      concurrency: 2,
      request: {
        query: `mutation($input: [ApplicationSubmitInput!]!) { applicationImport(input: $input) { accepted refusedAtAcceptance rejected
          results { index application { id number status dueOn } userErrors { code field message } } } }`,
        variables: { input: Array.from({ length: IMPORT_BATCH }, (_, i) => submitInput(`check-import-${i}`, i)) },
        headers: operator,
      },
      vary: (n, run) => ({ input: Array.from({ length: IMPORT_BATCH }, (_, i) => submitInput(`${run}-${n}-${i}`, n * IMPORT_BATCH + i)) }),
      normalize: (d) => {
        const p = d?.applicationImport;
        if (!p) return null;
        return { accepted: p.accepted, refusedAtAcceptance: p.refusedAtAcceptance, rejected: p.rejected, results: p.results.map((r: any) => ({ index: r.index, application: normalizeApplication(r.application), userErrors: r.userErrors })) };
      },
      floor: async (db, req) => {
        const inputs = req.variables.input as { idempotencyKey: string; applicant: ReturnType<typeof applicantOf> }[];
        const rows = await floorSubmit(inputs.map((x) => ({ key: x.idempotencyKey, applicant: x.applicant })), req, c.submit, db);
        return {
          applicationImport: {
            accepted: rows.length,
            refusedAtAcceptance: 0,
            rejected: 0,
            results: rows.map((r) => ({ index: r.idx, application: { id: r.id, number: r.number, status: r.status, dueOn: r.due_on }, userErrors: [] })),
          },
        };
      },
    },
  ];
}
