import { MigrationInterface, QueryRunner } from 'typeorm';

/** The files (uploads) attached to a practice, in order; looked up by file when one is served. */
export class PracticeAttachments1796150136819 implements MigrationInterface {
  name = 'PracticeAttachments1796150136819';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practice_attachments" (
      "practice_id" uuid NOT NULL,
      "upload_id" uuid NOT NULL,
      "position" smallint NOT NULL,
      CONSTRAINT "PK_practice_attachments" PRIMARY KEY ("practice_id", "upload_id"))`);
    await q.query(`CREATE INDEX "practice_attachments_upload" ON "practice_attachments" ("upload_id")`);
    await q.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_practice_attachments_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_attachments" ADD CONSTRAINT "FK_practice_attachments_upload" FOREIGN KEY ("upload_id") REFERENCES "uploads"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "practice_attachments"`);
  }
}
