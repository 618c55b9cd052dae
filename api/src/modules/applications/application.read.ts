import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/context';
import { SortDirection } from '../../common/pagination';
import { escapeLike, isUuid, preparedRead } from '../../common/sql';
import { readScope, seesPersonalData } from './access';
import { columnsFor, jsonOf, view } from '../../common/views';
import type { Selection } from '../../common/lookahead';
import { Region } from '../catalogue/region.entity';
import { ServiceCase } from '../catalogue/rules.entity';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';
import { Application, ApplicationEvent, ApplicationStatus, Timeliness } from './application.entity';
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

/** Heavy JSON columns, with the fields that need them: left out of the statement unless the query asks for one. */
const HEAVY: Record<string, string[]> = {
  receipt: ['receipt'],
  answers: ['answers'],
  documents: ['documents'],
  missing_documents: ['missingDocuments'],
  term: ['term'],
  extension: ['extension', 'allowedActions'],
};
/** What each field of the applicant reads of the application (see the resolver): personal data not asked for is not read. */
const APPLICANT: Record<string, string[]> = {
  iin: ['applicantIin'],
  lastName: ['applicantLastName'],
  firstName: ['applicantFirstName'],
  patronymic: ['applicantPatronymic'],
  fullName: ['applicantLastName', 'applicantFirstName', 'applicantPatronymic'],
  birthDate: ['applicantBirthDate'],
  phone: ['applicantPhone'],
  address: ['applicantAddress'],
  masked: [],
  __typename: [],
};
const applicantNeeds = (selected: Selection | undefined) =>
  selected && [...selected.keys()].every((f) => f in APPLICANT) ? [...selected.keys()].flatMap((f) => APPLICANT[f]) : Object.values(APPLICANT).flat();
/** What the fields that are not columns read of the application (see the resolver), for `columnsFor`. */
const NEEDS: Record<string, string[]> = {
  timeliness: ['status', 'completedOn', 'dueOn'],
  remainingWorkingDays: ['completedOn', 'dueOn'],
  allowedActions: ['status', 'channel', 'handedOverOn', 'extension', 'dueProvisional'],
  history: [],
};
/** Never returned: stored for idempotent retries only. */
const INTERNAL = ['payload_hash', 'idempotency_key'];
const RELATIONS = {
  service: { cls: Service, alias: 's', key: 'service_id', join: 'left join service s on s.id = a.service_id', omit: ['details'] },
  case: { cls: ServiceCase, alias: 'c', key: 'case_id', join: 'left join service_case c on c.id = a.case_id', omit: [] },
  termCase: { cls: ServiceCase, alias: 'tc', key: 'term_case_id', join: 'left join service_case tc on tc.id = a.term_case_id', omit: [] },
  office: { cls: Office, alias: 'o', key: 'office_id', join: 'left join office o on o.id = a.office_id', omit: [] },
  department: { cls: Department, alias: 'd', key: 'department_id', join: 'left join department d on d.id = a.department_id', omit: [] },
  region: { cls: Region, alias: 'r', key: 'region_id', join: 'left join region r on r.id = a.region_id', omit: [] },
} as const;
type Relation = keyof typeof RELATIONS;

/** Preloaded with a read view: the history, and whether the standard allows a reasoned refusal (allowedActions). */
export const HISTORY = Symbol('history');
export type ApplicationView = Application & { [HISTORY]?: ApplicationEvent[]; reasonedRefusalPossible?: boolean };

/**
 * One statement for a page of applications, or one application, with what the query selects of it (`fields`, the
 * names selected on Application) and nothing more: heavy JSON columns, relations, remaining working days, the
 * refusal flag and the history only when asked for. Rows become read views (common/views.ts).
 */
function projection(em: EntityManager, fields: Selection, today: string, many = false) {
  // The SQL depends on the selection only (the same parsed query gives the same selection object): built once.
  let shapes = projections.get(fields);
  if (!shapes) projections.set(fields, (shapes = new Map()));
  let shape = shapes.get(many);
  if (!shape) shapes.set(many, (shape = projectionShape(em, fields, many)));
  const { select, joins, relations, needsToday, texts } = shape;
  return {
    select,
    joins,
    texts,
    params: needsToday ? [today] : [],
    toViews(rows: Record<string, any>[]): ApplicationView[] {
      // A page's rows share a few services and offices, each sent once (see projectionShape): one view each, reused.
      const seen = relations.map((r) => {
        const byKey = new Map<unknown, unknown>();
        for (const row of rows) if (row[r]) byKey.set(row.a[RELATIONS[r].key], view(em, RELATIONS[r].cls as never, row[r]));
        return byKey;
      });
      return rows.map((row) => {
        const rel: Record<string, unknown> = {};
        relations.forEach((r, i) => {
          const key = row.a[RELATIONS[r].key];
          rel[r] = key == null ? null : seen[i].get(key) ?? null;
        });
        const a = view(em, Application, row.a, rel) as ApplicationView;
        a.remainingWorkingDays = row.remaining_working_days;
        if (row.can_refuse !== null) a.reasonedRefusalPossible = row.can_refuse;
        if (row.history) a[HISTORY] = (row.history as Record<string, unknown>[]).map((e) => view(em, ApplicationEvent, e, { application: a }));
        return a;
      });
    },
  };
}

const projections = new WeakMap<Selection, Map<boolean, ReturnType<typeof projectionShape>>>();

function projectionShape(em: EntityManager, fields: Selection, many: boolean) {
  const omit = [...INTERNAL, ...Object.entries(HEAVY).filter(([, by]) => !by.some((f) => fields.has(f))).map(([c]) => c)];
  const relations = (Object.keys(RELATIONS) as Relation[]).filter((r) => fields.has(r));
  const allowed = fields.has('allowedActions');
  const history = fields.has('history');
  // Only the columns the selected fields read (all of them when a field's needs are not known).
  const select = [
    `${jsonOf(em, Application, 'a', omit, columnsFor(em, Application, fields, { ...NEEDS, applicant: applicantNeeds(fields.get('applicant')) }))} as a`,
    ...relations.map((r) => {
      const json = jsonOf(em, RELATIONS[r].cls, RELATIONS[r].alias, RELATIONS[r].omit, columnsFor(em, RELATIONS[r].cls, fields.get(r)!));
      // Many rows: a service or office only on the first row that names it (the rest repeat its key), which spares
      // sending and parsing the same titles twenty times.
      return many ? `case when row_number() over (partition by a.${RELATIONS[r].key}) = 1 then ${json} end as "${r}"` : `${json} as "${r}"`;
    }),
    fields.has('remainingWorkingDays') ? `${REMAINING} as remaining_working_days` : 'null as remaining_working_days',
    allowed
      ? `(select coalesce(bool_or(coalesce((x->>'reasonedRefusalPossible')::boolean, false)), false) from jsonb_array_elements(coalesce(sa.details->'results', '[]')) x) as can_refuse`
      : 'null as can_refuse',
    history ? `(select coalesce(json_agg(${jsonOf(em, ApplicationEvent, 'e', [], columnsFor(em, ApplicationEvent, fields.get('history')!))} order by e.at, e.created_at), '[]') from application_event e where e.application_id = a.id) as history` : 'null as history',
  ].join(',\n ');
  const joins = [...relations.map((r) => RELATIONS[r].join), ...(allowed ? ['left join service sa on sa.id = a.service_id'] : [])].join('\n ');
  return { select, joins, relations, needsToday: fields.has('remainingWorkingDays'), texts: new Map<string, string>() };
}

export async function findApplications(
  em: EntityManager,
  viewer: Viewer,
  today: string,
  filter: ApplicationFilter | undefined,
  sort: ApplicationSort | undefined,
  page: { offset: number; limit: number },
  fields: Selection,
): Promise<{ items: Application[]; totalCount: number }> {
  const where = conditions(viewer, today, filter);
  const dir = (sort?.direction ?? SortDirection.DESC) === SortDirection.ASC ? 'asc' : 'desc';
  const order =
    sort?.field === ApplicationSortField.DUE_ON ? `a.due_on ${dir} nulls last, a.number asc` : sort?.field === ApplicationSortField.NUMBER ? `a.number ${dir}` : `a.accepted_at ${dir}, a.number ${dir}`;
  const p = projection(em, fields, today, true);
  // The page is chosen on the application table alone (its indexes, its rows read once), then dressed; the total is one
  // uncorrelated count.
  // The limit and offset are written into the text: with parameters there PostgreSQL guesses a tenth of the rows,
  // finds its cached plan dearer than a fresh one and plans every execution anew.
  // Lists may come from a read replica (docs/scaling.md); one application by id always from the primary.
  const rows = await preparedRead<Record<string, any>>(
    em,
    'read',
    `with page as (select a.* from application a where ${where.sql} order by ${order} limit ${Number(page.limit)} offset ${Number(page.offset)})
     select ${p.select},
       (select count(*)::int from application a where ${where.sql}) as total_count
       from page a
       ${p.joins}
      order by ${order}`,
    [...where.params, ...p.params, ...where.params],
  );
  if (rows.length) return { items: p.toViews(rows), totalCount: rows[0].total_count };
  // Past the last page there is no row to carry the count: count separately.
  if (!page.offset) return { items: [], totalCount: 0 };
  const [{ n }] = await em.getConnection('read').execute<{ n: number }[]>(`select count(*)::int as n from application a where ${where.sql}`, where.params);
  return { items: [], totalCount: n };
}

/** The applications the viewer may see, filtered: SQL over `a` with its parameters. */
function conditions(viewer: Viewer, today: string, filter: ApplicationFilter | undefined): { sql: string; params: unknown[] } {
  const scope = readScope(viewer);
  const parts = [scope.sql];
  const params: unknown[] = [...scope.params];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    params.push(...values);
  };
  if (filter?.status?.length) add(`a.status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
  if (filter?.timeliness?.length) {
    const sql = filter.timeliness.map((t) => `(${TIMELINESS[t]})`);
    add(`(${sql.join(' or ')})`, ...filter.timeliness.flatMap((t) => (TIMELINESS[t].includes('?') ? [today] : [])));
  }
  if (filter?.serviceCode) add('a.service_id = (select id from service where code = ?)', filter.serviceCode.trim().toUpperCase());
  if (filter?.officeId) add(isUuid(filter.officeId) ? 'a.office_id = ?' : 'false', ...(isUuid(filter.officeId) ? [filter.officeId] : []));
  if (filter?.departmentId) add(isUuid(filter.departmentId) ? 'a.department_id = ?' : 'false', ...(isUuid(filter.departmentId) ? [filter.departmentId] : []));
  if (filter?.region) add('a.region_id = (select id from region where code = ?)', filter.region.toUpperCase());
  if (filter?.channel) add('a.channel = ?', filter.channel);
  if (filter?.acceptedFrom) add('a.accepted_on >= ?', filter.acceptedFrom);
  if (filter?.acceptedTo) add('a.accepted_on <= ?', filter.acceptedTo);
  if (filter?.completedFrom) add('a.completed_on >= ?', filter.completedFrom);
  if (filter?.completedTo) add('a.completed_on <= ?', filter.completedTo);
  if (filter?.overdue === true) add(TIMELINESS[Timeliness.OVERDUE], today);
  if (filter?.overdue === false) add(`not (${TIMELINESS[Timeliness.OVERDUE]})`, today);
  if (filter?.dueWithinWorkingDays !== undefined && filter.dueWithinWorkingDays !== null) {
    add(`(${TIMELINESS[Timeliness.OPEN]}) and registry_working_days_between(?::date, a.due_on) <= ?`, today, today, filter.dueWithinWorkingDays);
  }
  const search = filter?.search?.trim();
  if (search) {
    const digits = search.replace(/\s/g, '');
    if (/^\d{12}$/.test(digits) && seesPersonalData(viewer)) add('a.applicant_iin = ?', digits);
    else if (seesPersonalData(viewer) && !/\d/.test(search)) add('a.applicant_last_name ilike ?', `${escapeLike(search)}%`);
    else add('a.number ilike ?', `%${escapeLike(search)}%`);
  }
  return { sql: parts.map((x) => `(${x})`).join(' and '), params };
}

export async function findApplication(
  em: EntityManager,
  viewer: Viewer,
  today: string,
  where: { id?: string; number?: string },
  fields: Selection,
): Promise<Application | null> {
  if (where.id !== undefined && !isUuid(where.id)) return null;
  const [found] = await readWhere(em, viewer, today, where.id ? 'a.id = ?' : 'a.number = ?', [where.id ?? where.number], fields);
  return found ?? null;
}

/** Applications by id (those the viewer may see), in one statement: what a batch of submissions answers with. */
export async function findApplicationsByIds(em: EntityManager, viewer: Viewer, today: string, ids: string[], fields: Selection): Promise<Map<string, Application>> {
  if (!ids.length) return new Map();
  const found = await readWhere(em, viewer, today, 'a.id = any(?::uuid[])', [ids], fields);
  return new Map(found.map((a) => [a.id, a]));
}

async function readWhere(em: EntityManager, viewer: Viewer, today: string, sql: string, params: unknown[], fields: Selection): Promise<ApplicationView[]> {
  const scope = readScope(viewer);
  const p = projection(em, fields, today);
  // The text is kept per selection and condition (a handful): building and hashing it anew cost more than the lookup.
  const key = `${scope.sql}\u0000${sql}`;
  let text = p.texts.get(key);
  if (!text) p.texts.set(key, (text = `select ${p.select} from application a ${p.joins} where (${scope.sql}) and ${sql}`));
  // Always the primary: a detail opened, or an application just stored, must not lag behind on a replica.
  const rows = await preparedRead<Record<string, any>>(em, 'write', text, [...p.params, ...scope.params, ...params]);
  return p.toViews(rows);
}

/** Timeliness of one application, the same rule as TIMELINESS above. */
export function timelinessOf(a: Pick<Application, 'status' | 'completedOn' | 'dueOn'>, today: string): Timeliness {
  if (a.status === ApplicationStatus.REFUSED_AT_ACCEPTANCE) return Timeliness.NOT_COUNTED;
  if (a.completedOn) return a.completedOn <= a.dueOn! ? Timeliness.ON_TIME : Timeliness.LATE;
  return a.dueOn! < today ? Timeliness.OVERDUE : Timeliness.OPEN;
}
