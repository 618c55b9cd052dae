/**
 * The individual identification number (ЖСН / ИИН): 12 digits. Digits 1–6 are the birth date (YYMMDD), digit 7 the
 * century and sex (1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd for men), digit 12 a check digit: the weighted sum of the
 * first 11 digits modulo 11 with weights 1..11, or, when that gives 10, with weights 3..11,1,2; a second 10 means the
 * number cannot exist.
 */
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function iinCheckDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const sum = (w: number[]) => d.reduce((s, x, i) => s + x * w[i], 0) % 11;
  let c = sum(W1);
  if (c === 10) c = sum(W2);
  return c === 10 ? null : c;
}

export type IinProblem = 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE' | 'CENTURY';

/** What is wrong with an IIN, or null when it is valid. */
export function iinProblem(iin: string): IinProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'FORMAT';
  const century = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }[iin[6]];
  if (!century) return 'CENTURY';
  if (!iinBirthDate(iin)) return 'BIRTH_DATE';
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]) ? null : 'CHECKSUM';
}

/** The birth date an IIN encodes (YYYY-MM-DD), or null when its first seven digits are not a date. */
export function iinBirthDate(iin: string): string | null {
  const century = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }[iin[6]];
  if (!century) return null;
  const year = century + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** A valid IIN for a birth date and a serial (tests and demo data): the serial is bumped past numbers with no check digit. */
export function makeIin(birthDate: string, male: boolean, serial: number): string {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const centuryDigit = (year < 1900 ? 1 : year < 2000 ? 3 : 5) + (male ? 0 : 1);
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${centuryDigit}${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return first11 + check;
  }
}

/** "900101300123" → "900101*****3": enough to recognise, not enough to use. */
export const maskIin = (iin: string) => `${iin.slice(0, 6)}*****${iin.slice(11)}`;
