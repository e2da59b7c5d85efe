import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_transit_feeds_import_status" AS ENUM('queued', 'running', 'failed', 'active', 'superseded');
  CREATE TYPE "public"."enum_transit_feed_chunks_kind" AS ENUM('source', 'timetable');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'revalidateAlerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'searchSync' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'transitImport' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'revalidateAlerts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'searchSync' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'transitImport' BEFORE 'schedulePublish';
  CREATE TABLE "transit_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"route_id" varchar NOT NULL,
  	"name" varchar,
  	"color" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transit_lines_locales" (
  	"description" varchar,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "transit_stops" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stop_id" varchar NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transit_stops_locales" (
  	"description" varchar,
  	"accessibility" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "transit_feeds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_transit_feeds_import_status" DEFAULT 'queued' NOT NULL,
  	"progress" numeric DEFAULT 0,
  	"step" varchar,
  	"validity_start" varchar,
  	"validity_end" varchar,
  	"timezone" varchar,
  	"summary" varchar,
  	"report" jsonb,
  	"sha256" varchar,
  	"timetable_chunks" numeric,
  	"timetable_sha256" varchar,
  	"imported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "transit_feed_chunks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"feed_id" integer NOT NULL,
  	"kind" "enum_transit_feed_chunks_kind" NOT NULL,
  	"seq" numeric NOT NULL,
  	"data" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "transit_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"active_feed_id" integer,
  	"activated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "alerts_rels" ADD COLUMN "transit_lines_id" integer;
  ALTER TABLE "alerts_rels" ADD COLUMN "transit_stops_id" integer;
  ALTER TABLE "_alerts_v_rels" ADD COLUMN "transit_lines_id" integer;
  ALTER TABLE "_alerts_v_rels" ADD COLUMN "transit_stops_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transit_lines_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transit_stops_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transit_feeds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "transit_feed_chunks_id" integer;
  ALTER TABLE "transit_lines_locales" ADD CONSTRAINT "transit_lines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."transit_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "transit_stops_locales" ADD CONSTRAINT "transit_stops_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."transit_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "transit_feed_chunks" ADD CONSTRAINT "transit_feed_chunks_feed_id_transit_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."transit_feeds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "transit_settings" ADD CONSTRAINT "transit_settings_active_feed_id_transit_feeds_id_fk" FOREIGN KEY ("active_feed_id") REFERENCES "public"."transit_feeds"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "transit_lines_route_id_idx" ON "transit_lines" USING btree ("route_id");
  CREATE INDEX "transit_lines_updated_at_idx" ON "transit_lines" USING btree ("updated_at");
  CREATE INDEX "transit_lines_created_at_idx" ON "transit_lines" USING btree ("created_at");
  CREATE UNIQUE INDEX "transit_lines_locales_locale_parent_id_unique" ON "transit_lines_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "transit_stops_stop_id_idx" ON "transit_stops" USING btree ("stop_id");
  CREATE INDEX "transit_stops_updated_at_idx" ON "transit_stops" USING btree ("updated_at");
  CREATE INDEX "transit_stops_created_at_idx" ON "transit_stops" USING btree ("created_at");
  CREATE UNIQUE INDEX "transit_stops_locales_locale_parent_id_unique" ON "transit_stops_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "transit_feeds_sha256_idx" ON "transit_feeds" USING btree ("sha256");
  CREATE INDEX "transit_feeds_updated_at_idx" ON "transit_feeds" USING btree ("updated_at");
  CREATE INDEX "transit_feeds_created_at_idx" ON "transit_feeds" USING btree ("created_at");
  CREATE UNIQUE INDEX "transit_feeds_filename_idx" ON "transit_feeds" USING btree ("filename");
  CREATE INDEX "transit_feed_chunks_feed_idx" ON "transit_feed_chunks" USING btree ("feed_id");
  CREATE INDEX "transit_feed_chunks_updated_at_idx" ON "transit_feed_chunks" USING btree ("updated_at");
  CREATE INDEX "transit_feed_chunks_created_at_idx" ON "transit_feed_chunks" USING btree ("created_at");
  CREATE INDEX "transit_settings_active_feed_idx" ON "transit_settings" USING btree ("active_feed_id");
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_transit_lines_fk" FOREIGN KEY ("transit_lines_id") REFERENCES "public"."transit_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_transit_stops_fk" FOREIGN KEY ("transit_stops_id") REFERENCES "public"."transit_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_transit_lines_fk" FOREIGN KEY ("transit_lines_id") REFERENCES "public"."transit_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_transit_stops_fk" FOREIGN KEY ("transit_stops_id") REFERENCES "public"."transit_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transit_lines_fk" FOREIGN KEY ("transit_lines_id") REFERENCES "public"."transit_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transit_stops_fk" FOREIGN KEY ("transit_stops_id") REFERENCES "public"."transit_stops"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transit_feeds_fk" FOREIGN KEY ("transit_feeds_id") REFERENCES "public"."transit_feeds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_transit_feed_chunks_fk" FOREIGN KEY ("transit_feed_chunks_id") REFERENCES "public"."transit_feed_chunks"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "alerts_rels_transit_lines_id_idx" ON "alerts_rels" USING btree ("transit_lines_id");
  CREATE INDEX "alerts_rels_transit_stops_id_idx" ON "alerts_rels" USING btree ("transit_stops_id");
  CREATE INDEX "_alerts_v_rels_transit_lines_id_idx" ON "_alerts_v_rels" USING btree ("transit_lines_id");
  CREATE INDEX "_alerts_v_rels_transit_stops_id_idx" ON "_alerts_v_rels" USING btree ("transit_stops_id");
  CREATE INDEX "payload_locked_documents_rels_transit_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("transit_lines_id");
  CREATE INDEX "payload_locked_documents_rels_transit_stops_id_idx" ON "payload_locked_documents_rels" USING btree ("transit_stops_id");
  CREATE INDEX "payload_locked_documents_rels_transit_feeds_id_idx" ON "payload_locked_documents_rels" USING btree ("transit_feeds_id");
  CREATE INDEX "payload_locked_documents_rels_transit_feed_chunks_id_idx" ON "payload_locked_documents_rels" USING btree ("transit_feed_chunks_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "transit_lines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_lines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_stops" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_stops_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_feeds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_feed_chunks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "transit_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "transit_lines" CASCADE;
  DROP TABLE "transit_lines_locales" CASCADE;
  DROP TABLE "transit_stops" CASCADE;
  DROP TABLE "transit_stops_locales" CASCADE;
  DROP TABLE "transit_feeds" CASCADE;
  DROP TABLE "transit_feed_chunks" CASCADE;
  DROP TABLE "transit_settings" CASCADE;
  ALTER TABLE "alerts_rels" DROP CONSTRAINT "alerts_rels_transit_lines_fk";
  
  ALTER TABLE "alerts_rels" DROP CONSTRAINT "alerts_rels_transit_stops_fk";
  
  ALTER TABLE "_alerts_v_rels" DROP CONSTRAINT "_alerts_v_rels_transit_lines_fk";
  
  ALTER TABLE "_alerts_v_rels" DROP CONSTRAINT "_alerts_v_rels_transit_stops_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transit_lines_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transit_stops_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transit_feeds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_transit_feed_chunks_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "alerts_rels_transit_lines_id_idx";
  DROP INDEX "alerts_rels_transit_stops_id_idx";
  DROP INDEX "_alerts_v_rels_transit_lines_id_idx";
  DROP INDEX "_alerts_v_rels_transit_stops_id_idx";
  DROP INDEX "payload_locked_documents_rels_transit_lines_id_idx";
  DROP INDEX "payload_locked_documents_rels_transit_stops_id_idx";
  DROP INDEX "payload_locked_documents_rels_transit_feeds_id_idx";
  DROP INDEX "payload_locked_documents_rels_transit_feed_chunks_id_idx";
  ALTER TABLE "alerts_rels" DROP COLUMN "transit_lines_id";
  ALTER TABLE "alerts_rels" DROP COLUMN "transit_stops_id";
  ALTER TABLE "_alerts_v_rels" DROP COLUMN "transit_lines_id";
  ALTER TABLE "_alerts_v_rels" DROP COLUMN "transit_stops_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transit_lines_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transit_stops_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transit_feeds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "transit_feed_chunks_id";
  DROP TYPE "public"."enum_transit_feeds_import_status";
  DROP TYPE "public"."enum_transit_feed_chunks_kind";`)
}
