import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum_events_audience" AS ENUM('children', 'young-people', 'families', 'adults', 'seniors', 'tourists');
  CREATE TYPE "public"."enum_events_event_status" AS ENUM('EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled');
  CREATE TYPE "public"."enum_events_recurrence_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum_events_recurrence_monthly_by" AS ENUM('dayOfMonth', 'weekdayOfMonth');
  CREATE TYPE "public"."enum_events_recurrence_ends" AS ENUM('never', 'until', 'count');
  CREATE TYPE "public"."enum__events_v_version_recurrence_weekdays" AS ENUM('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('children', 'young-people', 'families', 'adults', 'seniors', 'tourists');
  CREATE TYPE "public"."enum__events_v_version_event_status" AS ENUM('EventScheduled', 'EventCancelled', 'EventPostponed', 'EventRescheduled');
  CREATE TYPE "public"."enum__events_v_version_recurrence_frequency" AS ENUM('none', 'daily', 'weekly', 'monthly', 'yearly');
  CREATE TYPE "public"."enum__events_v_version_recurrence_monthly_by" AS ENUM('dayOfMonth', 'weekdayOfMonth');
  CREATE TYPE "public"."enum__events_v_version_recurrence_ends" AS ENUM('never', 'until', 'count');
  CREATE TYPE "public"."enum_alerts_categories" AS ENUM('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other');
  CREATE TYPE "public"."enum_alerts_cap_messages_msg_type" AS ENUM('Alert', 'Update', 'Cancel');
  CREATE TYPE "public"."enum_alerts_urgency" AS ENUM('Immediate', 'Expected', 'Future', 'Past', 'Unknown');
  CREATE TYPE "public"."enum_alerts_certainty" AS ENUM('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown');
  CREATE TYPE "public"."enum__alerts_v_version_categories" AS ENUM('Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other');
  CREATE TYPE "public"."enum__alerts_v_version_cap_messages_msg_type" AS ENUM('Alert', 'Update', 'Cancel');
  CREATE TYPE "public"."enum__alerts_v_version_urgency" AS ENUM('Immediate', 'Expected', 'Future', 'Past', 'Unknown');
  CREATE TYPE "public"."enum__alerts_v_version_certainty" AS ENUM('Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown');
  CREATE TYPE "public"."enum_districts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__districts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__districts_v_published_locale" AS ENUM('en', 'es');
  CREATE TABLE "events_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "events_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_recurrence_weekdays" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_recurrence_weekdays",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_recurrence_exceptions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "alerts_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_alerts_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "alerts_cap_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"identifier" varchar,
  	"sent" timestamp(3) with time zone,
  	"msg_type" "enum_alerts_cap_messages_msg_type"
  );
  
  CREATE TABLE "alerts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer,
  	"services_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "_alerts_v_version_categories" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__alerts_v_version_categories",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_alerts_v_version_cap_messages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"identifier" varchar,
  	"sent" timestamp(3) with time zone,
  	"msg_type" "enum__alerts_v_version_cap_messages_msg_type",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_alerts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"districts_id" integer,
  	"services_id" integer,
  	"procedures_id" integer
  );
  
  CREATE TABLE "districts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"centre" geometry(Point),
  	"postal_codes" varchar,
  	"boundary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_districts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "districts_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_districts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_centre" geometry(Point),
  	"version_postal_codes" varchar,
  	"version_boundary" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__districts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__districts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_districts_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "events" ADD COLUMN "event_status" "enum_events_event_status" DEFAULT 'EventScheduled';
  ALTER TABLE "events" ADD COLUMN "timezone" varchar;
  ALTER TABLE "events" ADD COLUMN "previous_starts_at" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "recurrence_frequency" "enum_events_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "events" ADD COLUMN "recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "events" ADD COLUMN "recurrence_monthly_by" "enum_events_recurrence_monthly_by" DEFAULT 'dayOfMonth';
  ALTER TABLE "events" ADD COLUMN "recurrence_ends" "enum_events_recurrence_ends" DEFAULT 'never';
  ALTER TABLE "events" ADD COLUMN "recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "events" ADD COLUMN "recurrence_count" numeric;
  ALTER TABLE "events" ADD COLUMN "recurrence_rrule" varchar;
  ALTER TABLE "events" ADD COLUMN "price_is_free" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "price_amount" numeric;
  ALTER TABLE "events" ADD COLUMN "price_currency" varchar DEFAULT 'EUR';
  ALTER TABLE "events" ADD COLUMN "registration_url" varchar;
  ALTER TABLE "events" ADD COLUMN "organiser_department_id" integer;
  ALTER TABLE "events" ADD COLUMN "organiser_url" varchar;
  ALTER TABLE "events" ADD COLUMN "accessibility_wheelchair" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "accessibility_sign_language" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "accessibility_hearing_loop" boolean DEFAULT false;
  ALTER TABLE "events" ADD COLUMN "image_id" integer;
  ALTER TABLE "events_locales" ADD COLUMN "price_details" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "organiser_name" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "accessibility_notes" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_event_status" "enum__events_v_version_event_status" DEFAULT 'EventScheduled';
  ALTER TABLE "_events_v" ADD COLUMN "version_timezone" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_previous_starts_at" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_frequency" "enum__events_v_version_recurrence_frequency" DEFAULT 'none';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_interval" numeric DEFAULT 1;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_monthly_by" "enum__events_v_version_recurrence_monthly_by" DEFAULT 'dayOfMonth';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_ends" "enum__events_v_version_recurrence_ends" DEFAULT 'never';
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_until" timestamp(3) with time zone;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_count" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_recurrence_rrule" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_price_is_free" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_price_amount" numeric;
  ALTER TABLE "_events_v" ADD COLUMN "version_price_currency" varchar DEFAULT 'EUR';
  ALTER TABLE "_events_v" ADD COLUMN "version_registration_url" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_organiser_department_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_organiser_url" varchar;
  ALTER TABLE "_events_v" ADD COLUMN "version_accessibility_wheelchair" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_accessibility_sign_language" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_accessibility_hearing_loop" boolean DEFAULT false;
  ALTER TABLE "_events_v" ADD COLUMN "version_image_id" integer;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_price_details" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_organiser_name" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_accessibility_notes" varchar;
  ALTER TABLE "alerts" ADD COLUMN "urgency" "enum_alerts_urgency" DEFAULT 'Expected';
  ALTER TABLE "alerts" ADD COLUMN "certainty" "enum_alerts_certainty" DEFAULT 'Likely';
  ALTER TABLE "alerts" ADD COLUMN "area_polygon" varchar;
  ALTER TABLE "alerts" ADD COLUMN "area_circle" varchar;
  ALTER TABLE "alerts" ADD COLUMN "web" varchar;
  ALTER TABLE "alerts" ADD COLUMN "withdrawn" boolean DEFAULT false;
  ALTER TABLE "alerts_locales" ADD COLUMN "event_type" varchar;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_urgency" "enum__alerts_v_version_urgency" DEFAULT 'Expected';
  ALTER TABLE "_alerts_v" ADD COLUMN "version_certainty" "enum__alerts_v_version_certainty" DEFAULT 'Likely';
  ALTER TABLE "_alerts_v" ADD COLUMN "version_area_polygon" varchar;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_area_circle" varchar;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_web" varchar;
  ALTER TABLE "_alerts_v" ADD COLUMN "version_withdrawn" boolean DEFAULT false;
  ALTER TABLE "_alerts_v_locales" ADD COLUMN "version_event_type" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "districts_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "map_tile_url" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "map_attribution" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "map_max_zoom" numeric DEFAULT 19;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_map_tile_url" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_map_attribution" varchar;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_map_max_zoom" numeric DEFAULT 19;
  ALTER TABLE "events_recurrence_weekdays" ADD CONSTRAINT "events_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_recurrence_exceptions" ADD CONSTRAINT "events_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_audience" ADD CONSTRAINT "events_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_weekdays" ADD CONSTRAINT "_events_v_version_recurrence_weekdays_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_recurrence_exceptions" ADD CONSTRAINT "_events_v_version_recurrence_exceptions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audience" ADD CONSTRAINT "_events_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_categories" ADD CONSTRAINT "alerts_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_cap_messages" ADD CONSTRAINT "alerts_cap_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts_rels" ADD CONSTRAINT "alerts_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_version_categories" ADD CONSTRAINT "_alerts_v_version_categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_alerts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_version_cap_messages" ADD CONSTRAINT "_alerts_v_version_cap_messages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_alerts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_alerts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_alerts_v_rels" ADD CONSTRAINT "_alerts_v_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "districts_locales" ADD CONSTRAINT "districts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_districts_v" ADD CONSTRAINT "_districts_v_parent_id_districts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_districts_v_locales" ADD CONSTRAINT "_districts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_districts_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_recurrence_weekdays_order_idx" ON "events_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "events_recurrence_weekdays_parent_idx" ON "events_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "events_recurrence_exceptions_order_idx" ON "events_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "events_recurrence_exceptions_parent_id_idx" ON "events_recurrence_exceptions" USING btree ("_parent_id");
  CREATE INDEX "events_audience_order_idx" ON "events_audience" USING btree ("order");
  CREATE INDEX "events_audience_parent_idx" ON "events_audience" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_recurrence_weekdays_order_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("order");
  CREATE INDEX "_events_v_version_recurrence_weekdays_parent_idx" ON "_events_v_version_recurrence_weekdays" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_recurrence_exceptions_order_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_order");
  CREATE INDEX "_events_v_version_recurrence_exceptions_parent_id_idx" ON "_events_v_version_recurrence_exceptions" USING btree ("_parent_id");
  CREATE INDEX "_events_v_version_audience_order_idx" ON "_events_v_version_audience" USING btree ("order");
  CREATE INDEX "_events_v_version_audience_parent_idx" ON "_events_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "alerts_categories_order_idx" ON "alerts_categories" USING btree ("order");
  CREATE INDEX "alerts_categories_parent_idx" ON "alerts_categories" USING btree ("parent_id");
  CREATE INDEX "alerts_cap_messages_order_idx" ON "alerts_cap_messages" USING btree ("_order");
  CREATE INDEX "alerts_cap_messages_parent_id_idx" ON "alerts_cap_messages" USING btree ("_parent_id");
  CREATE INDEX "alerts_rels_order_idx" ON "alerts_rels" USING btree ("order");
  CREATE INDEX "alerts_rels_parent_idx" ON "alerts_rels" USING btree ("parent_id");
  CREATE INDEX "alerts_rels_path_idx" ON "alerts_rels" USING btree ("path");
  CREATE INDEX "alerts_rels_districts_id_idx" ON "alerts_rels" USING btree ("districts_id");
  CREATE INDEX "alerts_rels_services_id_idx" ON "alerts_rels" USING btree ("services_id");
  CREATE INDEX "alerts_rels_procedures_id_idx" ON "alerts_rels" USING btree ("procedures_id");
  CREATE INDEX "_alerts_v_version_categories_order_idx" ON "_alerts_v_version_categories" USING btree ("order");
  CREATE INDEX "_alerts_v_version_categories_parent_idx" ON "_alerts_v_version_categories" USING btree ("parent_id");
  CREATE INDEX "_alerts_v_version_cap_messages_order_idx" ON "_alerts_v_version_cap_messages" USING btree ("_order");
  CREATE INDEX "_alerts_v_version_cap_messages_parent_id_idx" ON "_alerts_v_version_cap_messages" USING btree ("_parent_id");
  CREATE INDEX "_alerts_v_rels_order_idx" ON "_alerts_v_rels" USING btree ("order");
  CREATE INDEX "_alerts_v_rels_parent_idx" ON "_alerts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_alerts_v_rels_path_idx" ON "_alerts_v_rels" USING btree ("path");
  CREATE INDEX "_alerts_v_rels_districts_id_idx" ON "_alerts_v_rels" USING btree ("districts_id");
  CREATE INDEX "_alerts_v_rels_services_id_idx" ON "_alerts_v_rels" USING btree ("services_id");
  CREATE INDEX "_alerts_v_rels_procedures_id_idx" ON "_alerts_v_rels" USING btree ("procedures_id");
  CREATE UNIQUE INDEX "districts_slug_idx" ON "districts" USING btree ("slug");
  CREATE INDEX "districts_updated_at_idx" ON "districts" USING btree ("updated_at");
  CREATE INDEX "districts_created_at_idx" ON "districts" USING btree ("created_at");
  CREATE INDEX "districts__status_idx" ON "districts" USING btree ("_status");
  CREATE UNIQUE INDEX "districts_locales_locale_parent_id_unique" ON "districts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_districts_v_parent_idx" ON "_districts_v" USING btree ("parent_id");
  CREATE INDEX "_districts_v_version_version_slug_idx" ON "_districts_v" USING btree ("version_slug");
  CREATE INDEX "_districts_v_version_version_updated_at_idx" ON "_districts_v" USING btree ("version_updated_at");
  CREATE INDEX "_districts_v_version_version_created_at_idx" ON "_districts_v" USING btree ("version_created_at");
  CREATE INDEX "_districts_v_version_version__status_idx" ON "_districts_v" USING btree ("version__status");
  CREATE INDEX "_districts_v_created_at_idx" ON "_districts_v" USING btree ("created_at");
  CREATE INDEX "_districts_v_updated_at_idx" ON "_districts_v" USING btree ("updated_at");
  CREATE INDEX "_districts_v_snapshot_idx" ON "_districts_v" USING btree ("snapshot");
  CREATE INDEX "_districts_v_published_locale_idx" ON "_districts_v" USING btree ("published_locale");
  CREATE INDEX "_districts_v_latest_idx" ON "_districts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_districts_v_locales_locale_parent_id_unique" ON "_districts_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "events" ADD CONSTRAINT "events_organiser_department_id_departments_id_fk" FOREIGN KEY ("organiser_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_organiser_department_id_departments_id_fk" FOREIGN KEY ("version_organiser_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_districts_fk" FOREIGN KEY ("districts_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_organiser_organiser_department_idx" ON "events" USING btree ("organiser_department_id");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE INDEX "_events_v_version_organiser_version_organiser_department_idx" ON "_events_v" USING btree ("version_organiser_department_id");
  CREATE INDEX "_events_v_version_version_image_idx" ON "_events_v" USING btree ("version_image_id");
  CREATE INDEX "payload_locked_documents_rels_districts_id_idx" ON "payload_locked_documents_rels" USING btree ("districts_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_recurrence_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_recurrence_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_recurrence_weekdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_recurrence_exceptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alerts_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alerts_cap_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "alerts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_alerts_v_version_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_alerts_v_version_cap_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_alerts_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "districts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "districts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_districts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_districts_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_recurrence_weekdays" CASCADE;
  DROP TABLE "events_recurrence_exceptions" CASCADE;
  DROP TABLE "events_audience" CASCADE;
  DROP TABLE "_events_v_version_recurrence_weekdays" CASCADE;
  DROP TABLE "_events_v_version_recurrence_exceptions" CASCADE;
  DROP TABLE "_events_v_version_audience" CASCADE;
  DROP TABLE "alerts_categories" CASCADE;
  DROP TABLE "alerts_cap_messages" CASCADE;
  DROP TABLE "alerts_rels" CASCADE;
  DROP TABLE "_alerts_v_version_categories" CASCADE;
  DROP TABLE "_alerts_v_version_cap_messages" CASCADE;
  DROP TABLE "_alerts_v_rels" CASCADE;
  DROP TABLE "districts" CASCADE;
  DROP TABLE "districts_locales" CASCADE;
  DROP TABLE "_districts_v" CASCADE;
  DROP TABLE "_districts_v_locales" CASCADE;
  ALTER TABLE "events" DROP CONSTRAINT "events_organiser_department_id_departments_id_fk";
  
  ALTER TABLE "events" DROP CONSTRAINT "events_image_id_media_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_organiser_department_id_departments_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_districts_fk";
  
  DROP INDEX "events_organiser_organiser_department_idx";
  DROP INDEX "events_image_idx";
  DROP INDEX "_events_v_version_organiser_version_organiser_department_idx";
  DROP INDEX "_events_v_version_version_image_idx";
  DROP INDEX "payload_locked_documents_rels_districts_id_idx";
  ALTER TABLE "events" DROP COLUMN "event_status";
  ALTER TABLE "events" DROP COLUMN "timezone";
  ALTER TABLE "events" DROP COLUMN "previous_starts_at";
  ALTER TABLE "events" DROP COLUMN "recurrence_frequency";
  ALTER TABLE "events" DROP COLUMN "recurrence_interval";
  ALTER TABLE "events" DROP COLUMN "recurrence_monthly_by";
  ALTER TABLE "events" DROP COLUMN "recurrence_ends";
  ALTER TABLE "events" DROP COLUMN "recurrence_until";
  ALTER TABLE "events" DROP COLUMN "recurrence_count";
  ALTER TABLE "events" DROP COLUMN "recurrence_rrule";
  ALTER TABLE "events" DROP COLUMN "price_is_free";
  ALTER TABLE "events" DROP COLUMN "price_amount";
  ALTER TABLE "events" DROP COLUMN "price_currency";
  ALTER TABLE "events" DROP COLUMN "registration_url";
  ALTER TABLE "events" DROP COLUMN "organiser_department_id";
  ALTER TABLE "events" DROP COLUMN "organiser_url";
  ALTER TABLE "events" DROP COLUMN "accessibility_wheelchair";
  ALTER TABLE "events" DROP COLUMN "accessibility_sign_language";
  ALTER TABLE "events" DROP COLUMN "accessibility_hearing_loop";
  ALTER TABLE "events" DROP COLUMN "image_id";
  ALTER TABLE "events_locales" DROP COLUMN "price_details";
  ALTER TABLE "events_locales" DROP COLUMN "organiser_name";
  ALTER TABLE "events_locales" DROP COLUMN "accessibility_notes";
  ALTER TABLE "_events_v" DROP COLUMN "version_event_status";
  ALTER TABLE "_events_v" DROP COLUMN "version_timezone";
  ALTER TABLE "_events_v" DROP COLUMN "version_previous_starts_at";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_frequency";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_interval";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_monthly_by";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_ends";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_until";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_count";
  ALTER TABLE "_events_v" DROP COLUMN "version_recurrence_rrule";
  ALTER TABLE "_events_v" DROP COLUMN "version_price_is_free";
  ALTER TABLE "_events_v" DROP COLUMN "version_price_amount";
  ALTER TABLE "_events_v" DROP COLUMN "version_price_currency";
  ALTER TABLE "_events_v" DROP COLUMN "version_registration_url";
  ALTER TABLE "_events_v" DROP COLUMN "version_organiser_department_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_organiser_url";
  ALTER TABLE "_events_v" DROP COLUMN "version_accessibility_wheelchair";
  ALTER TABLE "_events_v" DROP COLUMN "version_accessibility_sign_language";
  ALTER TABLE "_events_v" DROP COLUMN "version_accessibility_hearing_loop";
  ALTER TABLE "_events_v" DROP COLUMN "version_image_id";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_price_details";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_organiser_name";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_accessibility_notes";
  ALTER TABLE "alerts" DROP COLUMN "urgency";
  ALTER TABLE "alerts" DROP COLUMN "certainty";
  ALTER TABLE "alerts" DROP COLUMN "area_polygon";
  ALTER TABLE "alerts" DROP COLUMN "area_circle";
  ALTER TABLE "alerts" DROP COLUMN "web";
  ALTER TABLE "alerts" DROP COLUMN "withdrawn";
  ALTER TABLE "alerts_locales" DROP COLUMN "event_type";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_urgency";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_certainty";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_area_polygon";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_area_circle";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_web";
  ALTER TABLE "_alerts_v" DROP COLUMN "version_withdrawn";
  ALTER TABLE "_alerts_v_locales" DROP COLUMN "version_event_type";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "districts_id";
  ALTER TABLE "site_settings" DROP COLUMN "map_tile_url";
  ALTER TABLE "site_settings" DROP COLUMN "map_attribution";
  ALTER TABLE "site_settings" DROP COLUMN "map_max_zoom";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_map_tile_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_map_attribution";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_map_max_zoom";
  DROP TYPE "public"."enum_events_recurrence_weekdays";
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum_events_event_status";
  DROP TYPE "public"."enum_events_recurrence_frequency";
  DROP TYPE "public"."enum_events_recurrence_monthly_by";
  DROP TYPE "public"."enum_events_recurrence_ends";
  DROP TYPE "public"."enum__events_v_version_recurrence_weekdays";
  DROP TYPE "public"."enum__events_v_version_audience";
  DROP TYPE "public"."enum__events_v_version_event_status";
  DROP TYPE "public"."enum__events_v_version_recurrence_frequency";
  DROP TYPE "public"."enum__events_v_version_recurrence_monthly_by";
  DROP TYPE "public"."enum__events_v_version_recurrence_ends";
  DROP TYPE "public"."enum_alerts_categories";
  DROP TYPE "public"."enum_alerts_cap_messages_msg_type";
  DROP TYPE "public"."enum_alerts_urgency";
  DROP TYPE "public"."enum_alerts_certainty";
  DROP TYPE "public"."enum__alerts_v_version_categories";
  DROP TYPE "public"."enum__alerts_v_version_cap_messages_msg_type";
  DROP TYPE "public"."enum__alerts_v_version_urgency";
  DROP TYPE "public"."enum__alerts_v_version_certainty";
  DROP TYPE "public"."enum_districts_status";
  DROP TYPE "public"."enum__districts_v_version_status";
  DROP TYPE "public"."enum__districts_v_published_locale";`)
}
