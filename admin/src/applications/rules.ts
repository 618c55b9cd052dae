import type { Validator } from 'react-admin';
import { normalisePhone } from '../offices/rules';
import { iinBirthDate, iinProblem } from './iin';

/**
 * The API's rules for a new application (api/src/modules/applications), checked in the browser first so that the
 * messages are in the operator's language; the server checks again and its answers land on the same inputs.
 */

export const validateIin: Validator = (value) => {
  const problem = iinProblem(String(value ?? ''));
  return problem ? `app.applications.errors.iin_${problem}` : undefined;
};

/** The birth date must be the one the IIN encodes, and not in the future. */
export const validateBirthDate: Validator = (value, values) => {
  const date = String(value ?? '');
  if (!date) return undefined;
  if (date > new Date().toISOString().slice(0, 10)) return 'app.applications.errors.birth_future';
  const iin = String((values as { applicant?: { iin?: string } })?.applicant?.iin ?? '').replace(/\s/g, '');
  if (iinProblem(iin)) return undefined;
  return iinBirthDate(iin) === date ? undefined : 'app.applications.errors.birth_date_iin';
};

export const validatePhone: Validator = (value) => {
  const printed = String(value ?? '').trim();
  if (!printed) return undefined;
  return normalisePhone(printed) ? undefined : 'app.offices.errors.phone';
};

const YEAR = /^(19|20)\d{2}$/;
const YEAR_MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
const YEAR_MONTH_RANGE = /^(19|20)\d{2}-(0[1-9]|1[0-2])(\s*[–-]\s*|\/)(19|20)\d{2}-(0[1-9]|1[0-2])$/;

export const validateYear: Validator = (value) => {
  const v = String(value ?? '').trim();
  return !v || YEAR.test(v) ? undefined : 'app.applications.errors.year';
};

export const validateYearMonth: Validator = (value) => {
  const v = String(value ?? '').trim();
  return !v || YEAR_MONTH.test(v) || YEAR_MONTH_RANGE.test(v) ? undefined : 'app.applications.errors.year_month';
};

/** Form fields the server fills in from the applicant and the day when left empty (applicationSubmit). */
export const SERVER_FILLED = new Set(['fullName', 'birthDate', 'birthYear', 'address', 'date']);

/** Field types nobody types: the addressee follows from the place, the signature is made on paper. */
export const NOT_TYPED = new Set(['ADDRESSEE', 'SIGNATURE']);

/** The longest answer the API accepts, by field type. */
export const maxAnswerLength = (type: string) => (type === 'LONG_TEXT' ? 4000 : type === 'TEXT' ? 500 : 200);
