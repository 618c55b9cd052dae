import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HttpError } from 'react-admin';
import { graphqlPath } from '../config';
import { sessionToken } from '../session';

/** An error of the GraphQL response, as the API formats it (api/src/app.ts formatError). */
export interface GraphQLResponseError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    /** BAD_USER_INPUT: class-validator problems, `field` as a dotted path such as "input.login". */
    fields?: { field: string; message: string }[];
  };
}

/** The body of an HttpError thrown by `request`. */
export interface RequestErrorBody {
  code?: string;
  errors?: GraphQLResponseError[];
}

const printed = new WeakMap<object, string>();
const queryText = (document: TypedDocumentNode<unknown, unknown>): string => {
  let text = printed.get(document);
  if (!text) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
};

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  SERVICE_UNAVAILABLE: 503,
};

/** Translation keys for errors whose server message is not meant for the console's users. */
const MESSAGE_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'ra.notification.logged_out',
  FORBIDDEN: 'ra.notification.not_authorized',
  SERVICE_UNAVAILABLE: 'app.errors.unavailable',
  INTERNAL_SERVER_ERROR: 'ra.notification.http_error',
};

/**
 * Runs one typed operation against the API with the session token.
 * GraphQL errors become react-admin HttpErrors: status from extensions.code, the errors in `body`.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const token = sessionToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(graphqlPath(), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: queryText(document as TypedDocumentNode<unknown, unknown>), variables: variables ?? {} }),
    });
  } catch {
    throw new HttpError('ra.notification.offline', 0, {});
  }
  let body: { data?: TResult | null; errors?: GraphQLResponseError[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    const [first] = body.errors;
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    const message = MESSAGE_BY_CODE[code] ?? first.message;
    const status = STATUS_BY_CODE[code] ?? (response.status >= 400 ? response.status : 500);
    throw new HttpError(message, status, { code, errors: body.errors } satisfies RequestErrorBody);
  }
  if (!response.ok || !body?.data) {
    throw new HttpError('ra.notification.http_error', response.status || 500, {});
  }
  return body.data;
}

/** The GraphQL error code carried by an error thrown by `request`, if any. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof HttpError ? (error.body as RequestErrorBody | undefined)?.code : undefined;
