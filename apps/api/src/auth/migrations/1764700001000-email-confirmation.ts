import { MigrationInterface, QueryRunner } from 'typeorm';

/** Confirmed account addresses: a column on users and the single-use tokens of the confirmation mails. */
export class EmailConfirmation1764700001000 implements MigrationInterface {
  name = 'EmailConfirmation1764700001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "email_confirmation_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_97044389e3ec57a4b51c16144ad" UNIQUE ("token_hash"), CONSTRAINT "PK_194e242f0d4ca162bbac61db6d9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "email_confirmation_tokens_user" ON "email_confirmation_tokens"  ("user_id") `);
    // Existing accounts start unconfirmed: their owners confirm from the profile page (resend).
    await q.query(`ALTER TABLE "users" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "email_confirmation_tokens" ADD CONSTRAINT "FK_6e2b5b40ef81c7218145ece444e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "email_confirmation_tokens"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "email_confirmed_at"`);
  }
}
