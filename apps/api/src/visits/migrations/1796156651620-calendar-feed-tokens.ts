import { MigrationInterface, QueryRunner } from 'typeorm';

/** The secret of each city's calendar feed, kept as a sha256 only (visit-calendar.service.ts). */
export class CalendarFeedTokens1796156651620 implements MigrationInterface {
  name = 'CalendarFeedTokens1796156651620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "calendar_feed_tokens" ("city_id" integer NOT NULL, "token_hash" text NOT NULL, "nonce" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calendar_feed_tokens_pkey" PRIMARY KEY ("city_id"))`,
    );
    await q.query(`ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_city_fk" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_feed_tokens"`);
  }
}
