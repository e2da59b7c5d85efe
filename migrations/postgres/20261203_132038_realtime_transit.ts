import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
  ALTER TABLE "site_settings_transit_realtime_headers" ADD CONSTRAINT "site_settings_transit_realtime_headers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_transit_realtime_headers" ADD CONSTRAINT "_site_settings_v_version_transit_realtime_headers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_transit_realtime_headers_order_idx" ON "site_settings_transit_realtime_headers" USING btree ("_order");
  CREATE INDEX "site_settings_transit_realtime_headers_parent_id_idx" ON "site_settings_transit_realtime_headers" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_transit_realtime_headers_order_idx" ON "_site_settings_v_version_transit_realtime_headers" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_transit_realtime_headers_parent_id_idx" ON "_site_settings_v_version_transit_realtime_headers" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_transit_realtime_headers" CASCADE;
  DROP TABLE "_site_settings_v_version_transit_realtime_headers" CASCADE;
  DROP TABLE "transit_realtime" CASCADE;
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_trip_updates_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_service_alerts_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_vehicle_positions_url";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_poll_seconds";
  ALTER TABLE "site_settings" DROP COLUMN "transit_realtime_max_age_seconds";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_trip_updates_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_service_alerts_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_vehicle_positions_url";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_poll_seconds";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_transit_realtime_max_age_seconds";`)
}
