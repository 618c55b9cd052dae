import { dueDate, TermNotStartedError, type TermRule } from '../../api/src/modules/applications/due-date';
import { DeadlineStart, DeadlineUnit } from '../../api/src/modules/catalogue/rules.entity';
import type { CalendarExceptions } from '../../api/src/modules/calendar/working-days';

// The working calendar as seeded (holidays and substitute days), plus a moved day off and a working Saturday.
const cal: CalendarExceptions = {
  daysOff: new Set([
    '2013-03-21', '2013-03-22', '2013-03-25', // Nauryz 2013 (23 March a Saturday: Monday 25 substitute)
    '2021-12-16', '2021-12-17', // Independence Day
    '2022-01-03', '2022-01-04', '2022-01-07', // New Year on a weekend: 3–4 January off; Orthodox Christmas
    '2025-07-04', // a moved day off (Friday)
  ]),
  workingWeekendDays: new Set(['2025-07-05']), // the Saturday worked instead
};
const rule = (value: number, unit: DeadlineUnit, excludes: boolean, startsFrom: DeadlineStart | null = DeadlineStart.SUBMISSION): TermRule => ({
  value,
  unit,
  excludesAcceptanceAndIssueDays: excludes,
  startsFrom,
});
const WD = DeadlineUnit.WORKING_DAYS;

describe('due dates from deadline rules on the working calendar', () => {
  test('one working day, acceptance day not counted: Friday → Monday', () => {
    expect(dueDate(rule(1, WD, false), { acceptedOn: '2013-03-01' }, cal)).toBe('2013-03-04');
  });

  test('one working day with acceptance and issue days excluded: the issue day follows the counted day', () => {
    expect(dueDate(rule(1, WD, true), { acceptedOn: '2013-03-01' }, cal)).toBe('2013-03-05');
  });

  test('across Nauryz: 21–22 March off, 23–24 a weekend, 25 the substitute day', () => {
    expect(dueDate(rule(1, WD, false), { acceptedOn: '2013-03-20' }, cal)).toBe('2013-03-26');
    // 15 working days: 18–20 March and 26 March–10 April; the issue day is the next working day.
    expect(dueDate(rule(15, WD, true), { acceptedOn: '2013-03-15' }, cal)).toBe('2013-04-11');
  });

  test('across New Year 2022 and its substitute days and Orthodox Christmas', () => {
    expect(dueDate(rule(1, WD, false), { acceptedOn: '2021-12-15' }, cal)).toBe('2021-12-20');
    expect(dueDate(rule(3, WD, false), { acceptedOn: '2021-12-31' }, cal)).toBe('2022-01-10');
  });

  test('a moved day off is skipped and a working Saturday counts', () => {
    expect(dueDate(rule(1, WD, false), { acceptedOn: '2025-07-03' }, cal)).toBe('2025-07-05');
    expect(dueDate(rule(2, WD, false), { acceptedOn: '2025-07-03' }, cal)).toBe('2025-07-07');
  });

  test('months: the same day later; a day off moves to the next working day', () => {
    expect(dueDate(rule(1, DeadlineUnit.MONTHS, false), { acceptedOn: '2013-02-21' }, cal)).toBe('2013-03-26');
    expect(dueDate(rule(3, DeadlineUnit.MONTHS, false), { acceptedOn: '2012-11-30' }, cal)).toBe('2013-02-28');
  });

  test('counted from the hand-over to the body, for the centre channel', () => {
    const fromArrival = rule(1, WD, true, DeadlineStart.ARRIVAL_AT_BODY);
    expect(dueDate(fromArrival, { acceptedOn: '2013-03-19', handedOverOn: '2013-03-20' }, cal)).toBe('2013-03-27');
    expect(() => dueDate(fromArrival, { acceptedOn: '2013-03-19' }, cal)).toThrow(TermNotStartedError);
  });
});
