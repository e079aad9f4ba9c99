import { MigrationInterface, QueryRunner } from 'typeorm';

/** A city's adoption of another city's practice: one per (practice, city), never of its own. */
export class PracticeAdoptions1796148313001 implements MigrationInterface {
  name = 'PracticeAdoptions1796148313001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "practice_adoptions" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "practice_id" uuid NOT NULL,
      "city_id" integer NOT NULL,
      "status" text NOT NULL,
      "adopted_on" date,
      "notes" text,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "is_demo" boolean NOT NULL DEFAULT false,
      CONSTRAINT "practice_adoptions_status" CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
      CONSTRAINT "practice_adoptions_notes" CHECK (char_length(notes) <= 2000),
      CONSTRAINT "practice_adoptions_once" UNIQUE ("practice_id", "city_id"),
      CONSTRAINT "PK_practice_adoptions" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_141e6f31050a1a97f180e8e8981" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_571551bb51b785f1054a1974c00" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "practice_adoptions" ADD CONSTRAINT "FK_af4b4b59563bae4ce86b48160c7" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // A city's adoptions (its profile); the practice's are read through the unique index.
    await q.query(`CREATE INDEX "practice_adoptions_city" ON "practice_adoptions" ("city_id", "created_at")`);
    // A city cannot adopt its own practice: the practice's city is another table's, so a trigger checks it.
    await q.query(`CREATE FUNCTION practice_adoptions_not_own() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM practices WHERE id = NEW.practice_id AND city_id = NEW.city_id) THEN
          RAISE EXCEPTION 'a city cannot adopt its own practice' USING ERRCODE = 'check_violation', CONSTRAINT = 'practice_adoptions_not_own';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "practice_adoptions_not_own" BEFORE INSERT OR UPDATE OF practice_id, city_id ON "practice_adoptions" FOR EACH ROW EXECUTE FUNCTION practice_adoptions_not_own()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "practice_adoptions"`);
    await q.query(`DROP FUNCTION practice_adoptions_not_own()`);
  }
}
