// Hostile input on every argument of every query and mutation, generated from the schema: wrong types, malformed
// values, huge strings, injection strings, NUL bytes, deep nesting. Never a fault, never an internal message, always a
// typed error or a typed refusal, and the database unchanged.
import { Client } from 'pg';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema } from '../../api/src/schema';
import { startTestApp, type TestApp } from '../support/harness';
import { createStaff, type Staff } from '../support/applications';

const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'authorization.md'), 'utf8');
const RULES = new Map([...doc.matchAll(/^\| `(\w+)` \| (query|mutation) \| ([^|]+) \|/gm)].map(([, name, kind, who]) => [`${kind}.${name}`, who.trim()]));

/** A small deterministic generator, so a failure can be replayed. */
let seed = 20261201;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];

const INJECTIONS = [
  "' OR '1'='1' --",
  "'; drop table application; --",
  '"); select pg_sleep(5); --',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u202eevil\u202c',
  'NUL\u0000byte',
  '𝕏'.repeat(300),
  '%00%27%22',
];
const HUGE = 'x'.repeat(300_000);

/** Bad values for a type: wrong types, out-of-range numbers, malformed dates and ids, hostile strings. */
function badValues(type: GraphQLInputType): unknown[] {
  const t = getNullableType(type) as GraphQLInputType;
  const wrongShape = [{ nested: { deeper: [1, [2, [3, [4]]]] } }, [[['deep']]], true, 1.5];
  if (isListType(t)) return ['not-a-list', [null, null], Array.from({ length: 500 }, () => 'x'), ...badValues(t.ofType).slice(0, 3).map((v) => [v])];
  if (isEnumType(t)) return ['NOT_A_VALUE', "ADMIN' --", 7, ''];
  if (isInputObjectType(t)) return ['a string', 42, [], { unknownField: 1 }, ...wrongShape.slice(0, 1)];
  if (isScalarType(t)) {
    switch (t.name) {
      case 'Int':
        return ['12', 2 ** 40, -(2 ** 40), 3.7, 'abc'];
      case 'Float':
        return ['NaN', 'Infinity', 1e309, 'abc'];
      case 'Boolean':
        return ['yes', 0, 'true'];
      case 'ID':
        return [pick(INJECTIONS), '', 'ffffffff-ffff-ffff-ffff-ffffffffffff', HUGE.slice(0, 5000), 12345, { id: 1 }];
      case 'Date':
        return ['2025-02-30', 'yesterday', '1899-01-01', '99999-01-01', 20250101, pick(INJECTIONS)];
      case 'DateTime':
        return ['not a date', '2025-13-45T99:99:99Z', 0, pick(INJECTIONS)];
      case 'JSON':
        return [{ $where: 'sleep(1)' }, 'x'];
      default:
        // Free text: what no field accepts. (Injection strings are valid text: stored verbatim, see the test below.)
        return [HUGE, 42, { a: 1 }, INJECTIONS.find((x) => x.includes('\u0000'))];
    }
  }
  return wrongShape;
}

/** A placeholder of the right shape for the other arguments (what the schema requires, nothing more). */
function placeholder(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, depth);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined && depth < 4) out[f.name] = placeholder(f.type, depth + 1);
    return out;
  }
  // Placeholders that cannot complete a valid request on their own: a version no record has, an id no record has, a
  // date before the working calendar.
  if (isScalarType(type)) return ({ Int: 987654, Float: 1, Boolean: false, ID: '00000000-0000-4000-8000-000000000000', Date: '1999-01-15', DateTime: '2025-01-15T10:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
  return null;
}

/** Every argument path to fuzz: top-level arguments, and the fields of input objects one level down. */
function targets(field: GraphQLField<unknown, unknown>): { path: string[]; type: GraphQLInputType }[] {
  const out: { path: string[]; type: GraphQLInputType }[] = [];
  for (const a of field.args as GraphQLArgument[]) {
    out.push({ path: [a.name], type: a.type });
    const named = getNamedType(a.type);
    if (isInputObjectType(named)) for (const f of Object.values(named.getFields())) out.push({ path: [a.name, f.name], type: f.type });
  }
  return out;
}

function setPath(obj: Record<string, any>, path: string[], value: unknown) {
  const [head, ...rest] = path;
  if (!rest.length) obj[head] = value;
  else {
    if (obj[head] === null || typeof obj[head] !== 'object' || Array.isArray(obj[head])) obj[head] = {};
    setPath(obj[head], rest, value);
  }
}

let app: TestApp;
let staff: Staff;
let db: Client;

/** A fingerprint of everything stored, but the log tables and sign-in bookkeeping that any request may touch by design. */
async function fingerprint() {
  const tables = (await db.query(`select tablename from pg_tables where schemaname = 'public' and tablename not in ('activity_log', 'session', 'mikro_orm_migrations') order by 1`)).rows.map((r) => r.tablename);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const cols = t === 'app_user' ? `(t.id, t.login, t.role, t.version, t.password_hash, t.full_name, t.active, t.region_id, t.office_id, t.department_id)::text` : 't::text';
    out[t] = (await db.query(`select count(*) || ':' || coalesce(md5(string_agg(${cols}, ',' order by ${cols})), '') as f from "${t}" t`)).rows[0].f;
  }
  return out;
}

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
}, 60_000);

afterAll(async () => {
  await db?.end();
  await app?.stop();
});

test('every argument of every operation, fed hostile values by a caller the operation admits: typed errors only, nothing stored', async () => {
  const schema = await createSchema(new AuthService(1));
  const before = await fingerprint();
  const tokenFor: Record<string, string | undefined> = { ADMIN: staff.admin, SUPERVISOR: staff.supervisor, DIRECTORY_ADMIN: staff.directoryAdmin, OPERATOR: staff.body };
  const problems: string[] = [];
  let requests = 0;
  for (const [kind, root] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
    for (const field of Object.values(root.getFields())) {
      if (field.name === 'sessionRevoke') continue; // takes no argument, and would end the session the other calls use
      const rule = RULES.get(`${kind}.${field.name}`) ?? 'public';
      const role = rule.startsWith('public') ? undefined : rule === 'signed in' ? 'ADMIN' : rule.split(',')[0].trim();
      const auth = role === 'INTEGRATOR' ? { apiKey: staff.integratorKey } : role ? { token: tokenFor[role] } : {};
      const decl = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const type = getNullableType(getNamedType(field.type));
      const query = `${kind}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${isObjectType(type) ? ' { __typename }' : ''} }`;
      for (const target of targets(field)) {
        for (const value of badValues(target.type)) {
          const variables: Record<string, any> = Object.fromEntries(field.args.map((a) => [a.name, placeholder(a.type)]));
          setPath(variables, target.path, value);
          const res = await app.gql(query, variables, auth);
          requests++;
          const codes = (res.errors ?? []).map((e) => e.extensions?.code as string);
          // An error may quote the value it refuses: look for internals in what remains.
          const echoed = typeof value === 'string' ? value : JSON.stringify(value);
          const leak = JSON.stringify(res).split(JSON.stringify(echoed).slice(1, -1)).join('').match(/\b(select|insert|update|relation|violates|syntax error at|node_modules|at [A-Za-z]+ \(|stack)\b/i);
          if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || leak) {
            problems.push(`${kind} ${field.name} ${target.path.join('.')} = ${JSON.stringify(value)?.slice(0, 60)}: HTTP ${res.status} ${codes.join(',')} ${leak ? `leak "${leak[0]}"` : ''}`);
          }
        }
      }
    }
  }
  expect(problems).toEqual([]);
  expect(requests).toBeGreaterThan(500);
  expect(await fingerprint()).toEqual(before);
}, 300_000);

test('injection strings are plain text: stored verbatim where text is free, matched literally in searches', async () => {
  const hostile = "Robert'); drop table application; -- <script>alert(1)</script> ${jndi:x} %_";
  app.clock.set('2025-06-02T10:00:00+05:00');
  const register = await app.gql<any>(
    'mutation($input: ComplaintRegisterInput!) { complaintRegister(input: $input) { complaint { id reasons complainant { fullName } } userErrors { field } } }',
    { input: { form: 'WRITTEN', addressee: 'CENTRE_HEAD', complainantName: hostile, postalAddress: hostile, reasons: hostile, demands: hostile } },
    { token: staff.centre },
  );
  expect(register.data.complaintRegister.userErrors).toEqual([]);
  expect(register.data.complaintRegister.complaint).toMatchObject({ reasons: hostile, complainant: { fullName: hostile } });
  expect((await db.query('select count(*)::int as n from application')).rows[0].n).toBeGreaterThanOrEqual(0);
  // In searches, LIKE wildcards and quotes are literal: nothing matches but what contains them.
  const search = await app.gql<any>('query($q: String) { offices(filter: { search: $q }) { totalCount } }', { q: "%' or '1'='1" });
  expect(search.data.offices.totalCount).toBe(0);
  const all = await app.gql<any>('query($q: String) { offices(filter: { search: $q }) { totalCount } }', { q: '%' });
  expect(all.data.offices.totalCount).toBe(0);
});

test('deeply nested and oversized documents are refused as client errors', async () => {
  const nested = `{ legalActs { ${'repealedBy { '.repeat(60)}key${' }'.repeat(60)} } }`;
  expect([400]).toContain((await app.gql(nested)).status);
  const deepVariables = { filter: { search: JSON.parse('['.repeat(500) + ']'.repeat(500)) } };
  const res = await app.gql('query($filter: OfficeFilter) { offices(filter: $filter) { totalCount } }', deepVariables);
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const big = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regions { code } }', variables: { x: 'y'.repeat(2_000_000) } }) });
  expect(big.status).toBe(413);
  const bodyText = await big.text();
  expect(bodyText).not.toMatch(/node_modules|at /);
});
