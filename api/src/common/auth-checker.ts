import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * `@Authorized()` needs any signed-in caller; `@Authorized(Role.X, ...)` needs one of those roles.
 * Anonymous callers get UNAUTHENTICATED, signed-in callers without the role get FORBIDDEN.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length === 0 || roles.includes(viewer.role)) return true;
  throw forbidden(`This operation needs one of the roles ${roles.join(', ')}; you are ${viewer.role}.`);
};
