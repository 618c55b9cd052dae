import type { Viewer } from '../../common/context';
import { forbidden } from '../../common/errors';
import { ApiKeyScope } from '../auth/api-key.entity';
import { Role } from '../users/user.entity';

/**
 * Who may see and act on which applications:
 * - OPERATOR: those of their place of work (the centre office where it was filed, or the department that decides it);
 * - SUPERVISOR: those of their region, or all when not limited to one (read only);
 * - INTEGRATOR: those its own account submitted, with the applications:write scope.
 * Nobody else reads applications: they hold personal data.
 */
export interface Placed {
  officeId: string | null;
  departmentId: string | null;
  regionId: string;
  submittedById: string;
}

export const hasScope = (viewer: Viewer, scope: ApiKeyScope) => viewer.via !== 'apiKey' || (viewer.scopes ?? []).includes(scope);

export function requireScope(viewer: Viewer, scope: ApiKeyScope): void {
  if (!hasScope(viewer, scope)) throw forbidden(`This API key lacks the scope "${scope}".`);
}

export function canRead(viewer: Viewer, a: Placed): boolean {
  switch (viewer.role) {
    case Role.OPERATOR:
      return (!!viewer.officeId && viewer.officeId === a.officeId) || (!!viewer.departmentId && viewer.departmentId === a.departmentId);
    case Role.SUPERVISOR:
      return !viewer.regionId || viewer.regionId === a.regionId;
    case Role.INTEGRATOR:
      return a.submittedById === viewer.userId && hasScope(viewer, ApiKeyScope.APPLICATIONS_WRITE);
    default:
      return false;
  }
}

/** Supervisors watch; operators and integrators act. */
export const canAct = (viewer: Viewer, a: Placed) => viewer.role !== Role.SUPERVISOR && canRead(viewer, a);

/** The same rule as SQL over the application table aliased `a`, with its parameters. */
export function readScope(viewer: Viewer): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case Role.OPERATOR: {
      // Only the operator's own place: a condition on a null would keep PostgreSQL from using one index (and a plan).
      const places = [
        ...(viewer.officeId ? [{ sql: 'a.office_id = ?', param: viewer.officeId }] : []),
        ...(viewer.departmentId ? [{ sql: 'a.department_id = ?', param: viewer.departmentId }] : []),
      ];
      return places.length ? { sql: `(${places.map((p) => p.sql).join(' or ')})`, params: places.map((p) => p.param) } : { sql: 'false', params: [] };
    }
    case Role.SUPERVISOR:
      return viewer.regionId ? { sql: 'a.region_id = ?', params: [viewer.regionId] } : { sql: 'true', params: [] };
    case Role.INTEGRATOR:
      return hasScope(viewer, ApiKeyScope.APPLICATIONS_WRITE) ? { sql: 'a.submitted_by_id = ?', params: [viewer.userId] } : { sql: 'false', params: [] };
    default:
      return { sql: 'false', params: [] };
  }
}

/** Full personal data for those who register and process; supervisors see it masked. */
export const seesPersonalData = (viewer: Viewer) => viewer.role === Role.OPERATOR || viewer.role === Role.INTEGRATOR;
