import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_requests_status" AS ENUM('pending', 'approved', 'returned');
  CREATE TYPE "public"."enum_review_requests_decision" AS ENUM('publish', 'schedule');
  CREATE TYPE "public"."enum_link_checks_status" AS ENUM('ok', 'broken', 'redirect', 'timeout', 'blocked');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'review-request';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'review-approve';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'review-return';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkLinks' BEFORE 'schedulePublish';
  CREATE TABLE "review_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"message" varchar NOT NULL,
  	"status" "enum_review_requests_status" DEFAULT 'pending' NOT NULL,
  	"decision" "enum_review_requests_decision",
  	"publish_at" timestamp(3) with time zone,
  	"comment" varchar,
  	"requested_by_id" integer,
  	"requester_label" varchar,
  	"version_id" varchar,
  	"decided_by_id" integer,
  	"decider_label" varchar,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_requests_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"services_id" integer,
  	"procedures_id" integer,
  	"events_id" integer,
  	"alerts_id" integer,
  	"topics_id" integer,
  	"departments_id" integer,
  	"districts_id" integer
  );
  
  CREATE TABLE "link_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL,
  	"status" "enum_link_checks_status" NOT NULL,
  	"http_status" numeric,
  	"checked_at" timestamp(3) with time zone NOT NULL,
  	"error" varchar,
  	"final_url" varchar,
  	"used_by" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_transit_realtime_headers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "_site_settings_v_version_transit_realtime_headers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"value" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "transit_realtime" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trip_updates_last_success_at" timestamp(3) with time zone,
  	"trip_updates_last_error_at" timestamp(3) with time zone,
  	"trip_updates_last_error" varchar,
  	"trip_updates_entities" numeric,
  	"trip_updates_used" numeric,
  	"trip_updates_unknown_trips" numeric,
  	"trip_updates_unknown_stops" numeric,
  	"service_alerts_last_success_at" timestamp(3) with time zone,
  	"service_alerts_last_error_at" timestamp(3) with time zone,
  	"service_alerts_last_error" varchar,
  	"service_alerts_entities" numeric,
  	"service_alerts_used" numeric,
  	"service_alerts_unknown_trips" numeric,
  	"service_alerts_unknown_stops" numeric,
  	"vehicle_positions_last_success_at" timestamp(3) with time zone,
  	"vehicle_positions_last_error_at" timestamp(3) with time zone,
  	"vehicle_positions_last_error" varchar,
  	"vehicle_positions_entities" numeric,
  	"vehicle_positions_used" numeric,
  	"vehicle_positions_unknown_trips" numeric,
  	"vehicle_positions_unknown_stops" numeric,
  	"state" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "services" ADD COLUMN "next_review" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_next_review" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_requests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_checks_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "transit_realtime_trip_updates_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "transit_realtime_service_alerts_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "transit_realtime_vehicle_positions_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "transit_realtime_poll_seconds" numeric DEFAULT 30;
  ALTER TABLE "site_settings" ADD COLUMN "transit_realtime_max_age_seconds" numeric DEFAULT 120;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_transit_realtime_trip_updates_url" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_transit_realtime_service_alerts_url" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_transit_realtime_vehicle_positions_url" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_transit_realtime_poll_seconds" numeric DEFAULT 30;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_transit_realtime_max_age_seconds" numeric DEFAULT 120;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_requests_rels" ADD CONSTRAINT "review_requests_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_transit_realtime_headers" ADD CONSTRAINT "site_settings_transit_realtime_headers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_transit_realtime_headers" ADD CONSTRAINT "_site_settings_v_version_transit_realtime_headers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_requests_status_idx" ON "review_requests" USING btree ("status");
  CREATE INDEX "review_requests_requested_by_idx" ON "review_requests" USING btree ("requested_by_id");
  CREATE INDEX "review_requests_decided_by_idx" ON "review_requests" USING btree ("decided_by_id");
  CREATE INDEX "review_requests_updated_at_idx" ON "review_requests" USING btree ("updated_at");
  CREATE INDEX "review_requests_created_at_idx" ON "review_requests" USING btree ("created_at");
  CREATE INDEX "review_requests_rels_order_idx" ON "review_requests_rels" USING btree ("order");
  CREATE INDEX "review_requests_rels_parent_idx" ON "review_requests_rels" USING btree ("parent_id");
  CREATE INDEX "review_requests_rels_path_idx" ON "review_requests_rels" USING btree ("path");
  CREATE INDEX "review_requests_rels_pages_id_idx" ON "review_requests_rels" USING btree ("pages_id");
  CREATE INDEX "review_requests_rels_services_id_idx" ON "review_requests_rels" USING btree ("services_id");
  CREATE INDEX "review_requests_rels_procedures_id_idx" ON "review_requests_rels" USING btree ("procedures_id");
  CREATE INDEX "review_requests_rels_events_id_idx" ON "review_requests_rels" USING btree ("events_id");
  CREATE INDEX "review_requests_rels_alerts_id_idx" ON "review_requests_rels" USING btree ("alerts_id");
  CREATE INDEX "review_requests_rels_topics_id_idx" ON "review_requests_rels" USING btree ("topics_id");
  CREATE INDEX "review_requests_rels_departments_id_idx" ON "review_requests_rels" USING btree ("departments_id");
  CREATE INDEX "review_requests_rels_districts_id_idx" ON "review_requests_rels" USING btree ("districts_id");
  CREATE UNIQUE INDEX "link_checks_url_idx" ON "link_checks" USING btree ("url");
  CREATE INDEX "link_checks_status_idx" ON "link_checks" USING btree ("status");
  CREATE INDEX "link_checks_updated_at_idx" ON "link_checks" USING btree ("updated_at");
  CREATE INDEX "link_checks_created_at_idx" ON "link_checks" USING btree ("created_at");
  CREATE INDEX "site_settings_transit_realtime_headers_order_idx" ON "site_settings_transit_realtime_headers" USING btree ("_order");
  CREATE INDEX "site_settings_transit_realtime_headers_parent_id_idx" ON "site_settings_transit_realtime_headers" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_transit_realtime_headers_order_idx" ON "_site_settings_v_version_transit_realtime_headers" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_transit_realtime_headers_parent_id_idx" ON "_site_settings_v_version_transit_realtime_headers" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_requests_fk" FOREIGN KEY ("review_requests_id") REFERENCES "public"."review_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_checks_fk" FOREIGN KEY ("link_checks_id") REFERENCES "public"."link_checks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_next_review_idx" ON "services" USING btree ("next_review");
  CREATE INDEX "_services_v_version_version_next_review_idx" ON "_services_v" USING btree ("version_next_review");
  CREATE INDEX "payload_locked_documents_rels_review_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("review_requests_id");
  CREATE INDEX "payload_locked_documents_rels_link_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("link_checks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_requests_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "link_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_transit_realtime_headers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_site_settings_v_version_transit_realtime_headers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_realtime" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_requests" CASCADE;
  DROP TABLE "review_requests_rels" CASCADE;
  DROP TABLE "link_checks" CASCADE;
  DROP TABLE "site_settings_transit_realtime_headers" CASCADE;
  DROP TABLE "_site_settings_v_version_transit_realtime_headers" CASCADE;
  DROP TABLE "transit_realtime" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_requests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_link_checks_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('login', 'login-failed', 'logout', 'access-denied', 'publish', 'unpublish', 'schedule', 'delete');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'pruneAuditLog', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "services_next_review_idx";
  DROP INDEX "_services_v_version_version_next_review_idx";
  DROP INDEX "payload_locked_documents_rels_review_requests_id_idx";
  DROP INDEX "payload_locked_documents_rels_link_checks_id_idx";
  ALTER TABLE "services" DROP COLUMN "next_review";
  ALTER TABLE "_services_v" DROP COLUMN "version_next_review";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_requests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_checks_id";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_trip_updates_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_service_alerts_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_vehicle_positions_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_poll_seconds";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_max_age_seconds";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_trip_updates_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_service_alerts_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_vehicle_positions_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_poll_seconds";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_max_age_seconds";
  DROP TYPE "public"."enum_review_requests_status";
  DROP TYPE "public"."enum_review_requests_decision";
  DROP TYPE "public"."enum_link_checks_status";`)
}
