import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum UserErrorCode {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
  CONFLICT = 'CONFLICT',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  valuesConfig: {
    INVALID: { description: 'A value is wrong: the field says which.' },
    NOT_FOUND: { description: 'A referenced record does not exist (or is not yours to see).' },
    TAKEN: { description: 'A unique value is already used.' },
    CONFLICT: { description: 'The record changed since you read it (stale version), or an idempotency key was reused for other content.' },
    NOT_ALLOWED: { description: 'The rules do not allow this here (e.g. an operator outside their office).' },
    INVALID_TRANSITION: { description: 'The step is not possible from the current status.' },
  },
});

/** A business failure returned as data in a mutation payload (the request itself was fine). */
@ObjectType()
export class UserError {
  @Field({ description: 'Human-readable explanation, in English.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "login"].' })
  field?: string[] | null;

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
}

export function userError(code: UserErrorCode, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}

export const unauthenticated = (message = 'Sign in first: this operation needs an authenticated caller.') =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message = 'Your role may not perform this operation.') =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

export const serviceUnavailable = () =>
  new GraphQLError('The database is unavailable. Try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } });

/** Error codes safe to show to clients as they are; everything else is masked as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
]);

/** Flushes, turning a concurrent edit caught by the version column into a CONFLICT user error. */
export async function flushOrConflict(em: { flush(): Promise<void> }, what: string): Promise<UserError | null> {
  try {
    await em.flush();
    return null;
  } catch (error) {
    if ((error as Error).name === 'OptimisticLockError') {
      return userError(UserErrorCode.CONFLICT, `The ${what} was changed by someone else meanwhile. Reload and try again.`, ['version']);
    }
    throw error;
  }
}
