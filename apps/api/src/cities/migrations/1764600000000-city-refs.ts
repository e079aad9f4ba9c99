import { MigrationInterface, QueryRunner } from 'typeorm';

/** What other domains may read of a city in their own SQL (joins, filters by slug): a view, so the table stays the city directory's. */
export class CityRefs1764600000000 implements MigrationInterface {
  name = 'CityRefs1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "city_refs" AS SELECT id, code, slug, name FROM cities`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "city_refs"`);
  }
}
