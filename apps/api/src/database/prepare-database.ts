import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { JsonLogger } from '../common/json-logger.js';
import { createDataSource } from './data-source.js';
import { DOMAINS } from '../app.module.js';
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

export interface DemoDataLoaded {
  domain: string;
  summary: Record<string, unknown>;
  ms: number;
}

/**
 * Runs every domain's demo-data loader in order, each in one transaction under an advisory lock (so
 * several instances starting at once load it once). A loader does nothing on a database that has its
 * data already; the ones that did something are returned.
 */
export async function loadDemoData(dataSource: DataSource, options: { production: boolean }): Promise<DemoDataLoaded[]> {
  const loaded: DemoDataLoaded[] = [];
  for (const loader of DOMAINS.demoData) {
    const started = Date.now();
    const summary = await dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`citybridge:demo-data:${loader.domain}`]);
      return loader.load(m, options);
    });
    if (summary) loaded.push({ domain: loader.domain, summary, ms: Date.now() - started });
  }
  return loaded;
}

/** The advisory lock held while one instance migrates and loads the demo data. */
export const MIGRATION_LOCK = 'citybridge:migrate-and-seed';

/**
 * Runs every pending migration, then the demo-data loaders (the demo accounts only outside
 * production). Several instances starting at once on one database: the first to take the advisory
 * lock does the work; the others wait for it, then find nothing left to do and serve.
 */
export async function migrateAndSeed(url: string, logger?: JsonLogger, { production = true } = {}): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    if (ran.length) logger?.write('info', 'Migrations applied', { migrations: ran.map((m) => m.name) });
    for (const { domain, summary, ms } of await loadDemoData(dataSource, { production })) logger?.write('info', 'Demo data loaded', { domain, ...summary, ms });
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}
