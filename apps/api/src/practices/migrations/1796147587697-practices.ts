import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The practice library: practices, their texts per language and their published revisions. Search
 * columns and indexes and the attachments come in later migrations.
 */
export class Practices1796147587697 implements MigrationInterface {
  name = 'Practices1796147587697';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "city_id" integer NOT NULL, "agency" text, "topic" text NOT NULL, "dimensions" text array NOT NULL DEFAULT '{}', "sdgs" smallint array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "cost_amount" numeric(18,2), "cost_currency" character(3), "cost_year" smallint, "start_year" smallint, "end_year" smallint, "contact" text, "links" jsonb NOT NULL DEFAULT '[]', "state" text NOT NULL DEFAULT 'draft', "version" integer NOT NULL DEFAULT '1', "author_id" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "practices_version" CHECK (version >= 1), CONSTRAINT "practices_published_at" CHECK (state <> 'published' OR published_at IS NOT NULL), CONSTRAINT "practices_lengths" CHECK (char_length(agency) <= 200 AND char_length(contact) <= 500 AND char_length(review_comment) <= 2000), CONSTRAINT "practices_links" CHECK (jsonb_typeof(links) = 'array'), CONSTRAINT "practices_years" CHECK (start_year BETWEEN 1945 AND 2100 AND end_year BETWEEN 1945 AND 2100 AND cost_year BETWEEN 1945 AND 2100 AND end_year >= start_year), CONSTRAINT "practices_cost" CHECK ((cost_amount IS NULL OR (cost_amount >= 0 AND cost_currency IS NOT NULL)) AND (cost_currency IS NULL OR cost_currency ~ '^[A-Z]{3}$')), CONSTRAINT "practices_tags" CHECK (cardinality(tags) <= 20), CONSTRAINT "practices_sdgs" CHECK (sdgs <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]::smallint[]), CONSTRAINT "practices_dimensions" CHECK (dimensions <@ ARRAY['governance', 'branding', 'economy', 'living', 'society', 'environment']::text[]), CONSTRAINT "practices_topic" CHECK (topic IN ('governance', 'public_services', 'finance_assets', 'digital_infrastructure', 'health', 'education', 'economy', 'tourism_culture', 'environment', 'waste', 'water_sanitation', 'transport', 'disaster', 'social_welfare')), CONSTRAINT "practices_state" CHECK (state IN ('draft', 'in_review', 'published', 'archived')), CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`);
    // Each list reads one of these in its order (scanned backwards for newest first).
    await q.query(`CREATE INDEX "practices_author_updated" ON "practices"  ("author_id", "updated_at", "id") `);
    await q.query(`CREATE INDEX "practices_city_state_updated" ON "practices"  ("city_id", "state", "updated_at", "id") `);
    await q.query(`CREATE INDEX "practices_state_updated" ON "practices"  ("state", "updated_at", "id") `);
    await q.query(`CREATE INDEX "practices_city_state_published" ON "practices"  ("city_id", "state", "published_at", "id") `);
    await q.query(`CREATE INDEX "practices_state_published" ON "practices"  ("state", "published_at", "id") `);
    await q.query(`CREATE TABLE "practice_revisions" ("practice_id" uuid NOT NULL, "number" integer NOT NULL, "snapshot" jsonb NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_revisions_number" CHECK (number >= 1), CONSTRAINT "PK_bd2b0b84ca00cc542e0446deb2c" PRIMARY KEY ("practice_id", "number"))`);
    await q.query(`CREATE TABLE "practice_texts" ("practice_id" uuid NOT NULL, "lang" text NOT NULL, "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "problem" text NOT NULL DEFAULT '', "approach" text NOT NULL DEFAULT '', "results" text NOT NULL DEFAULT '', "lessons" text NOT NULL DEFAULT '', CONSTRAINT "practice_texts_lengths" CHECK (char_length(title) BETWEEN 1 AND 200 AND char_length(summary) <= 1000 AND char_length(problem) <= 20000 AND char_length(approach) <= 20000 AND char_length(results) <= 20000 AND char_length(lessons) <= 20000), CONSTRAINT "practice_texts_lang" CHECK (lang IN ('id', 'en')), CONSTRAINT "PK_3943d262f9042fa3fbaa2116caa" PRIMARY KEY ("practice_id", "lang"))`);
    await q.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_719211f7d9741fcf63b10cdf60b" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_11383687601c025fbebc4a3d76d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_d62be8c782ff7cdc27a13800f90" FOREIGN KEY ("reviewed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_revisions" ADD CONSTRAINT "FK_de548345516cbe5adf4b513de2e" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_revisions" ADD CONSTRAINT "FK_3240ebc3cec68e65befcc039593" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_texts" ADD CONSTRAINT "FK_17b1a7339798916418c62a50825" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // At least one language per practice, checked at commit (a practice and its texts are written in one transaction).
    await q.query(`CREATE FUNCTION practices_have_text() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE practice uuid;
      BEGIN
        IF TG_TABLE_NAME = 'practices' THEN practice := NEW.id; ELSE practice := OLD.practice_id; END IF;
        IF EXISTS (SELECT 1 FROM practices WHERE id = practice) AND NOT EXISTS (SELECT 1 FROM practice_texts WHERE practice_id = practice) THEN
          RAISE EXCEPTION 'practice % has no text in any language', practice USING ERRCODE = 'check_violation', CONSTRAINT = 'practices_have_text';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER "practices_have_text" AFTER INSERT ON "practices" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION practices_have_text()`);
    await q.query(`CREATE CONSTRAINT TRIGGER "practice_texts_keep_one" AFTER DELETE OR UPDATE OF practice_id ON "practice_texts" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION practices_have_text()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "practice_texts"`);
    await q.query(`DROP TABLE "practice_revisions"`);
    await q.query(`DROP TABLE "practices"`);
    await q.query(`DROP FUNCTION practices_have_text()`);
  }
}
