import { Client } from 'pg';
import { addMonths, addWorkingDays, workingDaysBetween } from '../../api/src/modules/calendar/working-days';
import { startTestApp, type TestApp } from '../support/harness';

describe('working-day arithmetic (pure)', () => {
  const cal = { daysOff: new Set(['2013-03-21', '2013-03-22', '2013-03-25']), workingWeekendDays: new Set(['2013-03-30']) };
  test('skips weekends and days off, and counts a working Saturday', () => {
    expect(addWorkingDays('2013-03-20', 1, cal)).toBe('2013-03-26');
    expect(addWorkingDays('2013-03-29', 1, cal)).toBe('2013-03-30');
    expect(addWorkingDays('2013-03-26', -1, cal)).toBe('2013-03-20');
    expect(workingDaysBetween('2013-03-20', '2013-03-26', cal)).toBe(1);
    expect(workingDaysBetween('2013-03-26', '2013-03-20', cal)).toBe(-1);
  });
  test('adds calendar months, moving a day off to the next working day', () => {
    expect(addMonths('2013-01-31', 1, cal)).toBe('2013-02-28');
    expect(addMonths('2013-02-21', 1, cal)).toBe('2013-03-26');
  });
});

describe('the working calendar over the API', () => {
  let app: TestApp;
  let db: Client;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    db = new Client({ connectionString: app.databaseUrl });
    await db.connect();
    const admin = await app.signIn();
    await app.gql('mutation($i: UserCreateInput!) { userCreate(input: $i) { userErrors { code } } }', { i: { login: 'dir.admin', fullName: 'Directory Admin', role: 'DIRECTORY_ADMIN', password: 'directory-pass-1' } }, { token: admin });
    token = await app.signIn('dir.admin', 'directory-pass-1');
  });
  afterAll(async () => {
    await db?.end();
    await app?.stop();
  });

  const add = async (from: string, days: number) => (await app.gql('query($f: Date!, $d: Int!) { addWorkingDays(from: $f, days: $d) }', { f: from, d: days })).data?.addWorkingDays;

  test('Nauryz 2013: 21–22 March off, 23 March a Saturday, so Monday 25 March is the substitute day off', async () => {
    expect(await add('2013-03-20', 1)).toBe('2013-03-26');
    const between = await app.gql('{ workingDaysBetween(from: "2013-03-20", to: "2013-03-26") }');
    expect(between.data?.workingDaysBetween).toBe(1);
  });

  test('New Year 2022: 1–2 January on a weekend move the days off to 3–4 January; 7 January is Orthodox Christmas', async () => {
    expect(await add('2021-12-31', 1)).toBe('2022-01-05');
    expect(await add('2021-12-31', 3)).toBe('2022-01-10');
  });

  test('New Year 2013 on weekdays: no substitute days', async () => {
    expect(await add('2012-12-28', 2)).toBe('2013-01-03');
  });

  test('a year view lists the holidays and counts working days', async () => {
    const res = await app.gql('{ workingCalendar(year: 2013) { year workingDays daysOff days { date kind name { en } } } }');
    const y = res.data!.workingCalendar;
    expect(y.days.find((d: { date: string }) => d.date === '2013-03-25')).toEqual({ date: '2013-03-25', kind: 'SUBSTITUTE_DAY_OFF', name: { en: 'Nauryz (substitute day off)' } });
    expect(y.workingDays + y.daysOff).toBe(365);
    const weekend = (d: { date: string }) => [0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    const weekdaysOff = y.days.filter((d: { date: string; kind: string }) => !weekend(d) && d.kind !== 'WORKING_DAY').length;
    const weekendsWorked = y.days.filter((d: { date: string; kind: string }) => weekend(d) && d.kind === 'WORKING_DAY').length;
    expect(weekendsWorked).toBe(2); // 4 May (for 10 May) and 28 December (for 3 January 2014)
    expect(y.workingDays).toBe(365 - 104 - weekdaysOff + weekendsWorked);
  });

  test("the Government's moves of days of rest are in the calendar, with their act: 2013, 2020 and 2025", async () => {
    const kinds = async (year: number) =>
      Object.fromEntries(
        (await app.gql(`{ workingCalendar(year: ${year}) { days { date kind note } } }`)).data!.workingCalendar.days.map((d: { date: string; kind: string; note: string | null }) => [d.date, d]),
      );
    const y2013 = await kinds(2013);
    expect(y2013['2013-05-10']).toMatchObject({ kind: 'MOVED_DAY_OFF' });
    expect(y2013['2013-05-04']).toMatchObject({ kind: 'WORKING_DAY' });
    // 2020: Victory Day's substitute (Monday 11 May) was moved to Friday 8 May, so the Monday was worked.
    const y2020 = await kinds(2020);
    expect(y2020['2020-05-08'].kind).toBe('MOVED_DAY_OFF');
    expect(y2020['2020-05-11'].kind).toBe('WORKING_DAY');
    const y2025 = await kinds(2025);
    expect(y2025['2025-01-03']).toMatchObject({ kind: 'MOVED_DAY_OFF', note: expect.stringMatching(/Minister of Labour/) });
    expect(y2025['2025-01-05'].kind).toBe('WORKING_DAY');
    // Sunday 5 January 2025 is worked: one working day after Saturday the 4th is that Sunday.
    expect(await add('2025-01-04', 1)).toBe('2025-01-05');
  });

  test('dates outside 2009–2030 are refused, naming the field', async () => {
    const res = await app.gql('{ addWorkingDays(from: "2031-01-05", days: 1) }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from' }] });
    const year = await app.gql('{ workingCalendar(year: 1999) { year } }');
    expect(year.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'year' }] });
  });

  describe('administrator overrides', () => {
    const SET = `mutation($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind version } userErrors { code field message } } }`;

    test('a moved day off and a working Saturday change the arithmetic, and each change is audited', async () => {
      // Government moves the day off from Saturday 5 July 2025 to Friday 4 July (as such decrees do).
      const moved = await app.gql(SET, { input: { date: '2025-07-04', kind: 'MOVED_DAY_OFF', name: { kk: 'Ауыстырылған демалыс күні', en: 'Moved day off' }, note: 'test decree' } }, { token });
      expect(moved.data?.calendarDaySet.userErrors).toEqual([]);
      const saturday = await app.gql(SET, { input: { date: '2025-07-05', kind: 'WORKING_DAY', name: { kk: 'Жұмыс күні' } } }, { token });
      expect(saturday.data?.calendarDaySet.calendarDay).toEqual({ date: '2025-07-05', kind: 'WORKING_DAY', version: 1 });
      expect(await add('2025-07-03', 1)).toBe('2025-07-05');
      const audit = await app.gql('{ auditEntries(filter: { entityType: "CalendarDay" }) { totalCount items { action entityKey actorLogin before after } } }', {}, { token });
      expect(audit.data?.auditEntries.items.map((e: { entityKey: string }) => e.entityKey)).toEqual(['2025-07-05', '2025-07-04']);
      expect(audit.data?.auditEntries.items[1]).toMatchObject({ action: 'calendarDaySet', actorLogin: 'dir.admin', before: null, after: { kind: 'MOVED_DAY_OFF', note: 'test decree' } });
    });

    test('changing an existing date needs its current version: a stale one is a CONFLICT and nothing changes', async () => {
      const input = { date: '2013-03-25', kind: 'WORKING_DAY', name: { kk: 'Жұмыс күні' } };
      const missing = await app.gql(SET, { input }, { token });
      expect(missing.data?.calendarDaySet.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'expectedVersion'] })]);
      const { rows } = await db.query("select kind, version from calendar_day where date = '2013-03-25'");
      expect(rows[0].kind).toBe('SUBSTITUTE_DAY_OFF');
      const ok = await app.gql(SET, { input: { ...input, expectedVersion: rows[0].version } }, { token });
      expect(ok.data?.calendarDaySet.calendarDay).toMatchObject({ kind: 'WORKING_DAY', version: rows[0].version + 1 });
      expect(await add('2013-03-22', 1)).toBe('2013-03-25');
    });

    test.each([
      ['a date outside the supported range', { date: '2031-01-01', kind: 'HOLIDAY', name: { kk: 'X' } }, ['input', 'date']],
      ['an empty Kazakh name', { date: '2025-09-01', kind: 'HOLIDAY', name: { kk: '  ', en: 'Holiday' } }, ['input', 'name', 'kk']],
      ['a moved day off on a weekend', { date: '2025-09-06', kind: 'MOVED_DAY_OFF', name: { kk: 'X' } }, ['input', 'kind']],
    ])('%s is a userError naming the field, and nothing is stored', async (_case, input, field) => {
      const before = await db.query('select count(*) from calendar_day');
      const res = await app.gql(SET, { input }, { token });
      expect(res.data?.calendarDaySet.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field })]);
      expect((await db.query('select count(*) from calendar_day')).rows[0].count).toBe(before.rows[0].count);
      expect((await db.query("select count(*) from audit_entry where action = 'calendarDaySet'")).rows[0].count).toBe('3');
    });

    test('only directory administrators may change the calendar', async () => {
      const res = await app.gql(SET, { input: { date: '2025-09-01', kind: 'HOLIDAY', name: { kk: 'X' } } });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
