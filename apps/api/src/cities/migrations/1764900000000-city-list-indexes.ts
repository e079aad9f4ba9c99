import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every order and filter of the city list reads an index in list order (name, then code for ties). */
export class CityListIndexes1764900000000 implements MigrationInterface {
  name = 'CityListIndexes1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "cities_name"`);
    await q.query(`DROP INDEX "cities_kind_name"`);
    await q.query(`DROP INDEX "cities_province_name"`);
    await q.query(`CREATE INDEX "cities_name" ON "cities" ("name", "code")`);
    await q.query(`CREATE INDEX "cities_kind_name" ON "cities" ("kind", "name", "code")`);
    await q.query(`CREATE INDEX "cities_province_name" ON "cities" ("province_code", "name", "code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "cities_name"`);
    await q.query(`DROP INDEX "cities_kind_name"`);
    await q.query(`DROP INDEX "cities_province_name"`);
    await q.query(`CREATE INDEX "cities_name" ON "cities" ("name")`);
    await q.query(`CREATE INDEX "cities_kind_name" ON "cities" ("kind", "name")`);
    await q.query(`CREATE INDEX "cities_province_name" ON "cities" ("province_code", "name")`);
  }
}
