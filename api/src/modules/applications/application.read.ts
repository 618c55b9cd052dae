import { raw } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/context';
import { SortDirection } from '../../common/pagination';
import { escapeLike, isUuid } from '../../common/sql';
import { readScope, seesPersonalData } from './access';
import { Application, ApplicationStatus, Timeliness } from './application.entity';
import { ApplicationSortField, type ApplicationFilter, type ApplicationSort } from './inputs';

/**
 * Working days from `today` to the due date (0 on the due date, negative when passed), computed by PostgreSQL with the
 * same rule as the engine (registry_working_days_between, see the applications migration); null once completed.
 */
const REMAINING = `case when a.completed_on is null and a.due_on is not null and a.status <> 'REFUSED_AT_ACCEPTANCE'
  then registry_working_days_between(?::date, a.due_on) end`;

/** SQL for each timeliness, over `a` with today as the parameter. */
const TIMELINESS: Record<Timeliness, string> = {
  [Timeliness.NOT_COUNTED]: `a.status = 'REFUSED_AT_ACCEPTANCE'`,
  [Timeliness.ON_TIME]: `a.completed_on is not null and a.completed_on <= a.due_on`,
  [Timeliness.LATE]: `a.completed_on is not null and a.completed_on > a.due_on`,
  [Timeliness.OPEN]: `a.completed_on is null and a.status <> 'REFUSED_AT_ACCEPTANCE' and a.due_on >= ?::date`,
  [Timeliness.OVERDUE]: `a.completed_on is null and a.status <> 'REFUSED_AT_ACCEPTANCE' and a.due_on < ?::date`,
};

/** The application with what its type exposes joined in, and its remaining working days: one statement. */
function base(em: EntityManager, today: string, connection: 'read' | 'write' = 'write'): QueryBuilder<Application> {
  return em
    .createQueryBuilder(Application, 'a', connection)
    .select(['a.*', raw(`${REMAINING} as remaining_working_days`, [today])])
    .leftJoinAndSelect('a.service', 's')
    .leftJoinAndSelect('a.office', 'o')
    .leftJoinAndSelect('a.department', 'd')
    .leftJoinAndSelect('a.region', 'r')
    .leftJoinAndSelect('a.case', 'c')
    .leftJoinAndSelect('a.termCase', 'tc');
}

export async function findApplications(
  em: EntityManager,
  viewer: Viewer,
  today: string,
  filter: ApplicationFilter | undefined,
  sort: ApplicationSort | undefined,
  page: { offset: number; limit: number },
): Promise<{ items: Application[]; totalCount: number }> {
  const qb = filtered(em, viewer, today, filter);
  const dir = (sort?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc';
  if (sort?.field === ApplicationSortField.DUE_ON) qb.orderBy({ dueOn: `${dir} nulls last`, number: 'asc' });
  else if (sort?.field === ApplicationSortField.NUMBER) qb.orderBy({ number: dir });
  else qb.orderBy({ acceptedAt: dir, number: dir });
  // The page and its total in one statement: the window count is taken before LIMIT applies.
  const items = await qb.addSelect(raw('count(*) over() as matching_count')).limit(page.limit).offset(page.offset).getResult();
  if (items.length) return { items, totalCount: Number(items[0].matchingCount) };
  // Past the last page the window has no row to ride on: count separately.
  return { items, totalCount: page.offset ? await filtered(em, viewer, today, filter).getCount() : 0 };
}

/** The applications the viewer may see, filtered. */
function filtered(em: EntityManager, viewer: Viewer, today: string, filter: ApplicationFilter | undefined): QueryBuilder<Application> {
  // Lists may come from a read replica (docs/scaling.md); one application by id always from the primary.
  const qb = base(em, today, 'read');
  const scope = readScope(viewer);
  qb.where(raw(scope.sql, scope.params));
  if (filter?.status?.length) qb.andWhere({ status: { $in: filter.status } });
  if (filter?.timeliness?.length) {
    const parts = filter.timeliness.map((t) => `(${TIMELINESS[t]})`);
    const params = filter.timeliness.flatMap((t) => (TIMELINESS[t].includes('?') ? [today] : []));
    qb.andWhere(raw(`(${parts.join(' or ')})`, params));
  }
  if (filter?.serviceCode) qb.andWhere({ service: { code: filter.serviceCode.trim().toUpperCase() } });
  if (filter?.officeId) qb.andWhere(isUuid(filter.officeId) ? { office: filter.officeId } : raw('false'));
  if (filter?.departmentId) qb.andWhere(isUuid(filter.departmentId) ? { department: filter.departmentId } : raw('false'));
  if (filter?.region) qb.andWhere({ region: { code: filter.region.toUpperCase() } });
  if (filter?.channel) qb.andWhere({ channel: filter.channel });
  if (filter?.acceptedFrom) qb.andWhere({ acceptedOn: { $gte: filter.acceptedFrom } });
  if (filter?.acceptedTo) qb.andWhere({ acceptedOn: { $lte: filter.acceptedTo } });
  if (filter?.completedFrom) qb.andWhere({ completedOn: { $gte: filter.completedFrom } });
  if (filter?.completedTo) qb.andWhere({ completedOn: { $lte: filter.completedTo } });
  if (filter?.overdue === true) qb.andWhere(raw(TIMELINESS[Timeliness.OVERDUE], [today]));
  if (filter?.overdue === false) qb.andWhere(raw(`not (${TIMELINESS[Timeliness.OVERDUE]})`, [today]));
  if (filter?.dueWithinWorkingDays !== undefined && filter.dueWithinWorkingDays !== null) {
    qb.andWhere(raw(`(${TIMELINESS[Timeliness.OPEN]}) and registry_working_days_between(?::date, a.due_on) <= ?`, [today, today, filter.dueWithinWorkingDays]));
  }
  const search = filter?.search?.trim();
  if (search) {
    const digits = search.replace(/\s/g, '');
    if (/^\d{12}$/.test(digits) && seesPersonalData(viewer)) qb.andWhere({ applicantIin: digits });
    else if (seesPersonalData(viewer) && !/\d/.test(search)) qb.andWhere(raw('a.applicant_last_name ilike ?', [`${escapeLike(search)}%`]));
    else qb.andWhere(raw('a.number ilike ?', [`%${escapeLike(search)}%`]));
  }
  return qb;
}

export async function findApplication(em: EntityManager, viewer: Viewer, today: string, where: { id?: string; number?: string }): Promise<Application | null> {
  if (where.id !== undefined && !isUuid(where.id)) return null;
  const qb = base(em, today);
  const scope = readScope(viewer);
  qb.where(raw(scope.sql, scope.params)).andWhere(where.id ? { id: where.id } : { number: where.number });
  return qb.getSingleResult();
}

/** Timeliness of one application, the same rule as TIMELINESS above. */
export function timelinessOf(a: Pick<Application, 'status' | 'completedOn' | 'dueOn'>, today: string): Timeliness {
  if (a.status === ApplicationStatus.REFUSED_AT_ACCEPTANCE) return Timeliness.NOT_COUNTED;
  if (a.completedOn) return a.completedOn <= a.dueOn! ? Timeliness.ON_TIME : Timeliness.LATE;
  return a.dueOn! < today ? Timeliness.OVERDUE : Timeliness.OPEN;
}
