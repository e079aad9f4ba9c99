import { MigrationInterface, QueryRunner } from 'typeorm';

/** After a visit: the report, its follow-up actions, the adoptions it produced, and the reminders sent. */
export class VisitFollow1796157621928 implements MigrationInterface {
  name = 'VisitFollow1796157621928';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "visit_reports" (
      "visit_id" uuid NOT NULL,
      "summary" text NOT NULL,
      "learnings" text NOT NULL DEFAULT '',
      "filed_by" uuid,
      "source" text,
      "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "is_demo" boolean NOT NULL DEFAULT false,
      CONSTRAINT "visit_reports_summary" CHECK (char_length(summary) BETWEEN 1 AND 2000),
      CONSTRAINT "visit_reports_learnings" CHECK (char_length(learnings) <= 10000),
      CONSTRAINT "PK_visit_reports" PRIMARY KEY ("visit_id"))`);
    await q.query(`ALTER TABLE "visit_reports" ADD CONSTRAINT "visit_reports_visit" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_reports" ADD CONSTRAINT "visit_reports_filed_by" FOREIGN KEY ("filed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // The follow-up reminders scan reports by the date they were filed.
    await q.query(`CREATE INDEX "visit_reports_filed" ON "visit_reports" ("filed_at")`);

    await q.query(`CREATE TABLE "visit_follow_ups" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "visit_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      "action" text NOT NULL,
      "owner_agency" text NOT NULL,
      "due_on" date,
      "status" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "visit_follow_ups_status" CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
      CONSTRAINT "visit_follow_ups_action" CHECK (char_length(action) BETWEEN 1 AND 500),
      CONSTRAINT "visit_follow_ups_owner" CHECK (char_length(owner_agency) BETWEEN 1 AND 200),
      CONSTRAINT "PK_visit_follow_ups" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "visit_follow_ups" ADD CONSTRAINT "visit_follow_ups_visit" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE UNIQUE INDEX "visit_follow_ups_position" ON "visit_follow_ups" ("visit_id", "position")`);

    await q.query(`CREATE TABLE "visit_adoptions" (
      "visit_id" uuid NOT NULL,
      "adoption_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_visit_adoptions" PRIMARY KEY ("visit_id", "adoption_id"))`);
    await q.query(`ALTER TABLE "visit_adoptions" ADD CONSTRAINT "visit_adoptions_visit" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_adoptions" ADD CONSTRAINT "visit_adoptions_adoption" FOREIGN KEY ("adoption_id") REFERENCES "practice_adoptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`CREATE INDEX "visit_adoptions_adoption" ON "visit_adoptions" ("adoption_id")`);

    await q.query(`CREATE TABLE "visit_reminders_sent" (
      "visit_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "sequence" integer NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_visit_reminders_sent" PRIMARY KEY ("visit_id", "kind", "sequence"))`);
    await q.query(`ALTER TABLE "visit_reminders_sent" ADD CONSTRAINT "visit_reminders_sent_visit" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "visit_reminders_sent"`);
    await q.query(`DROP TABLE "visit_adoptions"`);
    await q.query(`DROP TABLE "visit_follow_ups"`);
    await q.query(`DROP TABLE "visit_reports"`);
  }
}
