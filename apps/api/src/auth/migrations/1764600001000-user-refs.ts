import { MigrationInterface, QueryRunner } from 'typeorm';

/** What other domains may read of a user in their own SQL (names, filters by e-mail); never the password or sessions. */
export class UserRefs1764600001000 implements MigrationInterface {
  name = 'UserRefs1764600001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "user_refs" AS SELECT id, email, display_name FROM users`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "user_refs"`);
  }
}
