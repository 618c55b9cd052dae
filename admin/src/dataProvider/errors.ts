import { HttpError } from 'react-admin';
import type { RequestErrorBody } from './request';

/** A problem with one input, from a payload's `userErrors` or from a BAD_USER_INPUT error. */
export interface FieldProblem {
  /** e.g. ["input", "login"], or ["version"]. */
  path: readonly string[] | null | undefined;
  message: string;
  code?: string;
}

/** UserErrorCodes with a translated explanation; the others (INVALID) keep the server's specific message. */
const TRANSLATED_CODES = new Set(['TAKEN', 'NOT_FOUND', 'CONFLICT', 'NOT_ALLOWED', 'INVALID_TRANSITION']);

const messageOf = (problem: FieldProblem): string =>
  problem.code && TRANSLATED_CODES.has(problem.code) ? `app.errors.${problem.code}` : problem.message;

/** The input name a problem is about: the path without its leading argument name ("input"), dotted as react-hook-form names nested inputs. */
const fieldOf = (path: FieldProblem['path']): string | undefined => {
  if (!path?.length) return undefined;
  const rest = path[0] === 'input' ? path.slice(1) : path;
  return rest.length ? rest.join('.') : undefined;
};

/**
 * The inputs of a form, by name: "login", or "name.kk" for a nested input, or "phones.*" for every input under
 * an array input ("phones.0", "openingHours.1.closes"): the API's paths ["input", "phones", "0"] reach them.
 */
export type FormFields = readonly string[];

/** Whether a problem's field is an input of the form (exactly, or under a "prefix.*" pattern). */
export const isFormField = (field: string, formFields: FormFields): boolean =>
  formFields.some((pattern) =>
    pattern.endsWith('.*') ? field.startsWith(pattern.slice(0, -1)) && field.length > pattern.length - 1 : field === pattern,
  );

/** A translated message for an INVALID problem of a field (e.g. "phones.0"), when the console has one. */
export type MessageFor = (field: string, problem: FieldProblem) => string | undefined;

/**
 * A react-admin server-side validation error: `body.errors` maps each input of the form to its message,
 * and `root.serverError` carries what the notification says (problems about inputs the form does not have
 * must not be set on the form, or they would block the next submission).
 */
export function validationError(problems: readonly FieldProblem[], formFields: FormFields, messageFor?: MessageFor): HttpError {
  const errors: Record<string, unknown> = {};
  let outside: FieldProblem | undefined;
  for (const problem of problems) {
    const field = fieldOf(problem.path);
    if (field && isFormField(field, formFields)) {
      // Flat dotted keys: react-admin hands each to react-hook-form's setError, which reads the dots as nesting.
      if (!(field in errors)) errors[field] = (problem.code === 'INVALID' && messageFor?.(field, problem)) || messageOf(problem);
    } else {
      outside ??= problem;
    }
  }
  // A problem about no input of the form (e.g. ["id"]: "the term has ended") may still have a translated message.
  const outsideField = outside ? (fieldOf(outside.path) ?? '') : '';
  const serverError = outside
    ? (outside.code === 'INVALID' && messageFor?.(outsideField, outside)) || messageOf(outside)
    : 'ra.message.invalid_form';
  errors.root = { serverError };
  return new HttpError(serverError, 400, { errors });
}

/** Turns a BAD_USER_INPUT error of `request` into a form validation error; other errors pass through. */
export function asFormError(error: unknown, formFields: FormFields, messageFor?: MessageFor): unknown {
  if (!(error instanceof HttpError)) return error;
  const body = error.body as RequestErrorBody | undefined;
  if (body?.code !== 'BAD_USER_INPUT') return error;
  const problems: FieldProblem[] = (body.errors ?? []).flatMap((e) =>
    (e.extensions?.fields ?? []).map((f) => ({ path: f.field.split('.'), message: f.message, code: 'INVALID' })),
  );
  return problems.length ? validationError(problems, formFields, messageFor) : error;
}

/** Calls a mutation and rejects with a form validation error when it reports userErrors. */
export async function mutate<TPayload extends { userErrors: readonly FieldProblemLike[] }>(
  run: () => Promise<TPayload>,
  formFields: FormFields,
  messageFor?: MessageFor,
): Promise<TPayload> {
  let payload: TPayload;
  try {
    payload = await run();
  } catch (error) {
    throw asFormError(error, formFields, messageFor);
  }
  if (payload.userErrors.length) {
    throw validationError(
      payload.userErrors.map((e) => ({ path: e.field, message: e.message, code: e.code })),
      formFields,
      messageFor,
    );
  }
  return payload;
}

export interface FieldProblemLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

export const notFound = () => new HttpError('ra.notification.item_doesnt_exist', 404, {});
export const notSupported = () => new HttpError('app.errors.not_supported', 405, {});
