/** Kazakhstan's offices keep local time: Asia/Almaty (one zone for the whole country since March 2024). */
export const TIME_ZONE = 'Asia/Almaty';
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

let last: { minute: number; parts: { date: string; weekday: string; time: string } } = { minute: NaN, parts: { date: '', weekday: '', time: '' } };

/** The local calendar date, weekday and HH:MM of an instant. */
export function localParts(at: Date): { date: string; weekday: string; time: string } {
  // The zone's offsets are whole hours: one minute has one answer, and formatting is slow enough to remember it.
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === last.minute) return last.parts;
  const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const parts = { date, weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()], time: `${p.hour}:${p.minute}` };
  last = { minute, parts };
  return parts;
}

/** Today's date in Kazakhstan. */
export const localToday = (now = new Date()) => localParts(now).date;
