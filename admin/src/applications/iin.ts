/**
 * The IIN (ЖСН / ИИН) as the API checks it (api/src/modules/applications/iin.ts), in the browser first so that the
 * operator hears of a mistyped number before submitting: 12 digits; digits 1–6 the birth date (YYMMDD), digit 7 the
 * century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s); digit 12 the weighted sum of the first 11 modulo 11 with
 * weights 1..11, or, when that gives 10, with weights 3..11,1,2 (a second 10: no such number).
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
const CENTURY: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

export function iinCheckDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const sum = (w: number[]) => d.reduce((s, x, i) => s + x * w[i], 0) % 11;
  let c = sum(W1);
  if (c === 10) c = sum(W2);
  return c === 10 ? null : c;
}

/** The birth date an IIN encodes (YYYY-MM-DD), or null. */
export function iinBirthDate(iin: string): string | null {
  if (!/^\d{7}/.test(iin)) return null;
  const century = CENTURY[iin[6]];
  if (!century) return null;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export type IinProblem = 'format' | 'century' | 'birth_date' | 'checksum';

/** What is wrong with an IIN (a translation key suffix), or null when it is valid. */
export function iinProblem(value: string): IinProblem | null {
  const iin = value.replace(/\s/g, '');
  if (!/^\d{12}$/.test(iin)) return 'format';
  if (!CENTURY[iin[6]]) return 'century';
  if (!iinBirthDate(iin)) return 'birth_date';
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]) ? null : 'checksum';
}
