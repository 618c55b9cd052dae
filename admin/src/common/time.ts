/** Business dates are Kazakhstan's (Asia/Almaty), as the API counts them, whatever the browser's time zone. */
export const BUSINESS_TIME_ZONE = 'Asia/Almaty';

const parts = (date: Date) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: BUSINESS_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return p as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;
};

/** Today in Kazakhstan, YYYY-MM-DD. */
export const businessToday = (now = new Date()): string => {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
};

/** An instant as "DD.MM.YYYY HH:MM" (with `seconds`, "HH:MM:SS") in Kazakhstan (browsers' Kazakh date formats are unreliable). */
export const formatInstant = (iso: string | null | undefined, seconds = false): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}${seconds ? `:${p.second}` : ''}`;
};

/** The browser's local "YYYY-MM-DDTHH:MM" for a datetime-local input, now. */
export const localDateTimeInput = (now = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
};

/** How far Kazakhstan's clock is ahead of UTC at an instant, in milliseconds (UTC+6 until March 2024, UTC+5 since). */
const businessOffset = (instant: number): number => {
  const p = parts(new Date(instant));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - Math.floor(instant / 1000) * 1000;
};

/**
 * The instant a `YYYY-MM-DD` day starts (or, with `end`, its last millisecond) in Kazakhstan, as ISO 8601; undefined
 * for anything else. Date-range filters over instants use it, so that a day means the same day the console shows.
 */
export const businessDayBound = (day: string | undefined, end = false): string | undefined => {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const midnight = Date.UTC(y, m - 1, d + (end ? 1 : 0));
  if (Number.isNaN(midnight)) return undefined;
  // The offset at the guess, then at the corrected instant (the two differ only across a change of the zone's offset).
  let instant = midnight - businessOffset(midnight);
  instant = midnight - businessOffset(instant);
  return new Date(end ? instant - 1 : instant).toISOString();
};
