/** One changed value of an audit entry: its dotted path, and the value before and after (undefined: absent). */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves of a JSON value by dotted path; arrays of scalars stay whole (phones), arrays of objects are indexed. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (!entries.length && prefix) out.set(prefix, value);
    for (const [key, v] of entries) flatten(v, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && value.some((v) => isObject(v) || Array.isArray(v))) {
    value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
    if (!value.length) out.set(prefix, value);
  } else {
    out.set(prefix, value);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between `before` and `after`; a creation (before null) lists every value of `after`. */
export function diff(before: unknown, after: unknown): Change[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  if (before != null) flatten(before, '', a);
  if (after != null) flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.filter((p) => !same(a.get(p), b.get(p))).map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}

/** A JSON value in a line: strings bare, the rest as JSON. */
export const show = (value: unknown): string => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));
