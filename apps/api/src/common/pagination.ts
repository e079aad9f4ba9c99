import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field()
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true })
  startCursor: string | null;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/**
 * A Relay connection of `node` named `<name>Connection` with edges `<name>Edge` (NestJS's generic
 * type pattern): `class CityConnection extends Connection(CityType, 'City') {}`.
 */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;
    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];
    @Field(() => [node])
    nodes: T[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** `first` capped to MAX_PAGE_SIZE: asking for more is not an error, it is one full page. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw badInput('`first` must not be negative', 'first');
  return Math.min(first, MAX_PAGE_SIZE);
}

// Cursors are opaque to clients; inside they are the offset of the row in the ordered list.
const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor == null) return -1;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw badInput('`after` is not a cursor of this list: pass the endCursor of a previous page', 'after');
  }
  return offset;
}

export interface Page<T> {
  nodes: T[];
  edges: { cursor: string; node: T }[];
  /** Either known, or a getter that counts on first read: only when a client asks for it. */
  readonly totalCount: number | Promise<number>;
  pageInfo: PageInfo;
}

/**
 * One page from a statement that reads `limit + 1` rows in list order (the extra row only tells
 * whether there is a next page, and is dropped). The total is counted by a separate statement, only
 * when a client asks for `totalCount`, so a page never drags every matching row through its select list.
 */
export async function readPage<R, T>(
  first: number | null | undefined,
  after: string | null | undefined,
  query: { rows: (limit: number, offset: number) => Promise<R[]>; count: () => Promise<number>; map: (row: R) => T },
): Promise<Page<T>> {
  const limit = pageSize(first);
  const afterOffset = decodeCursor(after);
  const start = afterOffset + 1;
  const rows = await query.rows(limit + 1, start);
  const nodes = rows.slice(0, limit).map(query.map);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  let total: Promise<number> | undefined;
  return {
    nodes,
    edges,
    get totalCount() {
      total ??= query.count();
      return total;
    },
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page from a statement that returns a window `total` with each row. Past the last row (or for a
 * page of size 0) no row carries it, and `count` asks separately.
 */
export async function fetchPage<R extends { total: number }, T = R>(
  first: number | null | undefined,
  after: string | null | undefined,
  query: { rows: (limit: number, offset: number) => Promise<R[]>; count: () => Promise<number>; map?: (row: R) => T },
): Promise<Page<T>> {
  const limit = pageSize(first);
  const afterOffset = decodeCursor(after);
  const rows = await query.rows(limit, afterOffset + 1);
  const total = rows[0]?.total ?? (afterOffset < 0 && limit > 0 ? 0 : await query.count());
  return toPage(query.map ? rows.map(query.map) : (rows as unknown as T[]), afterOffset, total);
}

/** Builds a connection from the rows after `offset` (exclusive) and the total count. */
export function toPage<T>(rows: T[], afterOffset: number, totalCount: number): Page<T> {
  const start = afterOffset + 1;
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    nodes: rows,
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: start + rows.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
