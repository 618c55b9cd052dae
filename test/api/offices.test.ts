import path from 'node:path';
import { Client } from 'pg';
import { foldText } from '../../api/src/common/sql';
import { ReferenceDataSeeder } from '../../api/src/seeds/reference-data.seeder';
import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let db: Client;
let token: string;

const LIST = `query($filter: OfficeFilter, $page: PageInput, $sort: OfficeSort) {
  offices(filter: $filter, page: $page, sort: $sort) { totalCount items { id version name { kk ru en } address { kk } region { code } kind phones { printed e164 } openingHours { days opens closes lunchFrom lunchTo } } } }`;
const CREATE = `mutation($input: OfficeInput!) { officeCreate(input: $input) { office { id version name { kk } region { code } phones { printed e164 } postcode } userErrors { code field message } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: OfficeInput!) { officeUpdate(id: $id, version: $version, input: $input) { office { id version name { kk } openingHours { lunchFrom lunchTo } } userErrors { code field message } } }`;

const offices = async (filter: Record<string, unknown> = {}, page = { limit: 200 }) => (await app.gql(LIST, { filter, page })).data!.offices;
const count = async (sql: string) => Number((await db.query(sql)).rows[0].count);
const ARCHIVE = 'mutation($id: ID!, $v: Int!) { officeArchive(id: $id, version: $v) { office { id version archivedAt } userErrors { code field message } } }';
const SET_DAY = 'mutation($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { userErrors { code field } } }';
const auditOf = async (id: string) =>
  (await app.gql('query($k: String!) { auditEntries(filter: { entityKey: $k }) { items { action actorLogin before after } } }', { k: id }, { token })).data!.auditEntries.items;
/** The stored row, as far as an update may change it. */
const officeRow = async (id: string) =>
  (await db.query('select version, region_id, kind, name, address, postcode, phones, opening_hours, archived_at, edited_at from office where id = $1', [id])).rows[0];
/** Every matching office id, over as many pages as it takes. */
const allIds = async (filter: Record<string, unknown>) => {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await offices(filter, { offset, limit: 200 } as never);
    ids.push(...page.items.map((o: { id: string }) => o.id));
    if (ids.length >= page.totalCount) return ids.sort();
  }
};

beforeAll(async () => {
  app = await startTestApp();
  db = new Client({ connectionString: app.databaseUrl });
  await db.connect();
  const admin = await app.signIn();
  for (const [login, role] of [['dir.admin', 'DIRECTORY_ADMIN'], ['sup.one', 'SUPERVISOR']]) {
    await app.gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { userErrors { code } } }', { i: { login, fullName: login, role, password: 'long-enough-pw' } }, { token: admin });
  }
  token = await app.signIn('dir.admin', 'long-enough-pw');
});
afterAll(async () => {
  await db?.end();
  await app?.stop();
});

describe('the office directory', () => {
  test('lists all 268 offices of Appendix 2 with totalCount, in at most 2 SQL statements', async () => {
    const { result, statements } = await app.countStatements(() => app.gql(LIST, { page: { limit: 20 } }));
    expect(result.data!.offices.totalCount).toBe(268);
    expect(result.data!.offices.items).toHaveLength(20);
    expect(statements).toBeLessThanOrEqual(2);
  });

  test('the search reads only the columns its fields need, and every column where a field needs more', async () => {
    const narrow = await app.countStatements(() => app.gql('{ offices(filter: { search: "Қостанай" }, page: { limit: 5 }) { totalCount items { name { kk } region { code } } } }'));
    expect(narrow.result.data!.offices.items[0].region.code).toBe('KZ-KUS');
    const select = narrow.sql[0].split(/\)\s+select/)[1];
    expect(select).toContain('"name"');
    for (const column of ['phones', 'address', 'opening_hours', 'notes', 'lines']) expect(select).not.toContain(`"${column}"`);
    const wide = await app.countStatements(() => app.gql('{ offices(filter: { search: "Қостанай" }, page: { limit: 5 }) { items { name { kk } phones { printed } openingHours { days } } } }'));
    expect(wide.result.errors).toBeUndefined();
    for (const column of ['phones', 'opening_hours']) expect(wide.sql[0]).toContain(`"${column}"`);
  });

  test('filters by region and kind', async () => {
    expect((await offices({ region: 'KZ-KUS' })).totalCount).toBe(21);
    expect((await offices({ region: 'kz-ast', kind: 'SUB_DEPARTMENT' })).totalCount).toBe(9);
    expect((await offices({ kind: 'SUB_DEPARTMENT' })).totalCount).toBe(25);
  });

  test('search ignores case and folds Kazakh letters: Қостанай finds Костанай, Ақсу finds Аксу', async () => {
    const kk = await offices({ search: 'Қостанай' });
    const ru = await offices({ search: 'костанай' });
    expect(kk.totalCount).toBeGreaterThan(0);
    expect(ru.items.map((o: { id: string }) => o.id).sort()).toEqual(kk.items.map((o: { id: string }) => o.id).sort());
    const aksu = await offices({ search: 'Аксу' });
    expect(aksu.items.map((o: { name: { kk: string } }) => o.name.kk)).toEqual(expect.arrayContaining([expect.stringMatching(/^Ақсу/)]));
    expect((await offices({ search: 'АҚСУ' })).totalCount).toBe(aksu.totalCount);
    expect((await offices({ search: "%' or 1=1 --" })).totalCount).toBe(0);
  });

  test('one office by id; an unknown or malformed id is null', async () => {
    const [first] = (await offices({}, { limit: 1 } as never)).items;
    const one = await app.gql('query($id: ID!) { office(id: $id) { id region { code } } }', { id: first.id });
    expect(one.data!.office.id).toBe(first.id);
    expect((await app.gql('{ office(id: "nope") { id } }')).data!.office).toBeNull();
  });
});

describe('openAt: by the opening hours and the working calendar (Asia/Almaty)', () => {
  // Offices keep the standards' centre hours unless changed: Monday to Saturday 09:00–20:00, no break.
  const at = (iso: string) => offices({ openAt: iso });
  test('open on a working Monday morning and on Saturday, closed on Sunday and in the evening', async () => {
    expect((await at('2025-03-03T05:00:00Z')).totalCount).toBe(268); // Mon 10:00 in Almaty (UTC+5)
    expect((await at('2025-03-01T05:00:00Z')).totalCount).toBe(268); // Sat 10:00
    expect((await at('2025-03-02T05:00:00Z')).totalCount).toBe(0); // Sun
    expect((await at('2025-03-03T15:30:00Z')).totalCount).toBe(0); // Mon 20:30
    expect((await at('2025-03-03T03:59:00Z')).totalCount).toBe(0); // Mon 08:59
  });

  test('closed on holidays and substitute days off (Nauryz 2025: 21 March, Friday)', async () => {
    expect((await at('2025-03-21T05:00:00Z')).totalCount).toBe(0);
    // 2013: Almaty was UTC+6; Monday 25 March was the substitute day off for Nauryz on Saturday 23 March.
    expect((await at('2013-03-25T05:00:00Z')).totalCount).toBe(0);
    expect((await at('2013-03-26T05:00:00Z')).totalCount).toBe(268);
  });

  test('a lunch break closes an office from its start to its end', async () => {
    const [office] = (await offices({ region: 'KZ-MAN' }, { limit: 1 } as never)).items;
    const hours = [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], opens: '09:00', closes: '18:00', lunchFrom: '13:00', lunchTo: '14:00' }];
    const upd = await app.gql(UPDATE, { id: office.id, version: office.version, input: { openingHours: hours } }, { token });
    expect(upd.data!.officeUpdate.userErrors).toEqual([]);
    const ids = async (iso: string) => (await offices({ openAt: iso, region: 'KZ-MAN' })).items.map((o: { id: string }) => o.id);
    expect(await ids('2025-03-04T07:59:00Z')).toContain(office.id); // Tue 12:59
    expect(await ids('2025-03-04T08:00:00Z')).not.toContain(office.id); // 13:00
    expect(await ids('2025-03-04T08:59:00Z')).not.toContain(office.id); // 13:59
    expect(await ids('2025-03-04T09:00:00Z')).toContain(office.id); // 14:00
    expect(await ids('2025-03-01T05:00:00Z')).not.toContain(office.id); // now closed on Saturdays
  });

  test('a weekday made a MOVED_DAY_OFF by calendarDaySet closes every office', async () => {
    expect((await at('2025-10-03T05:00:00Z')).totalCount).toBe(268); // Friday 3 October 2025, 10:00
    const set = await app.gql(SET_DAY, { input: { date: '2025-10-03', kind: 'MOVED_DAY_OFF', name: { kk: 'Ауыстырылған демалыс күні' } } }, { token });
    expect(set.data!.calendarDaySet.userErrors).toEqual([]);
    expect((await at('2025-10-03T05:00:00Z')).totalCount).toBe(0);
    expect((await at('2025-10-02T05:00:00Z')).totalCount).toBe(268); // the day before is untouched
  });

  test("a Saturday made a WORKING_DAY follows Monday's hours, lunch break included, not the office's Saturday hours", async () => {
    const [office] = (await offices({ region: 'KZ-ZAP' }, { limit: 1 } as never)).items;
    const hours = [
      { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], opens: '09:00', closes: '18:00', lunchFrom: '13:00', lunchTo: '14:00' },
      { days: ['SAT'], opens: '10:00', closes: '12:00' },
    ];
    expect((await app.gql(UPDATE, { id: office.id, version: office.version, input: { openingHours: hours } }, { token })).data!.officeUpdate.userErrors).toEqual([]);
    const open = async (iso: string) => (await offices({ openAt: iso, region: 'KZ-ZAP' })).items.some((o: { id: string }) => o.id === office.id);
    // Saturday 11 October 2025 as an ordinary Saturday: its own hours, 10:00–12:00.
    expect([await open('2025-10-11T05:30:00Z'), await open('2025-10-11T07:30:00Z')]).toEqual([true, false]); // 10:30, 12:30
    const set = await app.gql(SET_DAY, { input: { date: '2025-10-11', kind: 'WORKING_DAY', name: { kk: 'Жұмыс күні' } } }, { token });
    expect(set.data!.calendarDaySet.userErrors).toEqual([]);
    expect({
      '08:59': await open('2025-10-11T03:59:00Z'),
      '09:30': await open('2025-10-11T04:30:00Z'),
      '12:30': await open('2025-10-11T07:30:00Z'),
      '13:30': await open('2025-10-11T08:30:00Z'),
      '14:00': await open('2025-10-11T09:00:00Z'),
      '17:59': await open('2025-10-11T12:59:00Z'),
      '18:00': await open('2025-10-11T13:00:00Z'),
    }).toEqual({ '08:59': false, '09:30': true, '12:30': true, '13:30': false, '14:00': true, '17:59': true, '18:00': false });
    // The region's other offices keep the standards' hours (Monday to Saturday 09:00–20:00): open at 19:00 that day.
    const inRegion = (await offices({ region: 'KZ-ZAP' })).totalCount;
    expect((await offices({ openAt: '2025-10-11T14:00:00Z', region: 'KZ-ZAP' })).totalCount).toBe(inRegion - 1);
  });
});

describe('search matches the values of names and addresses, never their JSON keys', () => {
  /** The offices whose name or address, in any language, contains `word` (folded like the search): computed here, not by the API. */
  const containing = async (word: string) => {
    const { rows } = await db.query('select id, name, address from office where archived_at is null');
    const texts = (t: Record<string, string | null> | null) => Object.values(t ?? {}).filter((v): v is string => !!v);
    return rows
      .filter((r: { name: Record<string, string>; address: Record<string, string> | null }) => [...texts(r.name), ...texts(r.address)].some((v) => foldText(v).includes(foldText(word))))
      .map((r: { id: string }) => r.id)
      .sort();
  };

  beforeAll(async () => {
    // Every seeded office's English name says "department": this one has no "en" in any of its texts.
    const input = { regionCode: 'KZ-ZHA', kind: 'OTHER', name: { kk: 'Сынақ бөлімі', ru: 'Пробный отдел', en: 'Trial office' }, address: { kk: 'Сынақ көшесі, 1', en: 'Trial street, 1' } };
    expect((await app.gql(CREATE, { input }, { token })).data!.officeCreate.userErrors).toEqual([]);
  });

  test.each(['kk', 'ru', 'en'])('searching "%s" finds only the offices whose name or address contains it, not every office', async (word) => {
    const expected = await containing(word);
    expect(expected.length).toBeLessThan((await offices()).totalCount); // every office's JSON has the key "kk", "ru" or "en"
    expect(await allIds({ search: word })).toEqual(expected);
  });

  test('an office is found by a word of its address (Kazakh or English), by its Russian name and by its English name', async () => {
    const { rows } = await db.query("select id from office where seed_key = 'office:KZ-AKM:01'"); // Көкшетау қалалық бөлімі
    const id = rows[0].id;
    for (const search of ['Біржан сал', 'Birzhan sal street', 'Кокшетауский городской отдел', 'Kokshetau city department']) {
      expect({ search, found: await allIds({ search }) }).toEqual({ search, found: expect.arrayContaining([id]) });
    }
    expect(await allIds({ search: 'Кокшетауский городской' })).toEqual([id]);
  });

  test('a quote in a text is found as typed (JSON would have escaped it)', async () => {
    const { rows } = await db.query(`select id from office where address->>'en' like '%Bizhanov street, 25 "A"%'`);
    expect(rows).toHaveLength(1);
    expect(await allIds({ search: 'Bizhanov street, 25 "A"' })).toEqual([rows[0].id]);
  });
});

describe('directory administration', () => {
  const valid = { regionCode: 'KZ-KUS', kind: 'DISTRICT_DEPARTMENT', name: { kk: 'Жаңа бөлім', ru: 'Новый отдел' }, phones: ['8 (7142) 50-14-66'], postcode: '110000' };

  test('creates an office, normalising its phone, and audits it', async () => {
    const res = await app.gql(CREATE, { input: valid }, { token });
    expect(res.data!.officeCreate.userErrors).toEqual([]);
    const office = res.data!.officeCreate.office;
    expect(office).toMatchObject({ region: { code: 'KZ-KUS' }, phones: [{ printed: '8 (7142) 50-14-66', e164: '+77142501466' }], postcode: '110000' });
    const audit = await app.gql('query($k: String!) { auditEntries(filter: { entityKey: $k }) { items { action actorLogin before after } } }', { k: office.id }, { token });
    expect(audit.data!.auditEntries.items).toEqual([expect.objectContaining({ action: 'officeCreate', actorLogin: 'dir.admin', before: null })]);
    expect((await offices({ search: 'жаңа бөлім' })).totalCount).toBe(1);
  });

  test.each([
    ['an unknown region', { regionCode: 'KZ-XXX' }, ['input', 'regionCode'], 'NOT_FOUND'],
    ['an invalid phone', { phones: ['12-34'] }, ['input', 'phones', '0'], 'INVALID'],
    ['an invalid postcode', { postcode: '1100' }, ['input', 'postcode'], 'INVALID'],
    ['an empty Kazakh name', { name: { kk: ' ', ru: 'Без имени' } }, ['input', 'name', 'kk'], 'INVALID'],
    ['a lunch break outside the hours', { openingHours: [{ days: ['MON'], opens: '09:00', closes: '18:00', lunchFrom: '19:00', lunchTo: '20:00' }] }, ['input', 'openingHours', '0', 'lunchFrom'], 'INVALID'],
  ])('%s is a userError naming the field, and nothing is stored', async (_case, patch, field, code) => {
    const before = [await count('select count(*) from office'), await count('select count(*) from audit_entry')];
    const res = await app.gql(CREATE, { input: { ...valid, ...patch } }, { token });
    expect(res.data!.officeCreate.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect([await count('select count(*) from office'), await count('select count(*) from audit_entry')]).toEqual(before);
  });

  test('an update with a stale version is a CONFLICT and changes nothing; the audit keeps before and after', async () => {
    const [office] = (await offices({ region: 'KZ-PAV' }, { limit: 1 } as never)).items;
    const first = await app.gql(UPDATE, { id: office.id, version: office.version, input: { name: { kk: `${office.name.kk} (жаңартылған)`, ru: office.name.ru, en: office.name.en } } }, { token });
    expect(first.data!.officeUpdate.office.version).toBe(office.version + 1);
    const stale = await app.gql(UPDATE, { id: office.id, version: office.version, input: { name: { kk: 'Қайта жазу' } } }, { token });
    expect(stale.data!.officeUpdate.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['version'] })]);
    expect(await count(`select count(*) from office where id = '${office.id}' and name->>'kk' like '%(жаңартылған)'`)).toBe(1);
    const audit = await app.gql('query($k: String!) { auditEntries(filter: { entityKey: $k }) { items { action before after } } }', { k: office.id }, { token });
    const [entry] = audit.data!.auditEntries.items;
    expect(entry.before.name.kk).toBe(office.name.kk);
    expect(entry.after.name.kk).toBe(`${office.name.kk} (жаңартылған)`);
  });

  test('an edited office keeps its edit when the reference data is loaded again', async () => {
    const { rows } = await db.query("select seed_key from office where name->>'kk' like '%(жаңартылған)'");
    expect(rows).toHaveLength(1);
    await new ReferenceDataSeeder(path.resolve(__dirname, '..', '..', 'seeds')).run(app.orm.em.fork());
    expect(await count(`select count(*) from office where seed_key = '${rows[0].seed_key}' and name->>'kk' like '%(жаңартылған)'`)).toBe(1);
  });

  test('an archived office leaves the directory but stays for history', async () => {
    const [office] = (await offices({ region: 'KZ-ATY' }, { limit: 1 } as never)).items;
    const res = await app.gql('mutation($id: ID!, $v: Int!) { officeArchive(id: $id, version: $v) { office { archivedAt } userErrors { code } } }', { id: office.id, v: office.version }, { token });
    expect(res.data!.officeArchive.office.archivedAt).toBeTruthy();
    expect((await offices({ region: 'KZ-ATY' })).totalCount).toBe(9);
    expect((await offices({ region: 'KZ-ATY', includeArchived: true })).totalCount).toBe(10);
  });

  test('only directory administrators may change offices', async () => {
    expect((await app.gql(CREATE, { input: valid })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const supervisor = await app.signIn('sup.one', 'long-enough-pw');
    expect((await app.gql(CREATE, { input: valid }, { token: supervisor })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('officeUpdate with bad input', () => {
  test.each([
    ['an invalid phone', { phones: ['8 (7252) 53-00-00', '12-34'] }, ['input', 'phones', '1'], 'INVALID'],
    ['an invalid postcode', { postcode: '16000' }, ['input', 'postcode'], 'INVALID'],
    ['an empty Kazakh name', { name: { kk: '   ', ru: 'Без имени', en: 'Nameless' } }, ['input', 'name', 'kk'], 'INVALID'],
    ['an unknown regionCode', { regionCode: 'KZ-XXX' }, ['input', 'regionCode'], 'NOT_FOUND'],
    ['opening hours closing before they open', { openingHours: [{ days: ['MON'], opens: '18:00', closes: '09:00' }] }, ['input', 'openingHours', '0', 'closes'], 'INVALID'],
    ['an opening time not written HH:MM', { openingHours: [{ days: ['MON'], opens: '9:00', closes: '18:00' }] }, ['input', 'openingHours', '0', 'opens'], 'INVALID'],
    ['opening hours on an unknown day', { openingHours: [{ days: ['MON', 'HOLIDAY'], opens: '09:00', closes: '18:00' }] }, ['input', 'openingHours', '0', 'days'], 'INVALID'],
    ['a valid name next to an invalid postcode', { name: { kk: 'Сақталмауы тиіс атау' }, postcode: 'abcdef' }, ['input', 'postcode'], 'INVALID'],
  ])('%s is a userError naming the field; the office and its version are unchanged and nothing is audited', async (_case, input, field, code) => {
    const [office] = (await offices({ region: 'KZ-YUZ' }, { limit: 1 } as never)).items;
    const before = await officeRow(office.id);
    const audits = await count('select count(*) from audit_entry');
    const res = await app.gql(UPDATE, { id: office.id, version: before.version, input }, { token });
    expect(res.data!.officeUpdate).toEqual({ office: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await officeRow(office.id)).toEqual(before);
    expect(await count('select count(*) from audit_entry')).toBe(audits);
  });
});

describe('officeArchive', () => {
  test('an unknown or malformed id is NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const res = await app.gql(ARCHIVE, { id, v: 1 }, { token });
      expect(res.data!.officeArchive).toEqual({ office: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['id'] })] });
    }
  });

  test('a stale version is a CONFLICT and the office stays in the directory', async () => {
    const [office] = (await offices({ region: 'KZ-SEV' }, { limit: 1 } as never)).items;
    const audits = await count('select count(*) from audit_entry');
    const res = await app.gql(ARCHIVE, { id: office.id, v: office.version + 1 }, { token });
    expect(res.data!.officeArchive).toEqual({ office: null, userErrors: [expect.objectContaining({ code: 'CONFLICT', field: ['version'] })] });
    expect((await officeRow(office.id)).archived_at).toBeNull();
    expect(await count('select count(*) from audit_entry')).toBe(audits);
  });

  test('archiving is audited with before and after; archiving again is INVALID and changes nothing', async () => {
    const [office] = (await offices({ region: 'KZ-SEV' }, { limit: 1 } as never)).items;
    const res = await app.gql(ARCHIVE, { id: office.id, v: office.version }, { token });
    expect(res.data!.officeArchive.userErrors).toEqual([]);
    const archived = res.data!.officeArchive.office;
    expect(archived).toMatchObject({ id: office.id, version: office.version + 1, archivedAt: expect.any(String) });
    const [entry] = await auditOf(office.id);
    expect(entry).toMatchObject({ action: 'officeArchive', actorLogin: 'dir.admin', before: { archivedAt: null, version: office.version }, after: { version: office.version + 1 } });
    expect(new Date(entry.after.archivedAt).toISOString()).toBe(archived.archivedAt);
    expect(entry.after.name).toEqual(entry.before.name);

    const stored = await officeRow(office.id);
    const again = await app.gql(ARCHIVE, { id: office.id, v: archived.version }, { token });
    expect(again.data!.officeArchive).toEqual({ office: null, userErrors: [expect.objectContaining({ code: 'INVALID', field: ['id'] })] });
    expect(await officeRow(office.id)).toEqual(stored);
    expect(await auditOf(office.id)).toHaveLength(1);
  });
});

describe('localized texts fall back to Kazakh when a translation is missing', () => {
  const Q = 'query($id: ID!) { office(id: $id) { name { kk ru en text en2: text(lang: EN) ru2: text(lang: RU) } address { kk ru text ru2: text(lang: RU) } } }';

  test('a missing Russian translation (office addresses) gives the Kazakh text, by Accept-Language and by text(lang: RU)', async () => {
    const { rows } = await db.query("select id from office where seed_key = 'office:KZ-KUS:01'");
    const byHeader = (await app.gql(Q, { id: rows[0].id }, { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } })).data!.office;
    expect(byHeader.address.kk).toMatch(/Гашик көшесі/);
    expect(byHeader.address.ru).toBeNull();
    expect(byHeader.address.text).toBe(byHeader.address.kk);
    expect(byHeader.name.text).toBe('Костанайский городской отдел'); // a translation that exists is still used
    const byArgument = (await app.gql(Q, { id: rows[0].id })).data!.office;
    expect(byArgument.address.ru2).toBe(byHeader.address.kk);
  });

  test('a missing English translation gives the Kazakh text, by Accept-Language and by text(lang: EN)', async () => {
    const created = await app.gql(CREATE, { input: { regionCode: 'KZ-ZHA', kind: 'OTHER', name: { kk: 'Аударылмаған бөлім', ru: 'Непереведённый отдел' } } }, { token });
    expect(created.data!.officeCreate.userErrors).toEqual([]);
    const id = created.data!.officeCreate.office.id;
    const byHeader = (await app.gql(Q, { id }, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).data!.office;
    expect(byHeader.name).toMatchObject({ en: null, text: 'Аударылмаған бөлім' });
    const byArgument = (await app.gql(Q, { id })).data!.office;
    expect(byArgument.name).toMatchObject({ en2: 'Аударылмаған бөлім', ru2: 'Непереведённый отдел' });
  });
});

test('offices sort by name (Kazakh) or region, both ways', async () => {
  const names = async (direction: string) =>
    (await app.gql<any>('query($s: OfficeSort) { offices(sort: $s, page: { limit: 200 }) { items { name { kk } } } }', { s: { field: 'NAME', direction } })).data.offices.items.map((o: any) => o.name.kk);
  const asc = await names('ASC');
  expect(asc).toHaveLength(200);
  const sorted = [...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(asc).toEqual(sorted);
  const desc = await names('DESC');
  expect(desc[0] >= desc[desc.length - 1]).toBe(true);
  const regions = (await app.gql<any>('{ offices(sort: { field: REGION, direction: DESC }, page: { limit: 5 }) { items { region { code } } } }')).data.offices.items;
  expect(regions.every((o: any) => o.region.code === regions[0].region.code)).toBe(true);
});
