import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { JsonLogger } from '../src/common/json-logger';
import { withDatabase } from '../src/database/embedded-postgres';
import { loadDemoData, migrateAndSeed } from '../src/database/prepare-database';
import { startTestApp, TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('migrations and demo data', () => {
  it('leaves nothing for the entities to change: migrations and entities agree', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('loaded the real directory: 38 provinces, 514 kabupaten/kota, 7,285 kecamatan', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM provinces)::int AS provinces, (SELECT count(*) FROM cities)::int AS cities, (SELECT count(*) FROM districts)::int AS districts`,
    );
    expect(counts).toEqual({ provinces: 38, cities: 514, districts: 7285 });
  });

  it('labels every city-profile value and every coordinate with a source, and no real value as demo', async () => {
    // The real ones: the official kecamatan counts, GeoNames populations, the article's figures (the demo series are another source).
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM metric_observations o JOIN metric_sources s ON s.id = o.source_id
                WHERE s.organisation IN ('Kemendagri', 'GeoNames', 'Beritasumut.com') AND (o.is_demo OR o.quality = 'demo'))::int AS demo,
              (SELECT count(*) FROM metric_observations o JOIN metric_sources s ON s.id = o.source_id
                WHERE s.organisation IN ('Kemendagri', 'GeoNames', 'Beritasumut.com'))::int AS real,
              (SELECT count(*) FROM cities WHERE latitude IS NOT NULL AND coordinates_source_id IS NULL)::int AS unsourced`,
    );
    expect(row).toEqual({ demo: 0, real: expect.any(Number), unsourced: 0 });
    expect(row.real).toBeGreaterThan(514);
  });

  it('loads into an empty database only: a second run changes nothing', async () => {
    const count = `SELECT (SELECT count(*) FROM metric_observations)::int AS observations, (SELECT count(*) FROM cities)::int AS cities`;
    const before = await t.dataSource.query(count);
    expect(await loadDemoData(t.dataSource, { production: false })).toEqual([]);
    expect(await t.dataSource.query(count)).toEqual(before);
  });

  it('keeps the data consistent through database constraints', async () => {
    await expect(t.dataSource.query(`UPDATE cities SET kind = 'DESA' WHERE code = '13.72'`)).rejects.toThrow(/cities_kind/);
    await expect(t.dataSource.query(`UPDATE cities SET latitude = NULL WHERE code = '13.72'`)).rejects.toThrow(/cities_coordinates_complete/);
    await expect(
      t.dataSource.query(
        `INSERT INTO metric_observations (city_id, indicator_id, year, source_id, quality) SELECT c.id, i.id, 2020, s.id, 'official' FROM cities c, metric_indicators i, metric_sources s LIMIT 1`,
      ),
    ).rejects.toThrow(/metric_observations_has_value/);
    await expect(t.dataSource.query(`DELETE FROM provinces WHERE code = '13'`)).rejects.toThrow(/foreign key/);
  });

  it('three instances starting at once on an empty database: one migrates and loads the demo data, the others wait', async () => {
    const name = `citybridge_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const written: string[] = [];
    const logger = { write: (_level: string, msg: string) => written.push(msg) } as unknown as JsonLogger;
    try {
      const url = withDatabase(process.env.TEST_ADMIN_URL as string, name);
      const sources = await Promise.all([1, 2, 3].map(() => migrateAndSeed(url, logger, { production: false })));
      const [counts] = await sources[0].query(
        `SELECT (SELECT count(*) FROM migrations)::int AS migrations, (SELECT count(DISTINCT name) FROM migrations)::int AS distinct_migrations, (SELECT count(*) FROM cities)::int AS cities, (SELECT count(*) FROM users)::int AS users`,
      );
      const [template] = await t.dataSource.query(`SELECT (SELECT count(*) FROM migrations)::int AS migrations, (SELECT count(*) FROM users)::int AS users`);
      expect(counts).toEqual({ migrations: template.migrations, distinct_migrations: template.migrations, cities: 514, users: template.users });
      expect(written.filter((m) => m === 'Migrations applied')).toHaveLength(1);
      await Promise.all(sources.map((s) => s.destroy()));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
