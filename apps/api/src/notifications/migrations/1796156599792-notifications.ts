import { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications: one row per user and event; the list and the unread count each have an index. */
export class Notifications1796156599792 implements MigrationInterface {
  name = 'Notifications1796156599792';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "notifications" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "subject_id" uuid,
      "params" jsonb NOT NULL DEFAULT '{}',
      "read_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_notifications" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The list, newest first; the unread count reads only the unread rows.
    await q.query(`CREATE INDEX "notifications_user_list" ON "notifications" ("user_id", "created_at" DESC, "id" DESC)`);
    await q.query(`CREATE INDEX "notifications_user_unread" ON "notifications" ("user_id") WHERE read_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notifications"`);
  }
}
