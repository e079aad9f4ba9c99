import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose writes change an answer of compare, rankings or peer groups. */
const METRIC_TABLES = ['metric_observations', 'metric_sources', 'metric_indicators'];

/**
 * A number that changes with every write to the metrics (statement-level triggers), so compare,
 * rankings and peer groups can keep their answers until the next write (`keptQueries`; the city names
 * they carry follow the cities domain's `city_refs_version`). BEFORE triggers: a writing transaction
 * takes this row's lock before any row of the tables, so two writers queue here instead of deadlocking
 * on each other's rows.
 */
export class MetricDataVersion1796179710472 implements MigrationInterface {
  name = 'MetricDataVersion1796179710472';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "metric_data_version" ("id" smallint NOT NULL DEFAULT 1, "n" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "metric_data_version_one" CHECK (id = 1), CONSTRAINT "PK_metric_data_version" PRIMARY KEY ("id"))`);
    await q.query(`INSERT INTO "metric_data_version" (id, n) VALUES (1, 0)`);
    await q.query(`CREATE FUNCTION metric_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE metric_data_version SET n = n + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of METRIC_TABLES) {
      await q.query(`CREATE TRIGGER "${table}_metrics_changed" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION metric_data_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of METRIC_TABLES) await q.query(`DROP TRIGGER "${table}_metrics_changed" ON "${table}"`);
    await q.query(`DROP FUNCTION metric_data_changed()`);
    await q.query(`DROP TABLE "metric_data_version"`);
  }
}
