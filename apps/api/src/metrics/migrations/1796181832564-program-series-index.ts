import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programs side by side (`programComparison`): one indicator's program values (practice_id set) across
 * every city. The partial index by practice leads with the practice, so it cannot find them by indicator;
 * this one does, covering what the default rule orders by (all but the source's date), as the city series do.
 */
export class ProgramSeriesIndex1796181832564 implements MigrationInterface {
  name = 'ProgramSeriesIndex1796181832564';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "metric_observations_program_series" ON "metric_observations" ("indicator_id", "practice_id", "year")
       INCLUDE ("period_kind", "quality", "entered_at", "id", "value", "source_id") WHERE practice_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "metric_observations_program_series"`);
  }
}
