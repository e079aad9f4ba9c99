import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects at `path` below the field being resolved (through
 * fragments), or null when it does not select the field at `path` at all: what a list statement
 * brings along for each row, e.g. `selectedFields(info, 'nodes', 'facts')` → {key, value, unit}.
 * `__typename` is left out; directives are not evaluated, so a skipped field only costs what it
 * would have cost.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> | null {
  let found = false;
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) names.add(s.name.value);
      } else collect(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet);
    }
  };
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== path[depth]) continue;
        if (depth < path.length - 1) walk(s.selectionSet, depth + 1);
        else {
          found = true;
          collect(s.selectionSet);
        }
      } else walk(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet, depth);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0);
  return found ? names : null;
}
