import { ReferenceKind, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Selection } from './lookahead';

/**
 * Read views: instances of an entity class built from a JSON row that PostgreSQL assembled, for the hot read paths
 * (lists, details). They answer `instanceof`, their class's getters work and type-graphql resolves them like entities,
 * but they skip the ORM's hydration and change tracking, which cost more than the query itself on a page of rows.
 * Nothing is ever flushed from a view: mutations load managed entities.
 */
interface Column {
  prop: string;
  column: string;
  date: boolean;
  /** Lazy columns (e.g. an office's search text) are left out of views. */
  lazy: boolean;
}

/** A many-to-one (or owning one-to-one) relation stored in one column. */
interface Ref {
  prop: string;
  column: string;
}

interface Shape {
  proto: object;
  /** `proto` with the given relations as plain data properties, by their names joined (see `view`). */
  protoWith: Map<string, object>;
  columns: Column[];
  refs: Ref[];
  byColumn: Map<string, Column>;
  refByColumn: Map<string, Ref>;
  /** Property → column, for scalar properties and relations alike. */
  columnOf: Map<string, string>;
}

const shapes = new Map<string, Shape>();
const FOREIGN_KEYS = Symbol('foreignKeys');
const MANAGER = Symbol('entityManager');
interface ViewInternals {
  [FOREIGN_KEYS]?: Record<string, unknown>;
  [MANAGER]?: EntityManager;
}

function shapeOf(em: EntityManager, cls: { name: string; prototype: object }): Shape {
  let shape = shapes.get(cls.name);
  if (shape) return shape;
  const meta = em.getMetadata().get(cls.name);
  // The ORM puts one-shot setters on the prototype for every property; plain data properties in between shadow them.
  const proto = Object.create(cls.prototype);
  const columns: Column[] = [];
  const refs: Ref[] = [];
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    const isRef = (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) && prop.fieldNames?.length === 1;
    if (isRef) {
      // A relation not read with the view becomes a reference (by id) only when a resolver asks for it.
      const target = prop.type;
      Object.defineProperty(proto, prop.name, {
        get(this: ViewInternals) {
          const id = this[FOREIGN_KEYS]?.[prop.name];
          const value = id == null ? null : this[MANAGER]!.getReference(target, id as never);
          Object.defineProperty(this, prop.name, { value, writable: true, enumerable: true, configurable: true });
          return value;
        },
        set(this: ViewInternals, value: unknown) {
          Object.defineProperty(this, prop.name, { value, writable: true, enumerable: true, configurable: true });
        },
        enumerable: true,
        configurable: true,
      });
    } else Object.defineProperty(proto, prop.name, { value: undefined, writable: true, enumerable: true, configurable: true });
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.EMBEDDED) {
      columns.push({ prop: prop.name, column: prop.fieldNames[0], date: prop.runtimeType === 'Date', lazy: !!prop.lazy });
    } else if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
      if (prop.fieldNames.length === 1 && (prop.kind === ReferenceKind.MANY_TO_ONE || prop.owner)) refs.push({ prop: prop.name, column: prop.fieldNames[0] });
    }
  }
  shape = {
    proto,
    protoWith: new Map(),
    columns,
    refs,
    byColumn: new Map(columns.map((c) => [c.column, c])),
    refByColumn: new Map(refs.map((r) => [r.column, r])),
    columnOf: new Map([...columns, ...refs].map((c) => [c.prop, c.column])),
  };
  shapes.set(cls.name, shape);
  return shape;
}

/**
 * SQL for a JSON object of an entity's columns under `alias` (`only` these when given, except `omit`), for `view()`;
 * null when the row is missing (a left join).
 */
export function jsonOf(em: EntityManager, cls: { name: string; prototype: object }, alias: string, omit: Iterable<string> = [], only?: readonly string[]): string {
  const shape = shapeOf(em, cls);
  const skip = new Set(omit);
  const keep = only && new Set(only);
  const names = [...shape.columns.filter((c) => !c.lazy).map((c) => c.column), ...shape.refs.map((r) => r.column)].filter((c) => !skip.has(c) && (!keep || keep.has(c)));
  const pairs = (cs: string[]) => cs.map((c) => `'${c}', ${alias}."${c}"`).join(', ');
  // json is cheaper to build and print than jsonb; past 50 columns (a function takes 100 arguments), jsonb's || joins groups.
  if (names.length <= 50) return `case when ${alias}.id is null then null else json_build_object(${pairs(names)}) end`;
  const parts: string[] = [];
  for (let i = 0; i < names.length; i += 40) parts.push(`jsonb_build_object(${pairs(names.slice(i, i + 40))})`);
  return `case when ${alias}.id is null then null else ${parts.join(' || ')} end`;
}

/**
 * The columns a selection of `cls`'s fields needs, for `jsonOf`'s `only`: a field named like a property needs its
 * column (a relation its key); `needs` names the properties other fields read. Undefined (every column) as soon as
 * one selected field is neither, so a field added later is never answered from a missing column.
 */
export function columnsFor(em: EntityManager, cls: { name: string; prototype: object }, selection: Selection, needs: Record<string, readonly string[]> = {}): string[] | undefined {
  const { columnOf } = shapeOf(em, cls);
  const out = new Set<string>(['id']);
  for (const field of selection.keys()) {
    if (field === '__typename') continue;
    const props = needs[field] ?? (columnOf.has(field) ? [field] : undefined);
    if (!props) return undefined;
    for (const prop of props) {
      const column = columnOf.get(prop);
      if (!column) return undefined;
      out.add(column);
    }
  }
  return [...out];
}

/**
 * The prototype for views given these relations: the same, with those relations as plain data properties. Assigning a
 * relation over the lazy getter would take a `defineProperty` per view; over a data property it is a plain store.
 */
function protoFor(shape: Shape, relations: Record<string, unknown>): object {
  let key = '';
  for (const prop in relations) key += prop + ',';
  if (!key) return shape.proto;
  let proto = shape.protoWith.get(key);
  if (!proto) {
    proto = Object.create(shape.proto) as object;
    for (const prop in relations) Object.defineProperty(proto, prop, { value: undefined, writable: true, enumerable: true, configurable: true });
    shape.protoWith.set(key, proto);
  }
  return proto;
}

/** True for a read view: a row as read, never an uninitialised reference. */
export const isView = (value: object): boolean => MANAGER in value;

/** The view of one row made by `jsonOf`; relations are the given views, else references by id (loaded if asked for). */
export function view<T extends object>(em: EntityManager, cls: { name: string; prototype: T }, row: Record<string, unknown>, relations: Record<string, unknown> = {}): T {
  const shape = shapeOf(em, cls);
  const obj = Object.create(protoFor(shape, relations)) as Record<string, unknown>;
  // Only the columns read (a selection reads few of many).
  const keys: Record<string, unknown> = {};
  for (const column in row) {
    const c = shape.byColumn.get(column);
    if (c) {
      const v = row[column];
      obj[c.prop] = c.date && typeof v === 'string' ? new Date(v) : v;
      continue;
    }
    const r = shape.refByColumn.get(column);
    if (r && !(r.prop in relations)) keys[r.prop] = row[column];
  }
  for (const prop in relations) obj[prop] = relations[prop];
  (obj as ViewInternals)[FOREIGN_KEYS] = keys;
  (obj as ViewInternals)[MANAGER] = em;
  return obj as T;
}
