import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLObjectType,
  GraphQLOutputType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Estimated objects a query may return: lists count as their page size (or LIST_ESTIMATE). */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 30, maxCost: 20_000 };
const LIST_ESTIMATE = 20;

const unwrapsToList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Rejects operations that are too deep, too costly or use too many aliases, before they run.
 * Introspection fields (`__schema`, `__type`) are exempt: their shape is fixed by the spec.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }

    // `pageSize` is the `first` of the enclosing connection: its `nodes` and `edges` lists have that length.
    const measure = (set: SelectionSetNode, parent: GraphQLObjectType, depth: number, seen: Set<string>, pageSize?: number): Measure => {
      const total: Measure = { depth, cost: 0, aliases: 0 };
      const add = (m: Measure) => {
        total.depth = Math.max(total.depth, m.depth);
        total.cost += m.cost;
        total.aliases += m.aliases;
      };
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) add(measureField(sel, parent, depth, seen, pageSize));
        else {
          const fragment = sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments.get(sel.name.value);
          if (!fragment || (sel.kind === Kind.FRAGMENT_SPREAD && seen.has(sel.name.value))) continue;
          const typeName = fragment.typeCondition?.name.value;
          const type = typeName ? context.getSchema().getType(typeName) : parent;
          const next = sel.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, sel.name.value]) : seen;
          if (isObjectType(type)) add(measure(fragment.selectionSet, type, depth, next, pageSize));
        }
      }
      return total;
    };

    const measureField = (field: FieldNode, parent: GraphQLObjectType, depth: number, seen: Set<string>, pageSize?: number): Measure => {
      const aliases = field.alias ? 1 : 0;
      if (field.name.value.startsWith('__')) return { depth, cost: 0, aliases };
      const def = parent.getFields()[field.name.value];
      if (!def) return { depth, cost: 0, aliases }; // unknown fields are reported by the standard rules
      const type = getNamedType(def.type);
      if (isLeafType(type) || !field.selectionSet || !isObjectType(type)) return { depth, cost: 0, aliases };
      const connectionSize = type.name.endsWith('Connection') ? firstOf(field) : undefined;
      const inner = measure(field.selectionSet, type, depth + 1, seen, connectionSize);
      const length = unwrapsToList(def.type) ? (pageSize ?? LIST_ESTIMATE) : 1;
      return { depth: inner.depth, cost: length * (1 + inner.cost), aliases: aliases + inner.aliases };
    };

    // A variable `first` may be anything up to the cap, so it counts as the cap.
    const firstOf = (field: FieldNode): number => {
      const first = field.arguments?.find((a) => a.name.value === 'first');
      if (!first) return DEFAULT_PAGE_SIZE;
      const value = first.value.kind === Kind.INT ? Number(first.value.value) : MAX_PAGE_SIZE;
      return Math.max(1, Math.min(value, MAX_PAGE_SIZE));
    };

    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? context.getSchema().getQueryType() : node.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getSubscriptionType();
        if (!root) return;
        const m = measure(node.selectionSet, root, 0, new Set());
        const name = node.name?.value ?? 'anonymous';
        if (m.depth > limits.maxDepth) {
          context.reportError(new GraphQLError(`Operation ${name} is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}.`, { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } }));
        }
        if (m.aliases > limits.maxAliases) {
          context.reportError(new GraphQLError(`Operation ${name} uses ${m.aliases} aliases; the limit is ${limits.maxAliases}.`, { nodes: [node], extensions: { code: 'TOO_MANY_ALIASES' } }));
        }
        if (m.cost > limits.maxCost) {
          context.reportError(new GraphQLError(`Operation ${name} could return about ${m.cost} objects; the limit is ${limits.maxCost}. Ask for smaller pages.`, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } }));
        }
      },
    };
  };
}
