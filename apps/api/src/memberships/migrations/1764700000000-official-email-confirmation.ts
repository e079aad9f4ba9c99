import { MigrationInterface, QueryRunner } from 'typeorm';

/** The official address of a representation request is trusted only once its owner opened the link sent to it. */
export class OfficialEmailConfirmation1764700000000 implements MigrationInterface {
  name = 'OfficialEmailConfirmation1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "representation_requests" ADD "official_email_token_hash" text, ADD "official_email_confirmed_at" timestamptz`);
    await q.query(`CREATE UNIQUE INDEX "representation_requests_official_email_token" ON "representation_requests" ("official_email_token_hash")`);
    await q.query(
      `ALTER TABLE "representation_requests" ADD CONSTRAINT "representation_requests_official_email_confirmed" CHECK (official_email IS NOT NULL OR (official_email_token_hash IS NULL AND official_email_confirmed_at IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "representation_requests" DROP CONSTRAINT "representation_requests_official_email_confirmed"`);
    await q.query(`DROP INDEX "representation_requests_official_email_token"`);
    await q.query(`ALTER TABLE "representation_requests" DROP COLUMN "official_email_confirmed_at", DROP COLUMN "official_email_token_hash"`);
  }
}
