import { DataSource, DataSourceOptions } from 'typeorm';
import { DOMAINS } from '../app.module.js';
import { SqlStatementCounter } from './sql-statement-counter.js';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Each domain module declares its own (app.module.ts collects them); migrations sorted by timestamp.
    entities: DOMAINS.entities,
    migrations: DOMAINS.migrations,
    migrationsRun: false,
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['query', 'error'],
    logger: new SqlStatementCounter(),
    extra: { max: 10, application_name: 'citybridge-api' },
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
