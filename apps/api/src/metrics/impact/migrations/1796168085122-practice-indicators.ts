import { MigrationInterface, QueryRunner } from 'typeorm';

/** A practice's related indicators (issue 12): what its adoptions' impact panel compares. */
export class PracticeIndicators1796168085122 implements MigrationInterface {
  name = 'PracticeIndicators1796168085122';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practice_indicators" ("practice_id" uuid NOT NULL, "indicator_id" integer NOT NULL, "position" smallint NOT NULL, CONSTRAINT "practice_indicators_position" CHECK (position BETWEEN 1 AND 8), CONSTRAINT "PK_practice_indicators" PRIMARY KEY ("practice_id", "indicator_id"))`);
    await q.query(`CREATE INDEX "practice_indicators_indicator" ON "practice_indicators" ("indicator_id")`);
    await q.query(`ALTER TABLE "practice_indicators" ADD CONSTRAINT "practice_indicators_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_indicators" ADD CONSTRAINT "practice_indicators_indicator_fk" FOREIGN KEY ("indicator_id") REFERENCES "metric_indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "practice_indicators"`);
  }
}
