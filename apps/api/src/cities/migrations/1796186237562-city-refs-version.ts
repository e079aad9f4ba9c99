import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A number that changes with every change to what `city_refs` shows (a city added, removed, renamed,
 * recoded or moved to another province; a province renamed), bumped by statement-level triggers in the
 * writer's transaction. Other domains that keep answers carrying city names read it beside their own
 * version (`keptQueries`, docs/adding-a-domain.md), so they need no trigger on these tables. BEFORE
 * triggers: the row's lock is taken before any row of the tables.
 */
export class CityRefsVersion1796186237562 implements MigrationInterface {
  name = 'CityRefsVersion1796186237562';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "city_refs_version" ("id" smallint NOT NULL DEFAULT 1, "n" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "city_refs_version_one" CHECK (id = 1), CONSTRAINT "PK_city_refs_version" PRIMARY KEY ("id"))`);
    await q.query(`INSERT INTO "city_refs_version" (id, n) VALUES (1, 0)`);
    await q.query(`CREATE FUNCTION city_refs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE city_refs_version SET n = n + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    await q.query(
      `CREATE TRIGGER "cities_refs_changed" BEFORE INSERT OR DELETE OR UPDATE OF code, slug, name, province_code, search_text OR TRUNCATE ON "cities"
       FOR EACH STATEMENT EXECUTE FUNCTION city_refs_changed()`,
    );
    await q.query(`CREATE TRIGGER "provinces_refs_changed" BEFORE INSERT OR DELETE OR UPDATE OF name OR TRUNCATE ON "provinces" FOR EACH STATEMENT EXECUTE FUNCTION city_refs_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "provinces_refs_changed" ON "provinces"`);
    await q.query(`DROP TRIGGER "cities_refs_changed" ON "cities"`);
    await q.query(`DROP FUNCTION city_refs_changed()`);
    await q.query(`DROP TABLE "city_refs_version"`);
  }
}
