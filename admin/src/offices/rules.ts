/**
 * The API's rules for an office (api/src/modules/directory, api/src/common/phones.ts), checked in the browser first
 * so that the messages are in the user's language; the server checks again and its answers land on the same inputs.
 */

export const OFFICE_KINDS = ['CITY_DEPARTMENT', 'DISTRICT_DEPARTMENT', 'SUB_DEPARTMENT', 'OTHER'] as const;
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;

/**
 * A Kazakhstan number as E.164 (+7 and ten digits, the first of them 7), or null: "8 (7172) 72-18-54",
 * "+7 701 123 45 67", "87172721854", "7172721854". Eleven digits start with 8 or 7; ten digits are the national part.
 */
export function normalisePhone(printed: string): string | null {
  const value = printed.trim();
  if (!/^[\d\s()+\-./]{5,30}$/.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  let national: string | null = null;
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) national = digits.slice(1);
  else if (digits.length === 10) national = digits;
  if (!national || !/^7\d{9}$/.test(national)) return null;
  if (value.startsWith('+') && !digits.startsWith('7')) return null;
  return `+7${national}`;
}

export const POSTCODE = /^\d{6}$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface HoursRow {
  days?: string[] | null;
  opens?: string | null;
  closes?: string | null;
  lunchFrom?: string | null;
  lunchTo?: string | null;
}

/** Problems of one row of opening hours, by input, as translation keys (null: fine). */
export function hoursProblems(row: HoursRow): Partial<Record<keyof HoursRow, string>> {
  const problems: Partial<Record<keyof HoursRow, string>> = {};
  const opens = row.opens?.trim() ?? '';
  const closes = row.closes?.trim() ?? '';
  const lunchFrom = row.lunchFrom?.trim() ?? '';
  const lunchTo = row.lunchTo?.trim() ?? '';
  if (!row.days?.length || row.days.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) problems.days = 'app.offices.errors.days';
  if (!TIME.test(opens)) problems.opens = 'app.offices.errors.time';
  if (!TIME.test(closes)) problems.closes = 'app.offices.errors.time';
  else if (TIME.test(opens) && closes <= opens) problems.closes = 'app.offices.errors.closes_after_opens';
  if (lunchFrom || lunchTo) {
    if (!lunchFrom) problems.lunchFrom = 'app.offices.errors.lunch_both';
    else if (!lunchTo) problems.lunchTo = 'app.offices.errors.lunch_both';
    else if (!TIME.test(lunchFrom)) problems.lunchFrom = 'app.offices.errors.time';
    else if (!TIME.test(lunchTo)) problems.lunchTo = 'app.offices.errors.time';
    else if (lunchFrom >= lunchTo || (TIME.test(opens) && lunchFrom < opens) || (TIME.test(closes) && lunchTo > closes)) {
      problems.lunchFrom = 'app.offices.errors.lunch_inside';
    }
  }
  return problems;
}
