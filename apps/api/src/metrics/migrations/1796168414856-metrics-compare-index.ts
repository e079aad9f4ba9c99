import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Compare reads the default yearly whole-city value per city, indicator and year: this index holds
 * those rows in (city, indicator, year) order with every column the default rule and the answer need
 * except the source's date (one source row, memoized), so the read is an index-only scan of 20-entry
 * ranges instead of one heap page per value (docs/metrics.md).
 */
export class MetricsCompareIndex1796168414856 implements MigrationInterface {
  name = 'MetricsCompareIndex1796168414856';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "metric_observations_city_series" ON "metric_observations" ("city_id", "indicator_id", "year")
       INCLUDE ("quality", "entered_at", "id", "value", "source_id") WHERE practice_id IS NULL AND period_kind = 'year'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "metric_observations_city_series"`);
  }
}
