import { MigrationInterface, QueryRunner } from 'typeorm';

/** The city directory: provinces, kabupaten/kota, kecamatan, and facts with their sources. */
export class Cities1764480000000 implements MigrationInterface {
  name = 'Cities1764480000000';

  async up(q: QueryRunner): Promise<void> {
    // Trigram matching gives typo-tolerant city search ("medn" finds Medan).
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TABLE "provinces" ("code" text NOT NULL, "name" text NOT NULL, "time_zone" text NOT NULL, CONSTRAINT "provinces_time_zone" CHECK (time_zone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')), CONSTRAINT "provinces_code_format" CHECK (code ~ '^[0-9]{2}$'), CONSTRAINT "PK_f4b684af62d5cb3aa174f6b9b8a" PRIMARY KEY ("code"))`);
    await q.query(`CREATE TABLE "sources" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "url" text, "license" text, "is_demo" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_a639aad9bf1f76d4dbb6b126035" UNIQUE ("key"), CONSTRAINT "PK_85523beafe5a2a6b90b02096443" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "cities" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "code" text NOT NULL, "province_code" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "slug" text NOT NULL, "search_text" text NOT NULL, "latitude" double precision, "longitude" double precision, "coordinates_source_id" integer, CONSTRAINT "UQ_23ef12c9f387e2cbac07e7d2927" UNIQUE ("code"), CONSTRAINT "UQ_8ef722e770798e37b3205370bfd" UNIQUE ("slug"), CONSTRAINT "cities_coordinates_range" CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180), CONSTRAINT "cities_coordinates_complete" CHECK ((latitude IS NULL) = (longitude IS NULL) AND (latitude IS NULL) = (coordinates_source_id IS NULL)), CONSTRAINT "cities_kind" CHECK (kind IN ('KOTA', 'KABUPATEN')), CONSTRAINT "PK_4762ffb6e5d198cfec5606bc11e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "cities_name" ON "cities" ("name")`);
    await q.query(`CREATE INDEX "cities_kind_name" ON "cities" ("kind", "name")`);
    await q.query(`CREATE INDEX "cities_province_name" ON "cities" ("province_code", "name")`);
    await q.query(`CREATE INDEX "cities_search_text_trgm" ON "cities" USING gin ("search_text" gin_trgm_ops)`);
    await q.query(`CREATE TABLE "districts" ("code" text NOT NULL, "city_id" integer NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_8e9d73424149b43b38244f75528" PRIMARY KEY ("code"))`);
    await q.query(`CREATE INDEX "districts_city_name" ON "districts" ("city_id", "name")`);
    await q.query(`CREATE TABLE "facts" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "city_id" integer NOT NULL, "key" text NOT NULL, "value" numeric, "value_text" text, "unit" text, "as_of" date, "quality" text NOT NULL, "note" text, "source_id" integer NOT NULL, CONSTRAINT "facts_quality" CHECK (quality IN ('OFFICIAL', 'ESTIMATED', 'REPORTED', 'DEMO')), CONSTRAINT "facts_has_value" CHECK (value IS NOT NULL OR value_text IS NOT NULL), CONSTRAINT "PK_b35218a44dc3d5dd2f0f54d7e3f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "facts_city_key_source" ON "facts" ("city_id", "key", "source_id")`);
    await q.query(`ALTER TABLE "cities" ADD CONSTRAINT "FK_d1b67159036ef3ce3e13682d3e9" FOREIGN KEY ("province_code") REFERENCES "provinces"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "cities" ADD CONSTRAINT "FK_e9cc07ec99394c58deed3b0f830" FOREIGN KEY ("coordinates_source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "districts" ADD CONSTRAINT "FK_d7d1704cfb8bc19fb0d9c2f7ced" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "facts" ADD CONSTRAINT "FK_6787bc0c31643e45a683dcccdc1" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "facts" ADD CONSTRAINT "FK_e13b6c022d05dd9189c1ee92362" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "facts"`);
    await q.query(`DROP TABLE "districts"`);
    await q.query(`DROP TABLE "cities"`);
    await q.query(`DROP TABLE "sources"`);
    await q.query(`DROP TABLE "provinces"`);
  }
}
