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
    // R1 was removed in 2013 and has no channels: any channel is unknown to it.
    const r1 = (await app.gql('{ service(code: "R1") { version sections { channels { channel } } } }')).data!.service;
    expect(r1.sections).toBeNull();
    const channel = await app.gql('mutation($v: Int!) { serviceUpdate(code: "R1", version: $v, input: { channels: [{ channel: BODY, name: { kk: "X" } }] }) { userErrors { code field } } }', { v: r1.version }, { token });
    expect(channel.data!.serviceUpdate.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'channels', '0', 'channel'] }]);
    expect((await app.gql('{ service(code: "R1") { version } }')).data!.service.version).toBe(r1.version);
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

// ------------------------------------------------------------------ every mutation: unknown, stale, bad input, audit

const SERVICE_UPDATE = `mutation($code: String!, $v: Int!, $i: ServiceUpdateInput!) { serviceUpdate(code: $code, version: $v, input: $i) {
  service { version title { kk ru en } sections { channels { channel name { kk en } } } } userErrors { code field } } }`;
const RULE_UPDATE = 'mutation($id: ID!, $v: Int!, $i: DeadlineRuleUpdateInput!) { deadlineRuleUpdate(id: $id, version: $v, input: $i) { deadlineRule { id version value unit } userErrors { code field } } }';
const SCHEDULE_UPDATE = 'mutation($id: ID!, $v: Int!, $i: ScheduleUpdateInput!) { scheduleUpdate(id: $id, version: $v, input: $i) { schedule { id version opens closes } userErrors { code field } } }';
const S5 = `{ service(code: "S5") { version deadlines { id version value unit } schedules { id version channel } } }`;

const rowOf = async (table: 'service' | 'deadline_rule' | 'service_schedule', where: string, value: string) =>
  (await db.query(`select * from ${table} where ${where} = $1`, [value])).rows[0];
const auditsOf = async (key: string) =>
  (await db.query('select action, actor_login, entity_type, before, after from audit_entry where entity_key = $1 order by created_at', [key])).rows;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('serviceUpdate', () => {
  test('a channel outside the Channel enum is refused before the resolver runs', async () => {
    const s2 = (await app.gql('{ service(code: "S2") { version } }')).data!.service;
    const res = await app.gql(SERVICE_UPDATE, { code: 'S2', v: s2.version, i: { channels: [{ channel: 'ONLINE', name: { kk: 'Портал' } }] } }, { token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data).toBeUndefined();
  });

  test('a stale version is a CONFLICT: the title, the version and the audit trail are unchanged', async () => {
    const s2 = (await app.gql('{ service(code: "S2") { version title { kk } } }')).data!.service;
    const before = [await rowOf('service', 'code', 'S2'), await auditCount()];
    const res = await app.gql(SERVICE_UPDATE, { code: 'S2', v: s2.version - 1, i: { title: { kk: `${s2.title.kk} (ескі)` } } }, { token });
    expect(res.data!.serviceUpdate).toEqual({ service: null, userErrors: [{ code: 'CONFLICT', field: ['version'] }] });
    expect([await rowOf('service', 'code', 'S2'), await auditCount()]).toEqual(before);
  });

  test.each([
    ['an empty Kazakh title', { title: { kk: ' ', en: 'Title' } }, ['input', 'title', 'kk']],
    ['an empty Kazakh channel name', { channels: [{ channel: 'BODY', name: { kk: '', en: 'Authority' } }] }, ['input', 'channels', '0', 'name', 'kk']],
    ['a Russian title over 2000 characters', { title: { kk: 'Атау', ru: 'я'.repeat(2001) } }, ['input', 'title', 'ru']],
    ['a valid title next to an empty channel name', { title: { kk: 'Сақталмайтын атау' }, channels: [{ channel: 'CENTRE', name: { kk: '' } }] }, ['input', 'channels', '0', 'name', 'kk']],
  ])('%s is INVALID naming the field, and nothing is stored', async (_case, input, field) => {
    const { version } = (await app.gql('{ service(code: "S2") { version } }')).data!.service;
    const before = [await rowOf('service', 'code', 'S2'), await auditCount()];
    const res = await app.gql(SERVICE_UPDATE, { code: 'S2', v: version, i: input }, { token });
    expect(res.data!.serviceUpdate).toEqual({ service: null, userErrors: [{ code: 'INVALID', field }] });
    expect([await rowOf('service', 'code', 'S2'), await auditCount()]).toEqual(before);
  });

  test('a change is audited with the title and the channels before and after, and the new version', async () => {
    const s2 = (await app.gql('{ service(code: "S2") { version title { kk ru en } sections { channels { channel name { kk ru en } } } } }')).data!.service;
    const title = { kk: s2.title.kk, ru: s2.title.ru, en: 'Corrected English title of S2' };
    const res = await app.gql(SERVICE_UPDATE, { code: 'S2', v: s2.version, i: { title, channels: [{ channel: 'BODY', name: { kk: 'Қорғаныс істері жөніндегі департамент', en: 'Defence affairs department' } }] } }, { token });
    expect(res.data!.serviceUpdate.userErrors).toEqual([]);
    expect(res.data!.serviceUpdate.service.version).toBe(s2.version + 1);
    const [entry] = await auditsOf('S2');
    expect(entry).toMatchObject({ action: 'serviceUpdate', actor_login: 'dir.cat', entity_type: 'Service' });
    expect(entry.before.title).toEqual(s2.title);
    expect(entry.after).toMatchObject({ title, version: s2.version + 1 });
    const name = (audit: { channels: { channel: string; name: unknown }[] }, channel: string) => audit.channels.find((c) => c.channel === channel)!.name;
    expect(name(entry.before, 'BODY')).toEqual(s2.sections.channels.find((c: { channel: string }) => c.channel === 'BODY').name);
    expect(name(entry.after, 'BODY')).toEqual({ kk: 'Қорғаныс істері жөніндегі департамент', ru: null, en: 'Defence affairs department' });
    expect(name(entry.after, 'CENTRE')).toEqual(name(entry.before, 'CENTRE'));
  });
});

describe('deadlineRuleUpdate', () => {
  test('an unknown or malformed id is NOT_FOUND', async () => {
    for (const id of [UNKNOWN_ID, 'rule-1']) {
      const res = await app.gql(RULE_UPDATE, { id, v: 1, i: { value: 5 } }, { token });
      expect(res.data!.deadlineRuleUpdate).toEqual({ deadlineRule: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    }
  });

  test('a stale version is a CONFLICT: the rule and the audit trail are unchanged', async () => {
    const [, rule] = (await app.gql(S5)).data!.service.deadlines;
    const before = [await rowOf('deadline_rule', 'id', rule.id), await auditCount()];
    const res = await app.gql(RULE_UPDATE, { id: rule.id, v: rule.version + 1, i: { value: rule.value + 1 } }, { token });
    expect(res.data!.deadlineRuleUpdate).toEqual({ deadlineRule: null, userErrors: [{ code: 'CONFLICT', field: ['version'] }] });
    expect([await rowOf('deadline_rule', 'id', rule.id), await auditCount()]).toEqual(before);
  });

  test.each([
    ['a value of 0', { value: 0 }, ['input', 'value']],
    ['13 months', { value: 13, unit: 'MONTHS' }, ['input', 'value']],
    ['481 minutes', { value: 481, unit: 'MINUTES' }, ['input', 'value']],
    ['an empty Kazakh text', { text: { kk: ' ', en: 'Five working days' } }, ['input', 'text', 'kk']],
    ['an empty Kazakh condition', { condition: { kk: '', ru: 'Условие' } }, ['input', 'condition', 'kk']],
    ['a valid value next to an empty text', { value: 7, text: { kk: '' } }, ['input', 'text', 'kk']],
  ])('%s is INVALID naming the field, and nothing is stored', async (_case, input, field) => {
    const [, rule] = (await app.gql(S5)).data!.service.deadlines;
    const before = [await rowOf('deadline_rule', 'id', rule.id), await auditCount()];
    const res = await app.gql(RULE_UPDATE, { id: rule.id, v: rule.version, i: input }, { token });
    expect(res.data!.deadlineRuleUpdate).toEqual({ deadlineRule: null, userErrors: [{ code: 'INVALID', field }] });
    expect([await rowOf('deadline_rule', 'id', rule.id), await auditCount()]).toEqual(before);
  });

  test('a change is audited with the rule before and after, and the new version', async () => {
    const [, rule] = (await app.gql(S5)).data!.service.deadlines;
    const stored = await rowOf('deadline_rule', 'id', rule.id);
    const text = { kk: 'Жиырма жұмыс күні ішінде', ru: 'В течение двадцати рабочих дней', en: 'Within twenty working days' };
    const res = await app.gql(RULE_UPDATE, { id: rule.id, v: rule.version, i: { value: 20, unit: 'WORKING_DAYS', upTo: true, text } }, { token });
    expect(res.data!.deadlineRuleUpdate).toEqual({ deadlineRule: { id: rule.id, version: rule.version + 1, value: 20, unit: 'WORKING_DAYS' }, userErrors: [] });
    expect(await auditsOf(rule.id)).toEqual([
      {
        action: 'deadlineRuleUpdate',
        actor_login: 'dir.cat',
        entity_type: 'DeadlineRule',
        before: { value: stored.value, unit: stored.unit, upTo: stored.up_to, excludesAcceptanceAndIssueDays: stored.excludes_acceptance_and_issue_days, condition: stored.condition, text: stored.text },
        after: { value: 20, unit: 'WORKING_DAYS', upTo: true, excludesAcceptanceAndIssueDays: stored.excludes_acceptance_and_issue_days, condition: stored.condition, text, version: rule.version + 1 },
      },
    ]);
  });
});

describe('scheduleUpdate', () => {
  const centre = async () => (await app.gql(S5)).data!.service.schedules.find((h: { channel: string }) => h.channel === 'CENTRE');

  test('an unknown or malformed id is NOT_FOUND', async () => {
    for (const id of [UNKNOWN_ID, 'schedule-1']) {
      const res = await app.gql(SCHEDULE_UPDATE, { id, v: 1, i: { opens: '08:00' } }, { token });
      expect(res.data!.scheduleUpdate).toEqual({ schedule: null, userErrors: [{ code: 'NOT_FOUND', field: ['id'] }] });
    }
  });

  test('a stale version is a CONFLICT: the schedule and the audit trail are unchanged', async () => {
    const schedule = await centre();
    const before = [await rowOf('service_schedule', 'id', schedule.id), await auditCount()];
    const res = await app.gql(SCHEDULE_UPDATE, { id: schedule.id, v: schedule.version + 1, i: { opens: '08:00' } }, { token });
    expect(res.data!.scheduleUpdate).toEqual({ schedule: null, userErrors: [{ code: 'CONFLICT', field: ['version'] }] });
    expect([await rowOf('service_schedule', 'id', schedule.id), await auditCount()]).toEqual(before);
  });

  test.each([
    ['no days', { days: [] }, ['input', 'days']],
    ['an unknown day', { days: ['MON', 'FUNDAY'] }, ['input', 'days']],
    ['an opening time not written HH:MM', { opens: '9:00' }, ['input', 'opens']],
    ['a closing time before the opening time', { opens: '18:00', closes: '09:00' }, ['input', 'closes']],
    ['a lunch break without its end', { lunchFrom: '13:00', lunchTo: null }, ['input', 'lunchFrom']],
    ['an empty Kazakh text', { text: { kk: '  ' } }, ['input', 'text', 'kk']],
    ['valid hours next to an unknown day', { opens: '08:00', days: ['SUNDAY'] }, ['input', 'days']],
  ])('%s is INVALID naming the field, and nothing is stored', async (_case, input, field) => {
    const schedule = await centre();
    const before = [await rowOf('service_schedule', 'id', schedule.id), await auditCount()];
    const res = await app.gql(SCHEDULE_UPDATE, { id: schedule.id, v: schedule.version, i: input }, { token });
    expect(res.data!.scheduleUpdate).toEqual({ schedule: null, userErrors: [{ code: 'INVALID', field }] });
    expect([await rowOf('service_schedule', 'id', schedule.id), await auditCount()]).toEqual(before);
  });

  test('a change is audited with the schedule before and after, and the new version', async () => {
    const schedule = await centre();
    const stored = await rowOf('service_schedule', 'id', schedule.id);
    const res = await app.gql(SCHEDULE_UPDATE, { id: schedule.id, v: schedule.version, i: { opens: '08:30', closes: '19:00', closedOn: 'SUNDAY_AND_HOLIDAYS' } }, { token });
    expect(res.data!.scheduleUpdate).toEqual({ schedule: { id: schedule.id, version: schedule.version + 1, opens: '08:30', closes: '19:00' }, userErrors: [] });
    const was = { days: stored.days, opens: stored.opens, closes: stored.closes, lunchFrom: stored.lunch_from, lunchTo: stored.lunch_to, closedOn: stored.closed_on, text: stored.text };
    expect(await auditsOf(schedule.id)).toEqual([
      {
        action: 'scheduleUpdate',
        actor_login: 'dir.cat',
        entity_type: 'ServiceSchedule',
        before: was,
        after: { ...was, opens: '08:30', closes: '19:00', closedOn: 'SUNDAY_AND_HOLIDAYS', version: schedule.version + 1 },
      },
    ]);
  });
});
