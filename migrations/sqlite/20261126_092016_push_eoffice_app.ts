import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`push_subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`endpoint\` text NOT NULL,
  	\`keys_p256dh\` text NOT NULL,
  	\`keys_auth\` text NOT NULL,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`alerts\` text DEFAULT 'all' NOT NULL,
  	\`area_centre\` text,
  	\`area_radius_km\` numeric,
  	\`last_success_at\` text,
  	\`failure_count\` numeric DEFAULT 0,
  	\`last_failure_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`push_subscriptions_endpoint_idx\` ON \`push_subscriptions\` (\`endpoint\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_updated_at_idx\` ON \`push_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_created_at_idx\` ON \`push_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`push_subscriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`districts_id\` integer,
  	\`transit_lines_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`transit_lines_id\`) REFERENCES \`transit_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_order_idx\` ON \`push_subscriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_parent_idx\` ON \`push_subscriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_path_idx\` ON \`push_subscriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_districts_id_idx\` ON \`push_subscriptions_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_transit_lines_id_idx\` ON \`push_subscriptions_rels\` (\`transit_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`push_subscriptions_rels_topics_id_idx\` ON \`push_subscriptions_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`push_deliveries_failures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text,
  	\`status_code\` numeric,
  	\`message\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`push_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`push_deliveries_failures_order_idx\` ON \`push_deliveries_failures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`push_deliveries_failures_parent_id_idx\` ON \`push_deliveries_failures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`push_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`alert_id\` integer,
  	\`event_id\` integer,
  	\`title\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`matched\` numeric DEFAULT 0,
  	\`sent\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`pruned\` numeric DEFAULT 0,
  	\`retried\` numeric DEFAULT 0,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`alert_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`push_deliveries_alert_idx\` ON \`push_deliveries\` (\`alert_id\`);`)
  await db.run(sql`CREATE INDEX \`push_deliveries_event_idx\` ON \`push_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`push_deliveries_updated_at_idx\` ON \`push_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`push_deliveries_created_at_idx\` ON \`push_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`citizen_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject_hash\` text NOT NULL,
  	\`linked_at\` text NOT NULL,
  	\`last_sign_in_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`citizen_links_subject_hash_idx\` ON \`citizen_links\` (\`subject_hash\`);`)
  await db.run(sql`CREATE INDEX \`citizen_links_updated_at_idx\` ON \`citizen_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`citizen_links_created_at_idx\` ON \`citizen_links\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`citizen_links_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`push_subscriptions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`citizen_links\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`push_subscriptions_id\`) REFERENCES \`push_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`citizen_links_rels_order_idx\` ON \`citizen_links_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`citizen_links_rels_parent_idx\` ON \`citizen_links_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`citizen_links_rels_path_idx\` ON \`citizen_links_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`citizen_links_rels_push_subscriptions_id_idx\` ON \`citizen_links_rels\` (\`push_subscriptions_id\`);`)
  await db.run(sql`CREATE TABLE \`eoffice_notices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`message_id\` text NOT NULL,
  	\`link_id\` integer NOT NULL,
  	\`subject\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`category\` text,
  	\`sent_at\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`link_id\`) REFERENCES \`citizen_links\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`eoffice_notices_message_id_idx\` ON \`eoffice_notices\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`eoffice_notices_link_idx\` ON \`eoffice_notices\` (\`link_id\`);`)
  await db.run(sql`CREATE INDEX \`eoffice_notices_expires_at_idx\` ON \`eoffice_notices\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`eoffice_notices_updated_at_idx\` ON \`eoffice_notices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`eoffice_notices_created_at_idx\` ON \`eoffice_notices\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`push_subscriptions_id\` integer REFERENCES push_subscriptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`push_deliveries_id\` integer REFERENCES push_deliveries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`citizen_links_id\` integer REFERENCES citizen_links(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`eoffice_notices_id\` integer REFERENCES eoffice_notices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`push_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_push_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`push_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_citizen_links_id_idx\` ON \`payload_locked_documents_rels\` (\`citizen_links_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_eoffice_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`eoffice_notices_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`e_office_notice_retention_days\` numeric DEFAULT 90 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`app_theme_color\` text DEFAULT '#0b5394';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`app_background_color\` text DEFAULT '#ffffff';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`app_icon_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`site_settings_app_app_icon_idx\` ON \`site_settings\` (\`app_icon_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`app_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`app_short_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`app_description\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_e_office_notice_retention_days\` numeric DEFAULT 90 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_app_theme_color\` text DEFAULT '#0b5394';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_app_background_color\` text DEFAULT '#ffffff';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_app_icon_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_app_version_app_icon_idx\` ON \`_site_settings_v\` (\`version_app_icon_id\`);`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_app_name\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_app_short_name\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` ADD \`version_app_description\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`push_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`push_subscriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`push_deliveries_failures\`;`)
  await db.run(sql`DROP TABLE \`push_deliveries\`;`)
  await db.run(sql`DROP TABLE \`citizen_links\`;`)
  await db.run(sql`DROP TABLE \`citizen_links_rels\`;`)
  await db.run(sql`DROP TABLE \`eoffice_notices\`;`)
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
  	\`media_id\` integer,
  	\`users_id\` integer,
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "transit_lines_id", "transit_stops_id", "transit_feeds_id", "transit_feed_chunks_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "transit_lines_id", "transit_stops_id", "transit_feeds_id", "transit_feed_chunks_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`timezone\` text DEFAULT 'Europe/Madrid' NOT NULL,
  	\`e_office_base_url\` text DEFAULT 'https://eoffice.plaza.example' NOT NULL,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`map_tile_url\` text,
  	\`map_attribution\` text,
  	\`map_max_zoom\` numeric DEFAULT 19,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "logo_id", "timezone", "e_office_base_url", "contact_phone", "contact_email", "map_tile_url", "map_attribution", "map_max_zoom", "updated_at", "created_at") SELECT "id", "logo_id", "timezone", "e_office_base_url", "contact_phone", "contact_email", "map_tile_url", "map_attribution", "map_max_zoom", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_logo_id\` integer,
  	\`version_timezone\` text DEFAULT 'Europe/Madrid' NOT NULL,
  	\`version_e_office_base_url\` text DEFAULT 'https://eoffice.plaza.example' NOT NULL,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_map_tile_url\` text,
  	\`version_map_attribution\` text,
  	\`version_map_max_zoom\` numeric DEFAULT 19,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__site_settings_v\`("id", "version_logo_id", "version_timezone", "version_e_office_base_url", "version_contact_phone", "version_contact_email", "version_map_tile_url", "version_map_attribution", "version_map_max_zoom", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "version_logo_id", "version_timezone", "version_e_office_base_url", "version_contact_phone", "version_contact_email", "version_map_tile_url", "version_map_attribution", "version_map_max_zoom", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__site_settings_v\` RENAME TO \`_site_settings_v\`;`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_version_logo_idx\` ON \`_site_settings_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`app_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`app_short_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`app_description\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_app_name\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_app_short_name\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v_locales\` DROP COLUMN \`version_app_description\`;`)
}
