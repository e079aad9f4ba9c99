import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { JsonLogger } from '../common/json-logger.js';
import { createDataSource } from './data-source.js';
import { seedDemoAccounts } from './demo-data/demo-accounts.js';
import { loadDemoData } from './demo-data/load-demo-data.js';
import { databaseName, withDatabase } from './embedded-postgres.js';

/** Creates the database named in the URL when the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Runs every pending migration, then loads the demo data into an empty database, and (outside
 * production) the demo accounts into a database without users.
 */
export async function migrateAndSeed(url: string, logger?: JsonLogger, { demoAccounts = false } = {}): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  if (ran.length) logger?.write('info', 'Migrations applied', { migrations: ran.map((m) => m.name) });
  const demo = await loadDemoData(dataSource);
  if (demo.loaded) logger?.write('info', 'Demo data loaded', { ...demo });
  if (demoAccounts && (await seedDemoAccounts(dataSource))) logger?.write('info', 'Demo accounts created');
  return dataSource;
}
