import { Client } from 'pg';
import { startTestApp, type TestApp } from '../support/harness';

// The seeded template database is what `npm start` loads: check what landed in the tables.
let app: TestApp;
let db: Client;
beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await app?.stop();
});

const count = async (sql: string) => Number((await db.query(sql)).rows[0].count);

test('the reference data is in the database with the counts the decree gives', async () => {
  expect(await count('select count(*) from service')).toBe(10);
  expect(await count("select count(*) from service where status = 'IN_FORCE' and details is not null")).toBe(7);
  expect(await count('select count(*) from department')).toBe(16);
  expect(await count('select count(*) from psc_branch')).toBe(16);
  expect(await count('select count(*) from office')).toBe(268);
  expect(await count('select count(*) from service_indicator')).toBe(42);
  expect(await count('select count(*) from application_form')).toBe(5);
  expect(await count('select count(*) from act_amendment')).toBe(4);
  expect(await count("select count(*) from legal_act where key = 'gd-2223' and repealed_by_id = (select id from legal_act where key = 'gd-219')")).toBe(1);
});

test('every seeded row has its citation, and rules point at cases of their own standard', async () => {
  for (const table of ['service_case', 'deadline_rule', 'document_requirement', 'service_schedule', 'service_indicator', 'department', 'psc_branch', 'office']) {
    expect({ table, missing: await count(`select count(*) from ${table} where cite is null or lines is null`) }).toEqual({ table, missing: 0 });
  }
  expect(await count('select count(*) from deadline_rule d join service_case c on c.id = d.case_id where c.service_id <> d.service_id')).toBe(0);
  expect(await count('select count(*) from document_requirement d join service_case c on c.id = d.case_id where c.service_id <> d.service_id')).toBe(0);
  expect(await count('select count(*) from office o join psc_branch b on b.id = o.branch_id where b.region_id <> o.region_id')).toBe(0);
});

test('office keys are unique and every phone is normalised or flagged', async () => {
  expect(await count('select count(*) from (select seed_key from office group by seed_key having count(*) > 1) d')).toBe(0);
  const bad = await count(`select count(*) from office, jsonb_array_elements(phones) p where p->>'e164' is null and p->>'flag' is null`);
  expect(bad).toBe(0);
});
