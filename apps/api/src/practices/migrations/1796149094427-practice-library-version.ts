import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A number that changes with every write to practices or their texts (statement-level triggers), so
 * the library's search can keep the answers of its costly statements (facet counts over the whole
 * library, ranking thousands of matches) and still never serve one older than the data: it reads this
 * one row first and reuses an answer only when the number is the same. Writes of practices queue on
 * this row until they commit, which their rate allows.
 */
export class PracticeLibraryVersion1796149094427 implements MigrationInterface {
  name = 'PracticeLibraryVersion1796149094427';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practice_library_version" ("id" smallint NOT NULL DEFAULT 1, "n" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "practice_library_version_one" CHECK (id = 1), CONSTRAINT "PK_practice_library_version" PRIMARY KEY ("id"))`);
    await q.query(`INSERT INTO "practice_library_version" (id, n) VALUES (1, 0)`);
    await q.query(`CREATE FUNCTION practice_library_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE practice_library_version SET n = n + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of ['practices', 'practice_texts']) {
      await q.query(`CREATE TRIGGER "${table}_library_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION practice_library_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['practices', 'practice_texts']) await q.query(`DROP TRIGGER "${table}_library_changed" ON "${table}"`);
    await q.query(`DROP FUNCTION practice_library_changed()`);
    await q.query(`DROP TABLE "practice_library_version"`);
  }
}
