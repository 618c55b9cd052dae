import type { EntityManager } from '@mikro-orm/postgresql';
import { addMonths, addWorkingDays, plusDays, workingDaysBetween, type CalendarExceptions } from './working-days';

/** The years the calendar holds holidays for (seeds/calendar.json); outside it answers would be guesses. */
export const CALENDAR_FIRST_YEAR = 2009;
export const CALENDAR_LAST_YEAR = 2030;
export const CALENDAR_FIRST_DAY = `${CALENDAR_FIRST_YEAR}-01-01`;
export const CALENDAR_LAST_DAY = `${CALENDAR_LAST_YEAR}-12-31`;
export const inCalendarRange = (iso: string) => iso >= CALENDAR_FIRST_DAY && iso <= CALENDAR_LAST_DAY;

export class OutOfCalendarError extends Error {}

/** Loads the calendar's exceptions for a date range in one statement. */
export async function loadExceptions(em: EntityManager, from: string, to: string): Promise<CalendarExceptions> {
  const rows = await em
    .getConnection()
    .execute<{ date: string; kind: string }[]>("select to_char(date, 'YYYY-MM-DD') as date, kind from calendar_day where date between ? and ?", [from, to]);
  const daysOff = new Set<string>();
  const workingWeekendDays = new Set<string>();
  for (const r of rows) (r.kind === 'WORKING_DAY' ? workingWeekendDays : daysOff).add(r.date);
  return { daysOff, workingWeekendDays };
}

/** The engine the deadlines use, over the stored calendar. */
export class WorkingCalendar {
  constructor(private readonly em: EntityManager) {}

  private check(...dates: string[]) {
    for (const d of dates) {
      if (!inCalendarRange(d)) throw new OutOfCalendarError(`${d} is outside the working calendar (${CALENDAR_FIRST_DAY} to ${CALENDAR_LAST_DAY}).`);
    }
  }

  async addWorkingDays(from: string, days: number): Promise<string> {
    // Enough calendar days for any run of holidays; the result is checked against the range loaded.
    const span = Math.ceil(Math.abs(days) * 1.6) + 30;
    const [lo, hi] = days < 0 ? [plusDays(from, -span), from] : [from, plusDays(from, span)];
    this.check(from);
    const result = addWorkingDays(from, days, await loadExceptions(this.em, lo, hi));
    this.check(result);
    return result;
  }

  async addMonths(from: string, months: number): Promise<string> {
    this.check(from);
    const rough = plusDays(from, months * 31 + 30);
    const result = addMonths(from, months, await loadExceptions(this.em, from, rough));
    this.check(result);
    return result;
  }

  async workingDaysBetween(from: string, to: string): Promise<number> {
    this.check(from, to);
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    return workingDaysBetween(from, to, await loadExceptions(this.em, lo, hi));
  }
}
