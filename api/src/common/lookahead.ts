import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of these selection sets, with inline fragments and named ones (each once on a path) expanded. */
function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet, seen);
      else if (s.kind === Kind.FRAGMENT_SPREAD && !seen.has(s.name.value)) {
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/** What a query selects, as a tree: field name → what it selects below (empty for a leaf). */
export type Selection = ReadonlyMap<string, Selection>;

/**
 * What the query selects below the current field, following `path` (e.g. ['items'] for a page), as a tree, fragments
 * included, so a read model fetches only what will be returned. A field under @skip/@include counts as selected.
 */
export function selectionOf(info: GraphQLResolveInfo, path: string[] = []): Selection {
  // One parsed query, one selection: remembered by its field node (Apollo keeps parsed queries), so SQL built from a
  // selection can be remembered too.
  const key = path.join('.');
  let byPath = selections.get(info.fieldNodes[0]);
  if (!byPath) selections.set(info.fieldNodes[0], (byPath = new Map()));
  let found = byPath.get(key);
  if (!found) byPath.set(key, (found = buildSelection(info, path)));
  return found;
}

const selections = new WeakMap<FieldNode, Map<string, Selection>>();

function buildSelection(info: GraphQLResolveInfo, path: string[]): Selection {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) sets = fieldsOf(info, sets).filter((f) => f.name.value === name).flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  const tree = (level: SelectionSetNode[]): Selection => {
    const byName = new Map<string, SelectionSetNode[]>();
    for (const f of fieldsOf(info, level)) {
      const below = byName.get(f.name.value) ?? [];
      if (f.selectionSet) below.push(f.selectionSet);
      byName.set(f.name.value, below);
    }
    return new Map([...byName].map(([name, below]) => [name, tree(below)]));
  };
  return tree(sets);
}
