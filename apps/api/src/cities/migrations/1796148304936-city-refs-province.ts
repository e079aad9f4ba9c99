import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * city_refs also names the city's province (code and name) and its search text, so the practice
 * library can filter and count by province and find practices by a city name with a typo (on the
 * cities' trigram index) in its own statements. Columns are only added at the end: existing readers keep working.
 */
export class CityRefsProvince1796148304936 implements MigrationInterface {
  name = 'CityRefsProvince1796148304936';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE VIEW "city_refs" AS
      SELECT c.id, c.code, c.slug, c.name, c.province_code, p.name AS province_name, c.search_text
      FROM cities c LEFT JOIN provinces p ON p.code = c.province_code`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "city_refs"`);
    await q.query(`CREATE VIEW "city_refs" AS SELECT id, code, slug, name FROM cities`);
  }
}
