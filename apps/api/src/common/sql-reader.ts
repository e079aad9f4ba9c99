import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { currentRequest } from './request-context.js';

/** A read statement with a fixed text; its name makes PostgreSQL plan it once per connection. */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

export const statement = (name: string, text: string): Statement => ({ name, text });

const composed = new Map<string, Statement>();
/**
 * A statement whose text is composed from a key (a filter combination, an order), built on first use:
 * each combination is a statement of its own, planned once per connection on its own index. The name
 * must carry the key, as one name must always have the same text.
 */
export function namedStatement(name: string, text: () => string): Statement {
  let found = composed.get(name);
  if (!found) {
    found = statement(name, text());
    composed.set(name, found);
  }
  return found;
}

/**
 * The read path: plain rows from named (prepared) statements on TypeORM's pg pool, without TypeORM's
 * query wrapper. Counted in the request context like every other statement. Writes and reads inside a
 * mutation's transaction stay on TransactionalConnection.
 */
@Injectable()
export class SqlReader {
  private pool?: Pool;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rows<R extends QueryResultRow>(query: Statement, values: unknown[]): Promise<R[]> {
    this.pool ??= (this.dataSource.driver as PostgresDriver).master as Pool;
    const request = currentRequest();
    if (request) request.sqlStatements += 1;
    return (await this.pool.query<R>({ name: query.name, text: query.text, values })).rows;
  }
}
