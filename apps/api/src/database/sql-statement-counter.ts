import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';
import { JsonLogger } from '../common/json-logger.js';
import { currentRequest } from '../common/request-context.js';

/**
 * TypeORM logger that counts the SQL statements of the current request (for the N+1 test and the
 * `x-sql-statements` header when SQL_STATEMENTS_HEADER is on) and reports failed queries.
 */
export class SqlStatementCounter extends AbstractLogger {
  private readonly json = new JsonLogger('warn');

  override logQuery(): void {
    const request = currentRequest();
    if (request) request.sqlStatements += 1;
  }

  protected override writeLog(level: LogLevel, message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    if (level !== 'error' && level !== 'warn') return;
    for (const m of Array.isArray(message) ? message : [message]) {
      this.json.write('warn', String(m.message), { context: 'sql' });
    }
  }
}
