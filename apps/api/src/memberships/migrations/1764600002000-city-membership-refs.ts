import { MigrationInterface, QueryRunner } from 'typeorm';

/** What other domains may read of city memberships in their own SQL (the signed-in user's roles come with the session lookup). */
export class CityMembershipRefs1764600002000 implements MigrationInterface {
  name = 'CityMembershipRefs1764600002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE VIEW "city_membership_refs" AS SELECT id, user_id, city_id, role, created_at FROM city_memberships`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "city_membership_refs"`);
  }
}
