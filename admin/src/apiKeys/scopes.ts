import type { ApiKeyScope } from '../../../schema/generated/graphql';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['APPLICATIONS_WRITE', 'FEEDBACK_WRITE', 'CATALOGUE_READ'];

/** The API's own names of the scopes ("applications:write"), as integrators see them in the documentation. */
export const SCOPE_NAMES: Record<ApiKeyScope, string> = {
  APPLICATIONS_WRITE: 'applications:write',
  FEEDBACK_WRITE: 'feedback:write',
  CATALOGUE_READ: 'catalogue:read',
};
