/**
 * Working-day arithmetic on a Kazakhstan calendar. Dates are calendar dates "YYYY-MM-DD" (Asia/Almaty days), computed
 * in UTC so no time zone can shift them. A day is a working day when it is Monday–Friday and not a day off (holiday,
 * substitute or moved day off), or when it is a weekend day the Government made a working day.
 */
export interface CalendarExceptions {
  /** Weekdays that are not worked: holidays, substitute days off, moved days off. */
  daysOff: ReadonlySet<string>;
  /** Saturdays or Sundays that are worked. */
  workingWeekendDays: ReadonlySet<string>;
}

const DAY = 86_400_000;
export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const toIso = (d: Date) => d.toISOString().slice(0, 10);
export const plusDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY));

export function isWeekend(iso: string): boolean {
  const wd = toDate(iso).getUTCDay();
  return wd === 0 || wd === 6;
}

export function isWorkingDay(iso: string, cal: CalendarExceptions): boolean {
  if (cal.workingWeekendDays.has(iso)) return true;
  return !isWeekend(iso) && !cal.daysOff.has(iso);
}

/** The date `days` working days after `from` (`from` itself not counted); negative counts go backwards. */
export function addWorkingDays(from: string, days: number, cal: CalendarExceptions): string {
  const step = days < 0 ? -1 : 1;
  let left = Math.abs(days);
  let d = from;
  while (left > 0) {
    d = plusDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string, cal: CalendarExceptions): number {
  if (to < from) return -workingDaysBetween(to, from, cal);
  let n = 0;
  for (let d = plusDays(from, 1); d <= to; d = plusDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}

/** The first working day on or after `iso`. */
export function nextWorkingDayFrom(iso: string, cal: CalendarExceptions): string {
  let d = iso;
  while (!isWorkingDay(d, cal)) d = plusDays(d, 1);
  return d;
}

/** Calendar months later (the 31st becomes the month's last day); a day off moves to the next working day. */
export function addMonths(from: string, months: number, cal: CalendarExceptions): string {
  const d = toDate(from);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return nextWorkingDayFrom(toIso(target), cal);
}
