import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working visits (issue 11): the visit and its windows, practices, delegation, host participants,
 * agenda and timeline; the bookings that keep a host from being overbooked; the hosts' settings
 * and availability.
 */
export class Visits1796156671536 implements MigrationInterface {
  name = 'Visits1796156671536';

  async up(q: QueryRunner): Promise<void> {
    // For the bookings' exclusion constraint: equality on integers inside a GiST index.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE TABLE "visit_host_settings" ("city_id" integer NOT NULL, "capacity" smallint NOT NULL DEFAULT '1', "time_zone" text NOT NULL, CONSTRAINT "visit_host_settings_capacity" CHECK (capacity BETWEEN 1 AND 20), CONSTRAINT "PK_visit_host_settings" PRIMARY KEY ("city_id"))`);
    await q.query(`CREATE TABLE "visit_availability_rules" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "city_id" integer NOT NULL, "weekday" smallint NOT NULL, "start_time" TIME NOT NULL, "end_time" TIME NOT NULL, CONSTRAINT "visit_availability_rules_times" CHECK (end_time > start_time), CONSTRAINT "visit_availability_rules_weekday" CHECK (weekday BETWEEN 1 AND 7), CONSTRAINT "PK_visit_availability_rules" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visit_availability_rules_city" ON "visit_availability_rules" ("city_id", "weekday")`);
    await q.query(`CREATE TABLE "visit_availability_exceptions" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "city_id" integer NOT NULL, "on_date" date NOT NULL, "available" boolean NOT NULL, "start_time" TIME, "end_time" TIME, "note" text, CONSTRAINT "visit_availability_exceptions_day" UNIQUE ("city_id", "on_date"), CONSTRAINT "visit_availability_exceptions_note" CHECK (char_length(note) <= 200), CONSTRAINT "visit_availability_exceptions_times" CHECK (available = false OR (start_time IS NOT NULL AND end_time > start_time)), CONSTRAINT "PK_visit_availability_exceptions" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visiting_city_id" integer NOT NULL, "host_city_id" integer NOT NULL, "state" text NOT NULL, "purpose" text NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "is_private" boolean NOT NULL DEFAULT false, "starts_at" TIMESTAMP WITH TIME ZONE, "ends_at" TIMESTAMP WITH TIME ZONE, "host_time_zone" text NOT NULL, "venue" text, "sequence" integer NOT NULL DEFAULT '0', "travel_budget" numeric(16,2), "currency" text NOT NULL DEFAULT 'IDR', "requested_by" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "visits_budget" CHECK (travel_budget >= 0), CONSTRAINT "visits_sequence" CHECK (sequence >= 0), CONSTRAINT "visits_lengths" CHECK (char_length(purpose) <= 2000 AND char_length(venue) <= 500 AND cardinality(topics) <= 10), CONSTRAINT "visits_slot_when_confirmed" CHECK (state NOT IN ('confirmed', 'completed') OR starts_at IS NOT NULL), CONSTRAINT "visits_slot" CHECK (ends_at > starts_at), CONSTRAINT "visits_state" CHECK (state IN ('requested', 'proposed', 'confirmed', 'declined', 'withdrawn', 'cancelled', 'completed')), CONSTRAINT "visits_other_city" CHECK (visiting_city_id <> host_city_id), CONSTRAINT "PK_visits" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visits_state_starts" ON "visits" ("state", "starts_at")`);
    await q.query(`CREATE INDEX "visits_visiting_starts" ON "visits" ("visiting_city_id", "starts_at")`);
    await q.query(`CREATE INDEX "visits_host_starts" ON "visits" ("host_city_id", "starts_at")`);
    await q.query(`CREATE TABLE "visit_windows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "round" integer NOT NULL, "position" smallint NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "proposed_by" text NOT NULL, CONSTRAINT "visit_windows_round_position" UNIQUE ("visit_id", "round", "position"), CONSTRAINT "visit_windows_proposed_by" CHECK (proposed_by IN ('host', 'visiting')), CONSTRAINT "visit_windows_position" CHECK (position BETWEEN 1 AND 3), CONSTRAINT "visit_windows_slot" CHECK (ends_at > starts_at), CONSTRAINT "PK_visit_windows" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "visit_practices" ("visit_id" uuid NOT NULL, "practice_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_visit_practices" PRIMARY KEY ("visit_id", "practice_id"))`);
    await q.query(`CREATE INDEX "visit_practices_practice" ON "visit_practices" ("practice_id")`);
    await q.query(`CREATE TABLE "visit_delegates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "title" text NOT NULL, "agency" text NOT NULL, "email" text, "is_leader" boolean NOT NULL DEFAULT false, CONSTRAINT "visit_delegates_lengths" CHECK (char_length(name) <= 200 AND char_length(title) <= 200 AND char_length(agency) <= 200 AND char_length(email) <= 254), CONSTRAINT "PK_visit_delegates" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visit_delegates_visit" ON "visit_delegates" ("visit_id", "position")`);
    await q.query(`CREATE TABLE "visit_host_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "position" smallint NOT NULL, "name" text NOT NULL, "title" text NOT NULL, "agency" text, "role" text, CONSTRAINT "visit_host_participants_lengths" CHECK (char_length(name) <= 200 AND char_length(title) <= 200 AND char_length(agency) <= 200 AND char_length(role) <= 200), CONSTRAINT "PK_visit_host_participants" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visit_host_participants_visit" ON "visit_host_participants" ("visit_id", "position")`);
    await q.query(`CREATE TABLE "visit_agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "visit_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" text NOT NULL, "practice_id" uuid, "presenter" text, "position" smallint NOT NULL, CONSTRAINT "visit_agenda_items_lengths" CHECK (char_length(title) <= 200 AND char_length(presenter) <= 200), CONSTRAINT "PK_visit_agenda_items" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visit_agenda_items_visit" ON "visit_agenda_items" ("visit_id", "position")`);
    await q.query(`CREATE TABLE "visit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "visit_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "side" text, "action" text NOT NULL, "from_state" text, "to_state" text, "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "visit_events_side" CHECK (side IN ('host', 'visiting')), CONSTRAINT "PK_visit_events" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "visit_events_visit" ON "visit_events" ("visit_id", "id")`);
    await q.query(`CREATE TABLE "visit_bookings" ("visit_id" uuid NOT NULL, "host_city_id" integer NOT NULL, "during" tstzrange NOT NULL, "lane" smallint NOT NULL, CONSTRAINT "visit_bookings_lane" CHECK (lane BETWEEN 1 AND 20), CONSTRAINT "visit_bookings_no_overlap" EXCLUDE USING gist ("host_city_id" WITH =, "lane" WITH =, "during" WITH &&), CONSTRAINT "PK_visit_bookings" PRIMARY KEY ("visit_id"))`);
    await q.query(`ALTER TABLE "visit_host_settings" ADD CONSTRAINT "FK_9d2e4c3fee00f19870a7d3df66e" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_availability_rules" ADD CONSTRAINT "FK_d40e4244934414e7b06d7f44cb8" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_availability_exceptions" ADD CONSTRAINT "FK_825543e2392a7ab1b79a827107f" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visits" ADD CONSTRAINT "FK_bce86e7177ebd4d2a64a3808314" FOREIGN KEY ("visiting_city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visits" ADD CONSTRAINT "FK_8f7b25cfd62f7ee25507e91c517" FOREIGN KEY ("host_city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visits" ADD CONSTRAINT "FK_8c789e8f1dda9579c765ae50920" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_windows" ADD CONSTRAINT "FK_f445aa9cea37d4db07d8772ea56" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_practices" ADD CONSTRAINT "FK_237cc16b2ce0c73a542c29dd79a" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_practices" ADD CONSTRAINT "FK_1208596c6c7359261a36533709e" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_delegates" ADD CONSTRAINT "FK_26d39e127f3c215ced58ee83e06" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_host_participants" ADD CONSTRAINT "FK_9cbae9f4756ba267d521762f4f8" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_agenda_items" ADD CONSTRAINT "FK_285d1864bc3c7ccee8630bb804b" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_agenda_items" ADD CONSTRAINT "FK_9c55f854808f8cd784f7040674a" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_events" ADD CONSTRAINT "FK_dcb72b5cf83b05476c926aee6e3" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_events" ADD CONSTRAINT "FK_cc984af37c4d06ba0d004c29530" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "visit_bookings" ADD CONSTRAINT "FK_d1dc4d288774952ccbaa40b9ad8" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Exactly one leader: at most one here, at least one checked by the service on every write.
    await q.query(`CREATE UNIQUE INDEX "visit_delegates_one_leader" ON "visit_delegates" ("visit_id") WHERE is_leader`);
    // The public list: confirmed and completed visits that are not private, newest first.
    await q.query(`CREATE INDEX "visits_public_starts" ON "visits" ("starts_at" DESC, "id") WHERE state IN ('confirmed', 'completed') AND NOT is_private`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['visit_bookings', 'visit_events', 'visit_agenda_items', 'visit_host_participants', 'visit_delegates', 'visit_practices', 'visit_windows', 'visits', 'visit_availability_exceptions', 'visit_availability_rules', 'visit_host_settings']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
