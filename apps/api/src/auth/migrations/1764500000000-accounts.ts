import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, city memberships, representation requests, invitations, mail outbox, audit log. */
export class Accounts1764500000000 implements MigrationInterface {
  name = 'Accounts1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "is_platform_admin" boolean NOT NULL DEFAULT false, "is_researcher" boolean NOT NULL DEFAULT false, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "users_email_lower_case" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "audit_log" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "city_id" integer, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_log_actor_at" ON "audit_log"("actor_id", "at") `);
    await q.query(`CREATE INDEX "audit_log_city_at" ON "audit_log"("city_id", "at") `);
    await q.query(`CREATE INDEX "audit_log_at" ON "audit_log"("at") `);
    await q.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "rate_limits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, CONSTRAINT "PK_8cb6aa4831e3e775ccf370521db" PRIMARY KEY ("key"))`);
    await q.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "sessions_user" ON "sessions"("user_id") `);
    await q.query(`CREATE TABLE "outbox_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "transport" text, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_8cb122e0b8065573966b2e1acf6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "outbox_emails_created" ON "outbox_emails"("created_at") `);
    await q.query(`CREATE TABLE "city_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "city_id" integer NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "city_memberships_role" CHECK (role IN ('ADMIN', 'EDITOR', 'MEMBER')), CONSTRAINT "PK_8db1ab4fb6c73ea94e2db8aa7a7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "city_memberships_city" ON "city_memberships"("city_id") `);
    await q.query(`CREATE UNIQUE INDEX "city_memberships_user_city" ON "city_memberships"("user_id", "city_id") `);
    await q.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "city_id" integer NOT NULL, "email" text NOT NULL, "role" text NOT NULL, "token_hash" text NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_872ac94a64b3d44fc4b554780cd" UNIQUE ("token_hash"), CONSTRAINT "invitations_email_lower_case" CHECK (email = lower(email)), CONSTRAINT "invitations_role" CHECK (role IN ('ADMIN', 'EDITOR', 'MEMBER')), CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "invitations_city_created" ON "invitations"("city_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "invitations_city_email_open" ON "invitations"("city_id", "email") WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    await q.query(`CREATE TABLE "representation_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "city_id" integer NOT NULL, "message" text NOT NULL, "official_email" text, "status" text NOT NULL DEFAULT 'PENDING', "decision_note" text, "decided_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "representation_requests_decided" CHECK ((status = 'PENDING') = (decided_at IS NULL)), CONSTRAINT "representation_requests_status" CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_c7fa32c1263c71457f89ebfe7b2" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "representation_requests_status_created" ON "representation_requests"("status", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "representation_requests_one_pending" ON "representation_requests"("user_id", "city_id") WHERE status = 'PENDING'`);
    await q.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "FK_15a6f5aad57db494c17986ed2e2" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "audit_log" ADD CONSTRAINT "FK_bec8e1a5c79be46ef55dca20ade" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "city_memberships" ADD CONSTRAINT "FK_8d95eccc10330edd54756f8234d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "city_memberships" ADD CONSTRAINT "FK_ab58618649e754a437f2b9cd6e0" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_efc2038059ceeab5cce08e4efdb" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_29b1cef6891d9b9d4e35f793b81" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "representation_requests" ADD CONSTRAINT "FK_ec4ac7ae7377c891e8f39638cee" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "representation_requests" ADD CONSTRAINT "FK_ad6ba2d3080b5379aa961e2debc" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "representation_requests" ADD CONSTRAINT "FK_3d2e5b60b5a7a77e488b2214059" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'outbox_emails', 'invitations', 'representation_requests', 'city_memberships', 'rate_limits', 'password_reset_tokens', 'sessions', 'users']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
