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
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((x) => [x.type, x.value]),
  );
  return p as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
};

/** Today in Kazakhstan, YYYY-MM-DD. */
export const businessToday = (now = new Date()): string => {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
};

/** An instant as "DD.MM.YYYY HH:MM" in Kazakhstan (browsers' Kazakh date formats are unreliable). */
export const formatInstant = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
};

/** The browser's local "YYYY-MM-DDTHH:MM" for a datetime-local input, now. */
export const localDateTimeInput = (now = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
};
