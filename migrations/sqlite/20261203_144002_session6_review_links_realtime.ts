import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`message\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`decision\` text,
  	\`publish_at\` text,
  	\`comment\` text,
  	\`requested_by_id\` integer,
  	\`requester_label\` text,
  	\`version_id\` text,
  	\`decided_by_id\` integer,
  	\`decider_label\` text,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_status_idx\` ON \`review_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_requested_by_idx\` ON \`review_requests\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_decided_by_idx\` ON \`review_requests\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_updated_at_idx\` ON \`review_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_created_at_idx\` ON \`review_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_requests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`services_id\` integer,
  	\`procedures_id\` integer,
  	\`events_id\` integer,
  	\`alerts_id\` integer,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`districts_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_requests_rels_order_idx\` ON \`review_requests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_parent_idx\` ON \`review_requests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_path_idx\` ON \`review_requests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_pages_id_idx\` ON \`review_requests_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_services_id_idx\` ON \`review_requests_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_procedures_id_idx\` ON \`review_requests_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_events_id_idx\` ON \`review_requests_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_alerts_id_idx\` ON \`review_requests_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_topics_id_idx\` ON \`review_requests_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_departments_id_idx\` ON \`review_requests_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`review_requests_rels_districts_id_idx\` ON \`review_requests_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE TABLE \`link_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`http_status\` numeric,
  	\`checked_at\` text NOT NULL,
  	\`error\` text,
  	\`final_url\` text,
  	\`used_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`link_checks_url_idx\` ON \`link_checks\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_status_idx\` ON \`link_checks\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_updated_at_idx\` ON \`link_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_checks_created_at_idx\` ON \`link_checks\` (\`created_at\`);`)
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
  await db.run(sql`ALTER TABLE \`services\` ADD \`next_review\` text;`)
  await db.run(sql`CREATE INDEX \`services_next_review_idx\` ON \`services\` (\`next_review\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_next_review\` text;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_next_review_idx\` ON \`_services_v\` (\`version_next_review\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_requests_id\` integer REFERENCES review_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_checks_id\` integer REFERENCES link_checks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`review_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`)
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
  await db.run(sql`DROP TABLE \`review_requests\`;`)
  await db.run(sql`DROP TABLE \`review_requests_rels\`;`)
  await db.run(sql`DROP TABLE \`link_checks\`;`)
  await db.run(sql`DROP TABLE \`site_settings_transit_realtime_headers\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_transit_realtime_headers\`;`)
  await db.run(sql`DROP TABLE \`transit_realtime\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`services_id\` integer,
  	\`procedures_id\` integer,
  	\`events_id\` integer,
  	\`alerts_id\` integer,
  	\`pages_id\` integer,
  	\`topics_id\` integer,
  	\`departments_id\` integer,
  	\`districts_id\` integer,
  	\`transit_lines_id\` integer,
  	\`transit_stops_id\` integer,
  	\`transit_feeds_id\` integer,
  	\`transit_feed_chunks_id\` integer,
  	\`push_subscriptions_id\` integer,
  	\`push_deliveries_id\` integer,
  	\`citizen_links_id\` integer,
  	\`eoffice_notices_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transit_lines_id\`) REFERENCES \`transit_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transit_stops_id\`) REFERENCES \`transit_stops\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transit_feeds_id\`) REFERENCES \`transit_feeds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transit_feed_chunks_id\`) REFERENCES \`transit_feed_chunks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`push_subscriptions_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`push_deliveries_id\`) REFERENCES \`push_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`citizen_links_id\`) REFERENCES \`citizen_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`eoffice_notices_id\`) REFERENCES \`eoffice_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "transit_lines_id", "transit_stops_id", "transit_feeds_id", "transit_feed_chunks_id", "push_subscriptions_id", "push_deliveries_id", "citizen_links_id", "eoffice_notices_id", "media_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "transit_lines_id", "transit_stops_id", "transit_feeds_id", "transit_feed_chunks_id", "push_subscriptions_id", "push_deliveries_id", "citizen_links_id", "eoffice_notices_id", "media_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_stops_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_stops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_feed_chunks_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_feed_chunks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`push_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`push_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_links_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_eoffice_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`eoffice_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`services_next_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`next_review\`;`)
  await db.run(sql`DROP INDEX \`_services_v_version_version_next_review_idx\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_next_review\`;`)
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
