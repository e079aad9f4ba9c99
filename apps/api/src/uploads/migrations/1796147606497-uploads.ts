import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files (attachments): what each is and who sent it; the bytes are in the FileStorage. */
export class Uploads1796147606497 implements MigrationInterface {
  name = 'Uploads1796147606497';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "uploads" ("id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "city_id" integer, "filename" text NOT NULL, "content_type" text NOT NULL, "byte_size" integer NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "uploads_filename" CHECK (char_length(filename) BETWEEN 1 AND 120 AND filename !~ '[/\\\\"[:cntrl:]]'), CONSTRAINT "uploads_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "uploads_byte_size" CHECK (byte_size BETWEEN 1 AND 10485760), CONSTRAINT "uploads_content_type" CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')), CONSTRAINT "PK_d1781d1eedd7459314f60f39bd3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "uploads_city" ON "uploads" ("city_id")`);
    await q.query(`CREATE INDEX "uploads_uploader" ON "uploads" ("uploader_id")`);
    await q.query(`ALTER TABLE "uploads" ADD CONSTRAINT "FK_c0e2abb2ab1664fee239887162b" FOREIGN KEY ("uploader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "uploads" ADD CONSTRAINT "FK_b9d80c804b07881ef3a28e67ebf" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "uploads"`);
  }
}
