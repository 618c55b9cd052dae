/**
 * Normalises a Kazakhstan phone number typed by an administrator to E.164 (+7 and ten digits, the first of them 7:
 * landlines 7xxx and mobiles 70x/77x). Accepts the usual ways of writing it: "8 (7172) 72-18-54", "+7 701 123 45 67",
 * "87172721854". Returns null when the digits cannot be such a number.
 */
export function normalisePhone(printed: string): string | null {
  if (!/^[\d\s()+\-./]{5,30}$/.test(printed)) return null;
  const digits = printed.replace(/\D/g, '');
  let national: string | null = null;
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) national = digits.slice(1);
  else if (digits.length === 10) national = digits;
  if (!national || !/^7\d{9}$/.test(national)) return null;
  if (printed.trim().startsWith('+') && !digits.startsWith('7')) return null;
  return `+7${national}`;
}
