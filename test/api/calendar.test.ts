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

  const between = async (from: string, to: string) =>
    (await app.gql('query($f: Date!, $t: Date!) { workingDaysBetween(from: $f, to: $t) }', { f: from, t: to })).data?.workingDaysBetween;

  test('Nauryz 2025: 21–23 March (Friday to Sunday) off, and the substitute days off Monday 24 and Tuesday 25 March', async () => {
    expect(await add('2025-03-20', 1)).toBe('2025-03-26');
    expect(await add('2025-03-26', -1)).toBe('2025-03-20');
    expect(await between('2025-03-20', '2025-03-25')).toBe(0);
    expect(await between('2025-03-20', '2025-03-31')).toBe(4); // 26, 27, 28 and 31 March
    expect(await between('2025-03-31', '2025-03-20')).toBe(-4);
  });

  test('Nauryz 2026: 21–23 March (Saturday to Monday) off, and the substitute days off Tuesday 24 and Wednesday 25 March', async () => {
    expect(await add('2026-03-20', 1)).toBe('2026-03-26');
    expect(await add('2026-03-26', -1)).toBe('2026-03-20');
    expect(await between('2026-03-20', '2026-03-25')).toBe(0);
    expect(await between('2026-03-20', '2026-03-27')).toBe(2); // 26 and 27 March
  });

  test('New Year 2025/2026: 1–2 January 2026 (Thursday, Friday) off, then the weekend; 7 January is Orthodox Christmas', async () => {
    expect(await add('2025-12-31', 1)).toBe('2026-01-05');
    expect(await add('2025-12-31', 3)).toBe('2026-01-08');
    expect(await add('2026-01-05', -1)).toBe('2025-12-31');
    expect(await between('2025-12-30', '2026-01-09')).toBe(5); // 31 December, 5, 6, 8 and 9 January
  });

  test('New Year 2024/2025: 1–2 January off, Friday 3 January a moved day off, Sunday 5 January worked', async () => {
    expect(await add('2024-12-31', 1)).toBe('2025-01-05');
    expect(await add('2024-12-31', 2)).toBe('2025-01-06');
    expect(await add('2025-01-06', -2)).toBe('2024-12-31');
    expect(await between('2024-12-30', '2025-01-08')).toBe(4); // 31 December, 5, 6 and 8 January
  });

  test('every year 2009–2030 holds its fixed holidays: 1–2 January, 8 March, 22 March, 1 May, 9 May, 16 December', async () => {
    const years = Array.from({ length: 2030 - 2009 + 1 }, (_, i) => 2009 + i);
    // Two requests: a document may carry at most 15 aliases.
    const data: Record<string, any> = {};
    for (const chunk of [years.slice(0, 11), years.slice(11)]) {
      const res = await app.gql(`{ ${chunk.map((y) => `y${y}: workingCalendar(year: ${y}) { year days { date kind } }`).join(' ')} }`);
      expect(res.errors).toBeUndefined();
      Object.assign(data, res.data);
    }
    const missing = years.flatMap((y) => {
      const holidays = new Set(data[`y${y}`].days.filter((d: { kind: string }) => d.kind === 'HOLIDAY').map((d: { date: string }) => d.date));
      return ['01-01', '01-02', '03-08', '03-22', '05-01', '05-09', '12-16'].map((md) => `${y}-${md}`).filter((date) => !holidays.has(date));
    });
    expect(missing).toEqual([]);
  });

  test('the first and last days of the calendar, 2009-01-01 and 2030-12-31, are inside it; the days beyond are not', async () => {
    expect(await add('2009-01-01', 1)).toBe('2009-01-05'); // 2 January is New Year too, then a weekend
    expect(await add('2030-12-31', -1)).toBe('2030-12-30');
    expect(await between('2009-01-01', '2030-12-31')).toBeGreaterThan(22 * 240);
    const before = await app.gql('{ workingDaysBetween(from: "2008-12-31", to: "2009-01-05") }');
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from' }] });
    const after = await app.gql('{ workingDaysBetween(from: "2030-12-30", to: "2031-01-01") }');
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
    expect((await app.gql('{ addWorkingDays(from: "2030-12-31", days: 1) }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
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
