import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ApplicationForm, FormField } from './form.entity';
import { LegalAct } from './legal-act.entity';
import { DeadlineRule, DocumentRequirement, ServiceCase, ServiceIndicator, ServiceSchedule } from './rules.entity';
import { Service, ServiceEvent } from './service.entity';

/** A service with everything the standard states, as read in one SQL statement. */
export interface ServiceChildren {
  cases: ServiceCase[];
  deadlines: DeadlineRule[];
  documents: DocumentRequirement[];
  schedules: ServiceSchedule[];
  indicators: ServiceIndicator[];
  history: ServiceEvent[];
  form: ApplicationForm | null;
  /** The acts the standard's legal bases cite, by key. */
  basisActs: Map<string, LegalAct>;
  /** The standard's structured text, for views of a service read without it (e.g. with an application). */
  details: Service['details'];
}
export const CHILDREN = Symbol('serviceChildren');
export type LoadedService = Service & { [CHILDREN]: ServiceChildren };

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
type Row = Record<string, unknown>;

/**
 * The ORM puts one-shot setters (a setter without a getter) on entity prototypes to track changes; a prototype in
 * between with plain data properties of those names makes assigning to a read object cheap.
 */
const plainProtos = new Map<object, object>();
function plainProto(proto: object): object {
  let plain = plainProtos.get(proto);
  if (plain) return plain;
  plain = Object.create(proto) as object;
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
      if (d.set && !d.get && !Object.prototype.hasOwnProperty.call(plain, name)) {
        Object.defineProperty(plain, name, { value: undefined, writable: true, enumerable: true, configurable: true });
      }
    }
  }
  plainProtos.set(proto, plain);
  return plain;
}

/** Turns a JSON row (snake_case columns) into an instance of the entity class, so its getters (e.g. `source`) work. */
function as<T extends object>(cls: { prototype: T }, row: Row, extra: Partial<T> = {}): T {
  const obj = Object.create(plainProto(cls.prototype)) as Record<string, unknown>;
  for (const [k, v] of Object.entries(row)) obj[camel(k)] = k.endsWith('_at') && typeof v === 'string' ? new Date(v) : v;
  return Object.assign(obj, extra) as T;
}

/** The act that repealed act `alias`, read with it: every act the statement returns answers `repealedBy` without a query. */
const REPEALED_BY = (alias: string) => `(select row_to_json(r) from legal_act r where r.id = ${alias}.repealed_by_id)`;

/** An act with the act that repealed it (null when in force); a further level is left to the batched reference loader. */
const actOf = (act: Row, repealedBy: Row | null | undefined) => as(LegalAct, act, { repealedBy: repealedBy ? as(LegalAct, repealedBy) : null });

const CHILD_SQL = `
  (select coalesce(json_agg(c order by c.position), '[]') from service_case c where c.service_id = s.id) as cases,
  (select coalesce(json_agg(d order by d.position), '[]') from deadline_rule d where d.service_id = s.id) as deadlines,
  (select coalesce(json_agg(d order by d.position), '[]') from document_requirement d where d.service_id = s.id) as documents,
  (select coalesce(json_agg(h order by h.channel, h.opens), '[]') from service_schedule h where h.service_id = s.id) as schedules,
  (select coalesce(json_agg(i order by i.code), '[]') from service_indicator i where i.service_id = s.id) as indicators,
  (select coalesce(json_agg(json_build_object('event', e, 'act', ea, 'repealed_by', ${REPEALED_BY('ea')}) order by ea.adopted_on, e.seed_key), '[]')
     from service_event e join legal_act ea on ea.id = e.act_id where e.service_id = s.id) as history,
  (select json_build_object('form', f, 'fields', (select coalesce(json_agg(ff order by ff.position), '[]') from form_field ff where ff.form_id = f.id))
     from application_form f where f.code = s.form_code) as form,
  (select coalesce(json_agg(json_build_object('act', la, 'repealed_by', ${REPEALED_BY('la')})), '[]') from legal_act la
     where la.key in (select jsonb_array_elements(s.details->'legalBases')->>'act')) as basis_acts,
  row_to_json(a) as act,
  ${REPEALED_BY('a')} as act_repealed_by`;

/**
 * Services with their whole standard (cases, deadline rules, documents, schedules, indicators, history, form) in one
 * statement: children are aggregated as JSON by PostgreSQL instead of one query per relation or per row.
 */
export async function loadServices(
  em: EntityManager,
  where: string,
  params: unknown[],
  page?: { offset: number; limit: number },
  orderBy = 's.sort_order, s.code',
  withChildren = true,
): Promise<LoadedService[]> {
  const paging = page ? ` limit ${Number(page.limit)} offset ${Number(page.offset)}` : '';
  // Without children (a list that shows none of them): the service and its act only; a field that wants them
  // later gets them batched (childrenOf below).
  const select = withChildren ? CHILD_SQL : `row_to_json(a) as act, ${REPEALED_BY('a')} as act_repealed_by`;
  const rows = await em
    .getConnection()
    .execute<Row[]>(`select s.*, ${select} from service s join legal_act a on a.id = s.act_id where ${where} order by ${orderBy}${paging}`, params);
  return rows.map((row) => {
    const { cases, deadlines, documents, schedules, indicators, history, form, act, act_repealed_by, basis_acts, ...own } = row as Row & Record<string, any>;
    const service = as(Service, own, { act: actOf(act, act_repealed_by) }) as LoadedService;
    if (!withChildren) return service;
    const caseList = (cases as Row[]).map((c) => as(ServiceCase, c));
    const caseById = new Map(caseList.map((c) => [c.id, c]));
    const withCase = (r: Row) => ({ case: r.case_id ? (caseById.get(r.case_id as string) ?? null) : null });
    service[CHILDREN] = {
      cases: caseList,
      deadlines: (deadlines as Row[]).map((d) => as(DeadlineRule, d, withCase(d))),
      documents: (documents as Row[]).map((d) => as(DocumentRequirement, d, withCase(d))),
      schedules: (schedules as Row[]).map((h) => as(ServiceSchedule, h)),
      indicators: (indicators as Row[]).map((i) => as(ServiceIndicator, i)),
      history: (history as { event: Row; act: Row; repealed_by: Row | null }[]).map((h) => as(ServiceEvent, h.event, { act: actOf(h.act, h.repealed_by) })),
      form: form ? as(ApplicationForm, form.form, { fields: (form.fields as Row[]).map((f) => as(FormField, f)) } as never) : null,
      details: own.details as Service['details'],
      basisActs: new Map((basis_acts as { act: Row; repealed_by: Row | null }[]).map((a) => [a.act.key as string, actOf(a.act, a.repealed_by)])),
    };
    return service;
  });
}


/** Fields of Service that need its children: a list asking for none of them loads none. */
export const CHILD_FIELDS = new Set(['sections', 'cases', 'deadlines', 'documents', 'schedules', 'indicators', 'history', 'form', 'formNote']);

const loaders = new WeakMap<EntityManager, DataLoader<string, ServiceChildren>>();

/** The children of services read without them (a list, an application's service): one statement per request tick. */
export function childrenOf(em: EntityManager, serviceId: string): Promise<ServiceChildren> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const full = await loadServices(em, `s.id in (${ids.map(() => '?').join(', ')})`, [...ids]);
      const byId = new Map(full.map((s) => [s.id, s[CHILDREN]]));
      return ids.map((id) => byId.get(id) ?? new Error(`service ${id} not found`));
    });
    loaders.set(em, loader);
  }
  return loader.load(serviceId);
}
