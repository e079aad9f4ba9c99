import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bytes of uploaded files in PostgreSQL (UPLOAD_STORAGE=postgres, the default): every API
 * instance serves what any of them stored. Keyed like the storage (an upload's id), not a foreign
 * key: the bytes are stored before the upload's row, and a failed insert removes them.
 */
export class UploadBlobs1796156568959 implements MigrationInterface {
  name = 'UploadBlobs1796156568959';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "upload_blobs" ("key" text NOT NULL, "bytes" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "upload_blobs_size" CHECK (octet_length(bytes) <= 10485760), CONSTRAINT "PK_upload_blobs" PRIMARY KEY ("key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "upload_blobs"`);
  }
}
