import type { Role } from '../../../schema/generated/graphql';

export const ROLES: readonly Role[] = ['ADMIN', 'SUPERVISOR', 'DIRECTORY_ADMIN', 'OPERATOR', 'INTEGRATOR'];

export const ROLE_COLORS: Record<Role, 'primary' | 'secondary' | 'info' | 'success' | 'default'> = {
  ADMIN: 'primary',
  SUPERVISOR: 'info',
  DIRECTORY_ADMIN: 'success',
  OPERATOR: 'default',
  INTEGRATOR: 'secondary',
};
