import { isIsoDate } from '../../common/scalars';
import { UserError, UserErrorCode, userError } from '../../common/errors';
import { FormFieldType } from '../catalogue/form.entity';

/** What validation needs of a form field of Appendix 4. */
export interface FormFieldRule {
  key: string;
  type: FormFieldType;
  required: boolean;
  choices?: { value: string }[] | null;
}

const MAX = { [FormFieldType.TEXT]: 500, [FormFieldType.LONG_TEXT]: 4000 } as Partial<Record<FormFieldType, number>>;
const YEAR = /^(19|20)\d{2}$/;
const YEAR_MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
// A period of service may be written as one month or as a range of months.
const YEAR_MONTH_RANGE = /^(19|20)\d{2}-(0[1-9]|1[0-2])(\s*[–-]\s*|\/)(19|20)\d{2}-(0[1-9]|1[0-2])$/;

/** Fields nobody types: the addressee is the office the form goes to, and the signature is made on paper. */
const SYSTEM_FILLED = new Set([FormFieldType.ADDRESSEE, FormFieldType.SIGNATURE]);

/**
 * Checks the answers against the form's definition: every key known, every required field present, each value of its
 * type (dates real, years four digits, choices among the form's). Errors name the field: ["input", "answers", key].
 */
export function answerErrors(fields: FormFieldRule[], answers: Record<string, string>): UserError[] {
  const errors: UserError[] = [];
  const at = (key: string) => ['input', 'answers', key];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(answers)) {
    const field = byKey.get(key);
    if (!field) errors.push(userError(UserErrorCode.INVALID, `The form has no field "${key}".`, at(key)));
    else if (SYSTEM_FILLED.has(field.type)) errors.push(userError(UserErrorCode.INVALID, `"${key}" is filled in by the system or signed on paper, not typed.`, at(key)));
  }
  for (const field of fields) {
    if (SYSTEM_FILLED.has(field.type)) continue;
    const value = answers[field.key]?.trim() ?? '';
    if (!value) {
      if (field.required) errors.push(userError(UserErrorCode.INVALID, `"${field.key}" is required by the form.`, at(field.key)));
      continue;
    }
    const max = MAX[field.type] ?? 200;
    if (value.length > max) errors.push(userError(UserErrorCode.INVALID, `At most ${max} characters.`, at(field.key)));
    switch (field.type) {
      case FormFieldType.DATE:
        if (!isIsoDate(value)) errors.push(userError(UserErrorCode.INVALID, 'Write a date as YYYY-MM-DD.', at(field.key)));
        break;
      case FormFieldType.YEAR:
        if (!YEAR.test(value)) errors.push(userError(UserErrorCode.INVALID, 'Write a year with four digits.', at(field.key)));
        break;
      case FormFieldType.YEAR_MONTH:
        if (!YEAR_MONTH.test(value) && !YEAR_MONTH_RANGE.test(value)) errors.push(userError(UserErrorCode.INVALID, 'Write YYYY-MM, or a period YYYY-MM–YYYY-MM.', at(field.key)));
        break;
      case FormFieldType.CHOICE:
        if (!field.choices?.some((c) => c.value === value)) {
          errors.push(userError(UserErrorCode.INVALID, `Choose one of ${field.choices?.map((c) => c.value).join(', ')}.`, at(field.key)));
        }
        break;
      default:
        break;
    }
  }
  return errors;
}
