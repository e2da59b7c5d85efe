import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_transit_realtime_headers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_transit_realtime_headers_order_idx\` ON \`site_settings_transit_realtime_headers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_transit_realtime_headers_parent_id_idx\` ON \`site_settings_transit_realtime_headers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_transit_realtime_headers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_transit_realtime_headers_order_idx\` ON \`_site_settings_v_version_transit_realtime_headers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_transit_realtime_headers_parent_id_idx\` ON \`_site_settings_v_version_transit_realtime_headers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`transit_realtime\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`trip_updates_last_success_at\` text,
  	\`trip_updates_last_error_at\` text,
  	\`trip_updates_last_error\` text,
  	\`trip_updates_entities\` numeric,
  	\`trip_updates_used\` numeric,
  	\`trip_updates_unknown_trips\` numeric,
  	\`trip_updates_unknown_stops\` numeric,
  	\`service_alerts_last_success_at\` text,
  	\`service_alerts_last_error_at\` text,
  	\`service_alerts_last_error\` text,
  	\`service_alerts_entities\` numeric,
  	\`service_alerts_used\` numeric,
  	\`service_alerts_unknown_trips\` numeric,
  	\`service_alerts_unknown_stops\` numeric,
  	\`vehicle_positions_last_success_at\` text,
  	\`vehicle_positions_last_error_at\` text,
  	\`vehicle_positions_last_error\` text,
  	\`vehicle_positions_entities\` numeric,
  	\`vehicle_positions_used\` numeric,
  	\`vehicle_positions_unknown_trips\` numeric,
  	\`vehicle_positions_unknown_stops\` numeric,
  	\`state\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`transit_realtime_trip_updates_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`transit_realtime_service_alerts_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`transit_realtime_vehicle_positions_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`transit_realtime_poll_seconds\` numeric DEFAULT 30;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`transit_realtime_max_age_seconds\` numeric DEFAULT 120;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_transit_realtime_trip_updates_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_transit_realtime_service_alerts_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_transit_realtime_vehicle_positions_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_transit_realtime_poll_seconds\` numeric DEFAULT 30;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_transit_realtime_max_age_seconds\` numeric DEFAULT 120;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings_transit_realtime_headers\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_transit_realtime_headers\`;`)
  await db.run(sql`DROP TABLE \`transit_realtime\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`transit_realtime_trip_updates_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`transit_realtime_service_alerts_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`transit_realtime_vehicle_positions_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`transit_realtime_poll_seconds\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`transit_realtime_max_age_seconds\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_transit_realtime_trip_updates_url\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_transit_realtime_service_alerts_url\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_transit_realtime_vehicle_positions_url\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_transit_realtime_poll_seconds\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_transit_realtime_max_age_seconds\`;`)
}
