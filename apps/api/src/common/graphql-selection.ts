import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the query selects the field at `path` below the field being resolved, through fragments
 * too (`selects(info, 'nodes', 'facts')`). Lets a list statement bring along what its rows will be
 * asked for; directives are not evaluated, so a skipped field only costs what it would have cost.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const within = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === path[depth] && (depth === path.length - 1 || within(s.selectionSet, depth + 1));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, depth);
      return within(info.fragments[s.name.value]?.selectionSet, depth);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, 0));
}
