// Every query and mutation of the schema, called by every kind of caller, against the rule docs/authorization.md states
// for it: refused (UNAUTHENTICATED or FORBIDDEN) exactly when the rule says so. The calls are generated from the schema
// with placeholder arguments, so an operation added later is called too, and one without a documented rule fails.
import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema } from '../../api/src/schema';
import { startTestApp, type TestApp } from '../support/harness';
import { createStaff, type Staff } from '../support/applications';

const doc = fs.readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'authorization.md'), 'utf8');
const RULES = new Map([...doc.matchAll(/^\| `(\w+)` \| (query|mutation) \| ([^|]+) \|/gm)].map(([, name, kind, who]) => [`${kind}.${name}`, who.trim()]));

type Caller = 'anonymous' | 'ADMIN' | 'SUPERVISOR' | 'DIRECTORY_ADMIN' | 'OPERATOR' | 'INTEGRATOR';
const CALLERS: Caller[] = ['anonymous', 'ADMIN', 'SUPERVISOR', 'DIRECTORY_ADMIN', 'OPERATOR', 'INTEGRATOR'];

/** Whether the documented rule lets this caller through the door (what happens inside is another test's business). */
function admitted(rule: string, caller: Caller): boolean {
  if (rule.startsWith('public')) return true;
  if (rule === 'signed in') return caller !== 'anonymous';
  return rule.split(',').map((r) => r.trim()).includes(caller);
}

/** A placeholder value of an input type: what the schema requires, nothing more. */
function placeholder(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType, depth);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined && depth < 4) out[f.name] = placeholder(f.type, depth + 1);
    return out;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 2025;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Date':
        return '2025-01-15';
      case 'DateTime':
        return '2025-01-15T10:00:00Z';
      default:
        return 'x';
    }
  }
  return null;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const type = getNullableType(getNamedType(field.type));
  const selection = isObjectType(type) || isUnionType(type) ? ' { __typename }' : '';
  return {
    query: `${kind}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, placeholder(a.type)])),
  };
}

let app: TestApp;
let staff: Staff;
const credentials: Record<Exclude<Caller, 'anonymous'>, () => Promise<{ token?: string; apiKey?: string }>> = {} as never;

beforeAll(async () => {
  app = await startTestApp();
  staff = await createStaff(app);
  // A fresh session per call for the signed-in humans: sessionRevoke and friends must not spoil the next call.
  const fresh = (login: string, password: string) => async () => ({ token: await app.signIn(login, password) });
  Object.assign(credentials, {
    ADMIN: fresh('admin', 'admin-test-password'),
    SUPERVISOR: fresh('sup.all', 'operator-password-1'),
    DIRECTORY_ADMIN: fresh('dir.admin', 'operator-password-1'),
    OPERATOR: fresh('op.centre', 'operator-password-1'),
    INTEGRATOR: async () => ({ apiKey: staff.integratorKey }),
  });
}, 60_000);

afterAll(() => app?.stop());

test('every operation of the schema has a documented rule', async () => {
  const schema = await createSchema(new AuthService(1));
  const ops = [...Object.keys(schema.getQueryType()!.getFields()).map((f) => `query.${f}`), ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `mutation.${f}`)];
  expect(ops.filter((op) => !RULES.has(op))).toEqual([]);
});

test('every operation, called by every kind of caller, is refused exactly when its rule says so', async () => {
  const schema = await createSchema(new AuthService(1));
  const results: string[] = [];
  const kinds = [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const;
  for (const [kind, root] of kinds) {
    for (const field of Object.values(root.getFields())) {
      const rule = RULES.get(`${kind}.${field.name}`)!;
      const { query, variables: generated } = operation(kind, field);
      // Signing in with a made-up password is refused by design (UNAUTHENTICATED): use a real account there.
      const variables = field.name === 'sessionCreate' ? { input: { login: 'admin', password: 'admin-test-password' } } : generated;
      for (const caller of CALLERS) {
        const auth = caller === 'anonymous' ? {} : await credentials[caller]();
        const res = await app.gql(query, variables, auth);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code as string);
        const refused = codes.some((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN');
        const expected = !admitted(rule, caller);
        // Never a 500: whatever the placeholder arguments, a typed answer.
        const fault = codes.includes('INTERNAL_SERVER_ERROR') || res.status >= 500;
        if (refused !== expected || fault) results.push(`${kind} ${field.name} as ${caller}: ${fault ? 'a fault' : refused ? 'refused' : 'admitted'}, rule "${rule}" (${codes.join(', ') || 'no error'})`);
        else if (expected) {
          // Refused with the right code: anonymous callers need to sign in, signed-in ones lack the role.
          expect({ op: field.name, caller, code: codes[0] }).toEqual({ op: field.name, caller, code: caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
        }
      }
    }
  }
  expect(results).toEqual([]);
}, 120_000);
