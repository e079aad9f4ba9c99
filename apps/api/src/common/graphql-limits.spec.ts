import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './graphql-limits';

// A schema with a cycle, so depth can grow without end.
const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): NodeConnection! }
  type Node { id: ID!, parent: Node, children: [Node!]! }
  type NodeConnection { nodes: [Node!]!, totalCount: Int! }
`);
const rule = queryLimitsRule({ maxDepth: 5, maxAliases: 3, maxCost: 1000 });
const errors = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('queryLimitsRule', () => {
  it('accepts a query within every limit', () => {
    expect(errors(`{ node { parent { parent { id } } } }`)).toEqual([]);
  });

  it('refuses a query deeper than the limit, also through fragments', () => {
    expect(errors(`{ node { parent { parent { parent { parent { parent { id } } } } } } }`)).toEqual([expect.stringMatching(/nested 6 levels deep; the limit is 5/)]);
    expect(errors(`{ node { ...F } } fragment F on Node { parent { parent { parent { parent { parent { id } } } } } }`)).toEqual([expect.stringMatching(/nested 6 levels/)]);
  });

  it('counts aliases', () => {
    expect(errors(`{ a: node { id } b: node { id } c: node { id } }`)).toEqual([]);
    expect(errors(`{ a: node { id } b: node { id } c: node { id } d: node { id } }`)).toEqual([expect.stringMatching(/4 aliases; the limit is 3/)]);
  });

  it('costs a connection by its page size and nested lists by their estimate', () => {
    expect(errors(`{ nodes(first: 40) { nodes { id } } }`)).toEqual([]); // 1 + 40
    expect(errors(`{ nodes(first: 40) { nodes { children { id } } } }`)).toEqual([]); // 1 + 40 * (1 + 20) = 841
    // 1 connection + 100 nodes * (1 + 20 children)
    expect(errors(`{ nodes(first: 100) { nodes { children { id } } } }`)).toEqual([expect.stringMatching(/could return about 2101 objects; the limit is 1000/)]);
  });

  it('counts a variable page size as the maximum', () => {
    expect(errors(`query($n: Int) { nodes(first: $n) { nodes { children { id } } } }`)).toEqual([expect.stringMatching(/about 2101 objects/)]);
  });

  it('does not limit introspection', () => {
    expect(errors(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`)).toEqual([]);
  });
});
