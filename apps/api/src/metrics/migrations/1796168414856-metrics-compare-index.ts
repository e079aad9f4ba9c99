import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A city's series, covering: the index on (city, indicator, year) also carries the columns that
 * compare's filter (whole city, yearly), the default rule and the answer read (all but the source's
 * date: one source row, memoized). Compare becomes an index-only scan of 20-entry ranges instead of
 * one heap page per value; the city's metrics tab uses it as it used the narrow index it replaces
 * (so a write still updates as many indexes as before). docs/metrics.md.
 */
export class MetricsCompareIndex1796168414856 implements MigrationInterface {
  name = 'MetricsCompareIndex1796168414856';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "metric_observations_city_series" ON "metric_observations" ("city_id", "indicator_id", "year")
       INCLUDE ("practice_id", "period_kind", "quality", "entered_at", "id", "value", "source_id")`,
    );
    await q.query(`DROP INDEX "metric_observations_city_indicator"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "metric_observations_city_indicator" ON "metric_observations" ("city_id", "indicator_id", "year")`);
    await q.query(`DROP INDEX "metric_observations_city_series"`);
  }
}
