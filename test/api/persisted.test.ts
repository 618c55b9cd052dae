// The allow-list of operations for API keys (INTEGRATOR_OPERATIONS): partners may send only those; sessions are free.
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema } from '../../api/src/schema';
import { startTestApp, type TestApp } from '../support/harness';
import { createStaff, type Staff } from '../support/applications';

const FILE = path.resolve(__dirname, '..', '..', 'schema', 'integrations', 'operations.graphql');
let app: TestApp;
let staff: Staff;

beforeAll(async () => {
  app = await startTestApp({ integratorOperations: FILE });
  staff = await createStaff(app);
}, 60_000);
afterAll(() => app?.stop());

test('an operation of the list passes whatever its formatting; any other document from an API key is refused', async () => {
  const listed = fs.readFileSync(FILE, 'utf8');
  const services = /query PartnerServices \{[\s\S]*?\n\}/.exec(listed)![0];
  // Twice each: the second request of a text takes the fast path (query-fast-path.ts), which checks the list too.
  for (let i = 0; i < 2; i++) {
    const ok = await app.gql<any>(services, {}, { apiKey: staff.integratorKey });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.services.items.length).toBeGreaterThan(5);
  }
  // Same operation, other whitespace and a comment: still the same operation.
  const reformatted = services.replace(/\s+/g, '  ').replace('{', '{ # partner query\n');
  expect((await app.gql<any>(reformatted, {}, { apiKey: staff.integratorKey })).errors).toBeUndefined();
  const fastBefore = app.app.fast.answered;
  for (let i = 0; i < 2; i++) {
    const adHoc = await app.gql('{ services { items { code } } }', {}, { apiKey: staff.integratorKey });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/allow-list/) });
  }
  expect(app.app.fast.answered - fastBefore).toBe(1);
  const sneaky = services.replace('title { kk ru en }', 'title { kk ru en } act { key }');
  expect((await app.gql(sneaky, {}, { apiKey: staff.integratorKey })).status).toBe(403);
});

test('sessions and anonymous callers are not limited by it', async () => {
  expect((await app.gql('{ services { items { code } } }', {}, { token: staff.supervisor })).errors).toBeUndefined();
  expect((await app.gql('{ regions { code } }')).errors).toBeUndefined();
});

test('every operation of the list is valid against the schema and answers through an API key', async () => {
  const schema = await createSchema(new AuthService(1));
  expect(validate(schema, parse(fs.readFileSync(FILE, 'utf8'))).map((e) => e.message)).toEqual([]);
  const res = await app.gql<any>('query PartnerApplication($number: String!) { application(number: $number) { id number version status timeliness dueOn remainingWorkingDays allowedActions completedOn } }', { number: 'S1-2099-000001' }, { apiKey: staff.integratorKey });
  expect(res.errors).toBeUndefined();
  expect(res.data.application).toBeNull();
});
