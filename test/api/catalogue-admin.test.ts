import path from 'node:path';
import { Client } from 'pg';
import { ReferenceDataSeeder } from '../../api/src/seeds/reference-data.seeder';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let db: Client;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  const admin = await app.signIn();
  await app.gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { userErrors { code } } }', { i: { login: 'dir.cat', fullName: 'D', role: 'DIRECTORY_ADMIN', password: 'long-enough-pw' } }, { token: admin });
  token = await app.signIn('dir.cat', 'long-enough-pw');
});
afterAll(async () => {
  await db?.end();
  await app?.stop();
});

const auditCount = async () => Number((await db.query('select count(*) from audit_entry')).rows[0].count);
const S3 = `{ service(code: "S3") { version title { kk ru en } deadlines(channel: BODY) { id version value unit case { key } } schedules { id version channel opens closes lunchFrom lunchTo } sections { channels { channel name { en } } } } }`;

describe('correcting a standard', () => {
  test('a title translation and a channel name are corrected, versioned and audited', async () => {
    const s3 = (await app.gql(S3)).data!.service;
    const res = await app.gql(
      'mutation($v: Int!, $i: ServiceUpdateInput!) { serviceUpdate(code: "S3", version: $v, input: $i) { service { version title { en } sections { channels { channel name { en } } } } userErrors { code field } } }',
      { v: s3.version, i: { title: { kk: s3.title.kk, ru: s3.title.ru, en: 'Issuing military IDs to reserve officers' }, channels: [{ channel: 'CENTRE', name: { kk: 'Халыққа қызмет көрсету орталығы', en: 'Public Service Centre' } }] } },
      { token },
    );
    expect(res.data!.serviceUpdate.userErrors).toEqual([]);
    expect(res.data!.serviceUpdate.service).toMatchObject({ version: s3.version + 1, title: { en: 'Issuing military IDs to reserve officers' } });
    expect(res.data!.serviceUpdate.service.sections.channels.find((c: { channel: string }) => c.channel === 'CENTRE').name.en).toBe('Public Service Centre');
    const { rows } = await db.query("select action, before->'title'->>'en' as was from audit_entry where entity_key = 'S3'");
    expect(rows).toEqual([{ action: 'serviceUpdate', was: s3.title.en }]);
  });

  test('an unknown service code or channel, and an empty Kazakh title, are userErrors naming the field; nothing is stored', async () => {
    const before = await auditCount();
    const unknown = await app.gql('mutation { serviceUpdate(code: "S9", version: 1, input: { title: { kk: "X" } }) { userErrors { code field } } }', {}, { token });
    expect(unknown.data!.serviceUpdate.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['code'] }]);
    const s1 = (await app.gql('{ service(code: "S1") { version } }')).data!.service;
    const empty = await app.gql('mutation($v: Int!) { serviceUpdate(code: "S1", version: $v, input: { title: { kk: "" } }) { userErrors { code field } } }', { v: s1.version }, { token });
    expect(empty.data!.serviceUpdate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'title', 'kk'] }]);
    expect(await auditCount()).toBe(before);
  });

  test('a deadline rule edit is checked, versioned and audited; a stale version is a CONFLICT', async () => {
    const [rule] = (await app.gql(S3)).data!.service.deadlines;
    const UPD = 'mutation($id: ID!, $v: Int!, $i: DeadlineRuleUpdateInput!) { deadlineRuleUpdate(id: $id, version: $v, input: $i) { deadlineRule { value version } userErrors { code field } } }';
    const bad = await app.gql(UPD, { id: rule.id, v: rule.version, i: { value: 0 } }, { token });
    expect(bad.data!.deadlineRuleUpdate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'value'] }]);
    const ok = await app.gql(UPD, { id: rule.id, v: rule.version, i: { value: rule.value + 1 } }, { token });
    expect(ok.data!.deadlineRuleUpdate.deadlineRule).toEqual({ value: rule.value + 1, version: rule.version + 1 });
    const stale = await app.gql(UPD, { id: rule.id, v: rule.version, i: { value: 5 } }, { token });
    expect(stale.data!.deadlineRuleUpdate.userErrors).toEqual([{ code: 'CONFLICT', field: ['version'] }]);
    expect((await db.query('select value from deadline_rule where id = $1', [rule.id])).rows[0].value).toBe(rule.value + 1);
  });

  test('a schedule edit refuses a lunch break outside the hours, then accepts a valid one', async () => {
    const schedule = (await app.gql(S3)).data!.service.schedules.find((h: { channel: string }) => h.channel === 'BODY');
    const UPD = 'mutation($id: ID!, $v: Int!, $i: ScheduleUpdateInput!) { scheduleUpdate(id: $id, version: $v, input: $i) { schedule { lunchFrom lunchTo version } userErrors { code field } } }';
    const bad = await app.gql(UPD, { id: schedule.id, v: schedule.version, i: { lunchFrom: '20:00', lunchTo: '21:00' } }, { token });
    expect(bad.data!.scheduleUpdate.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'lunchFrom'] }]);
    const ok = await app.gql(UPD, { id: schedule.id, v: schedule.version, i: { lunchFrom: '13:00', lunchTo: '14:00' } }, { token });
    expect(ok.data!.scheduleUpdate.schedule).toEqual({ lunchFrom: '13:00', lunchTo: '14:00', version: schedule.version + 1 });
  });

  test('corrections survive a reload of the reference data', async () => {
    await new ReferenceDataSeeder(path.resolve(__dirname, '..', '..', 'seeds')).run(app.orm.em.fork());
    const s3 = (await app.gql(S3)).data!.service;
    expect(s3.title.en).toBe('Issuing military IDs to reserve officers');
  });

  test('only directory administrators may correct standards', async () => {
    const res = await app.gql('mutation { serviceUpdate(code: "S3", version: 1, input: { title: { kk: "X" } }) { userErrors { code } } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
