import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_push_subscriptions_locale" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_push_subscriptions_alerts" AS ENUM('all', 'severe', 'matching', 'none');
  CREATE TYPE "public"."enum_push_deliveries_kind" AS ENUM('alert', 'event', 'eoffice');
  CREATE TYPE "public"."enum_push_deliveries_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TABLE "push_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"endpoint" varchar NOT NULL,
  	"keys_p256dh" varchar NOT NULL,
  	"keys_auth" varchar NOT NULL,
  	"locale" "enum_push_subscriptions_locale" DEFAULT 'en' NOT NULL,
  	"alerts" "enum_push_subscriptions_alerts" DEFAULT 'all' NOT NULL,
  	"area_centre" geometry(Point),
  	"area_radius_km" numeric,
  	"last_success_at" timestamp(3) with time zone,
  	"failure_count" numeric DEFAULT 0,
  	"last_failure_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "push_subscriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer,
  	"transit_lines_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "push_deliveries_failures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"host" varchar,
  	"status_code" numeric,
  	"message" varchar
  );
  
  CREATE TABLE "push_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_push_deliveries_kind" NOT NULL,
  	"alert_id" integer,
  	"event_id" integer,
  	"title" varchar NOT NULL,
  	"status" "enum_push_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"matched" numeric DEFAULT 0,
  	"sent" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"pruned" numeric DEFAULT 0,
  	"retried" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "citizen_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject_hash" varchar NOT NULL,
  	"linked_at" timestamp(3) with time zone NOT NULL,
  	"last_sign_in_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "citizen_links_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"push_subscriptions_id" integer
  );
  
  CREATE TABLE "eoffice_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"message_id" varchar NOT NULL,
  	"link_id" integer NOT NULL,
  	"subject" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"category" varchar,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "push_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "citizen_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "eoffice_notices_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "e_office_notice_retention_days" numeric DEFAULT 90 NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "app_theme_color" varchar DEFAULT '#0b5394';
  ALTER TABLE "site_settings" ADD COLUMN "app_background_color" varchar DEFAULT '#ffffff';
  ALTER TABLE "site_settings" ADD COLUMN "app_icon_id" integer;
  ALTER TABLE "site_settings_locales" ADD COLUMN "app_name" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "app_short_name" varchar;
  ALTER TABLE "site_settings_locales" ADD COLUMN "app_description" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_e_office_notice_retention_days" numeric DEFAULT 90 NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_app_theme_color" varchar DEFAULT '#0b5394';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_app_background_color" varchar DEFAULT '#ffffff';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_app_icon_id" integer;
  ALTER TABLE "_site_settings_v_locales" ADD COLUMN "version_app_name" varchar;
  ALTER TABLE "_site_settings_v_locales" ADD COLUMN "version_app_short_name" varchar;
  ALTER TABLE "_site_settings_v_locales" ADD COLUMN "version_app_description" varchar;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_transit_lines_fk" FOREIGN KEY ("transit_lines_id") REFERENCES "public"."transit_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_subscriptions_rels" ADD CONSTRAINT "push_subscriptions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_deliveries_failures" ADD CONSTRAINT "push_deliveries_failures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."push_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "push_deliveries" ADD CONSTRAINT "push_deliveries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citizen_links_rels" ADD CONSTRAINT "citizen_links_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."citizen_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "citizen_links_rels" ADD CONSTRAINT "citizen_links_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "eoffice_notices" ADD CONSTRAINT "eoffice_notices_link_id_citizen_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."citizen_links"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "push_subscriptions_endpoint_idx" ON "push_subscriptions" USING btree ("endpoint");
  CREATE INDEX "push_subscriptions_updated_at_idx" ON "push_subscriptions" USING btree ("updated_at");
  CREATE INDEX "push_subscriptions_created_at_idx" ON "push_subscriptions" USING btree ("created_at");
  CREATE INDEX "push_subscriptions_rels_order_idx" ON "push_subscriptions_rels" USING btree ("order");
  CREATE INDEX "push_subscriptions_rels_parent_idx" ON "push_subscriptions_rels" USING btree ("parent_id");
  CREATE INDEX "push_subscriptions_rels_path_idx" ON "push_subscriptions_rels" USING btree ("path");
  CREATE INDEX "push_subscriptions_rels_districts_id_idx" ON "push_subscriptions_rels" USING btree ("districts_id");
  CREATE INDEX "push_subscriptions_rels_transit_lines_id_idx" ON "push_subscriptions_rels" USING btree ("transit_lines_id");
  CREATE INDEX "push_subscriptions_rels_topics_id_idx" ON "push_subscriptions_rels" USING btree ("topics_id");
  CREATE INDEX "push_deliveries_failures_order_idx" ON "push_deliveries_failures" USING btree ("_order");
  CREATE INDEX "push_deliveries_failures_parent_id_idx" ON "push_deliveries_failures" USING btree ("_parent_id");
  CREATE INDEX "push_deliveries_alert_idx" ON "push_deliveries" USING btree ("alert_id");
  CREATE INDEX "push_deliveries_event_idx" ON "push_deliveries" USING btree ("event_id");
  CREATE INDEX "push_deliveries_updated_at_idx" ON "push_deliveries" USING btree ("updated_at");
  CREATE INDEX "push_deliveries_created_at_idx" ON "push_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "citizen_links_subject_hash_idx" ON "citizen_links" USING btree ("subject_hash");
  CREATE INDEX "citizen_links_updated_at_idx" ON "citizen_links" USING btree ("updated_at");
  CREATE INDEX "citizen_links_created_at_idx" ON "citizen_links" USING btree ("created_at");
  CREATE INDEX "citizen_links_rels_order_idx" ON "citizen_links_rels" USING btree ("order");
  CREATE INDEX "citizen_links_rels_parent_idx" ON "citizen_links_rels" USING btree ("parent_id");
  CREATE INDEX "citizen_links_rels_path_idx" ON "citizen_links_rels" USING btree ("path");
  CREATE INDEX "citizen_links_rels_push_subscriptions_id_idx" ON "citizen_links_rels" USING btree ("push_subscriptions_id");
  CREATE UNIQUE INDEX "eoffice_notices_message_id_idx" ON "eoffice_notices" USING btree ("message_id");
  CREATE INDEX "eoffice_notices_link_idx" ON "eoffice_notices" USING btree ("link_id");
  CREATE INDEX "eoffice_notices_expires_at_idx" ON "eoffice_notices" USING btree ("expires_at");
  CREATE INDEX "eoffice_notices_updated_at_idx" ON "eoffice_notices" USING btree ("updated_at");
  CREATE INDEX "eoffice_notices_created_at_idx" ON "eoffice_notices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk" FOREIGN KEY ("push_subscriptions_id") REFERENCES "public"."push_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_push_deliveries_fk" FOREIGN KEY ("push_deliveries_id") REFERENCES "public"."push_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_citizen_links_fk" FOREIGN KEY ("citizen_links_id") REFERENCES "public"."citizen_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_eoffice_notices_fk" FOREIGN KEY ("eoffice_notices_id") REFERENCES "public"."eoffice_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_app_icon_id_media_id_fk" FOREIGN KEY ("app_icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_site_settings_v" ADD CONSTRAINT "_site_settings_v_version_app_icon_id_media_id_fk" FOREIGN KEY ("version_app_icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_push_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("push_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_push_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("push_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_citizen_links_id_idx" ON "payload_locked_documents_rels" USING btree ("citizen_links_id");
  CREATE INDEX "payload_locked_documents_rels_eoffice_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("eoffice_notices_id");
  CREATE INDEX "site_settings_app_app_icon_idx" ON "site_settings" USING btree ("app_icon_id");
  CREATE INDEX "_site_settings_v_version_app_version_app_icon_idx" ON "_site_settings_v" USING btree ("version_app_icon_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "push_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_subscriptions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_deliveries_failures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "push_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizen_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citizen_links_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "eoffice_notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "push_subscriptions" CASCADE;
  DROP TABLE "push_subscriptions_rels" CASCADE;
  DROP TABLE "push_deliveries_failures" CASCADE;
  DROP TABLE "push_deliveries" CASCADE;
  DROP TABLE "citizen_links" CASCADE;
  DROP TABLE "citizen_links_rels" CASCADE;
  DROP TABLE "eoffice_notices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_push_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_citizen_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_eoffice_notices_fk";
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_app_icon_id_media_id_fk";
  
  ALTER TABLE "_site_settings_v" DROP CONSTRAINT "_site_settings_v_version_app_icon_id_media_id_fk";
  
  DROP INDEX "payload_locked_documents_rels_push_subscriptions_id_idx";
  DROP INDEX "payload_locked_documents_rels_push_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_citizen_links_id_idx";
  DROP INDEX "payload_locked_documents_rels_eoffice_notices_id_idx";
  DROP INDEX "site_settings_app_app_icon_idx";
  DROP INDEX "_site_settings_v_version_app_version_app_icon_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "push_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "citizen_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "eoffice_notices_id";
  ALTER TABLE "site_settings" DROP COLUMN "e_office_notice_retention_days";
  ALTER TABLE "site_settings" DROP COLUMN "app_theme_color";
  ALTER TABLE "site_settings" DROP COLUMN "app_background_color";
  ALTER TABLE "site_settings" DROP COLUMN "app_icon_id";
  ALTER TABLE "site_settings_locales" DROP COLUMN "app_name";
  ALTER TABLE "site_settings_locales" DROP COLUMN "app_short_name";
  ALTER TABLE "site_settings_locales" DROP COLUMN "app_description";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_e_office_notice_retention_days";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_app_theme_color";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_app_background_color";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_app_icon_id";
  ALTER TABLE "_site_settings_v_locales" DROP COLUMN "version_app_name";
  ALTER TABLE "_site_settings_v_locales" DROP COLUMN "version_app_short_name";
  ALTER TABLE "_site_settings_v_locales" DROP COLUMN "version_app_description";
  DROP TYPE "public"."enum_push_subscriptions_locale";
  DROP TYPE "public"."enum_push_subscriptions_alerts";
  DROP TYPE "public"."enum_push_deliveries_kind";
  DROP TYPE "public"."enum_push_deliveries_status";`)
}
