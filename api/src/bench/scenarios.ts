import type { IncomingHttpHeaders } from 'node:http';

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
  /** Shown under the table. */
  note?: string;
}

export interface ScenarioContext {
  adminLogin: string;
  /** Unknown when an external DATABASE_URL already has an administrator and ADMIN_PASSWORD is not given. */
  adminPassword?: string;
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
      floor: oneStatement(
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
              from (select * from hits order by region_order, position, created_at, id limit $2 offset $3) h), '[]'::json))) as data`,
        (req) => {
          const page = (req.variables.page ?? {}) as { offset?: number; limit?: number };
          const filter = (req.variables.filter ?? {}) as { search?: string };
          return [String(filter.search ?? ''), page.limit ?? 25, page.offset ?? 0];
        },
      ),
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
