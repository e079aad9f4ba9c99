import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory search matches a kecamatan by the start of its name (whole words): a prefix scan on
 * this index (byte order, so a range of the prepared statement's parameters can use it) instead of a
 * trigram pass over all 7,285 kecamatan: the statement's 0.49 ms became 0.28.
 */
export class DistrictNamePrefix1796152110660 implements MigrationInterface {
  name = 'DistrictNamePrefix1796152110660';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "districts_search_text_prefix" ON "districts" (("search_text" COLLATE "C"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "districts_search_text_prefix"`);
  }
}
