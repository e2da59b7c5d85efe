import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_recurrence_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_weekdays_order_idx\` ON \`events_recurrence_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_weekdays_parent_idx\` ON \`events_recurrence_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_order_idx\` ON \`events_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_recurrence_exceptions_parent_id_idx\` ON \`events_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_audience_order_idx\` ON \`events_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`events_audience_parent_idx\` ON \`events_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_order_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_weekdays_parent_idx\` ON \`_events_v_version_recurrence_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_recurrence_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_order_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_recurrence_exceptions_parent_id_idx\` ON \`_events_v_version_recurrence_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_audience_order_idx\` ON \`_events_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_audience_parent_idx\` ON \`_events_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_categories_order_idx\` ON \`alerts_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_categories_parent_idx\` ON \`alerts_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts_cap_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`identifier\` text,
  	\`sent\` text,
  	\`msg_type\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_cap_messages_order_idx\` ON \`alerts_cap_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_cap_messages_parent_id_idx\` ON \`alerts_cap_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`alerts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`districts_id\` integer,
  	\`services_id\` integer,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`alerts_rels_order_idx\` ON \`alerts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_parent_idx\` ON \`alerts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_path_idx\` ON \`alerts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_districts_id_idx\` ON \`alerts_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_services_id_idx\` ON \`alerts_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_procedures_id_idx\` ON \`alerts_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_version_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_categories_order_idx\` ON \`_alerts_v_version_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_categories_parent_idx\` ON \`_alerts_v_version_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_version_cap_messages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`identifier\` text,
  	\`sent\` text,
  	\`msg_type\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_cap_messages_order_idx\` ON \`_alerts_v_version_cap_messages\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_version_cap_messages_parent_id_idx\` ON \`_alerts_v_version_cap_messages\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_alerts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`districts_id\` integer,
  	\`services_id\` integer,
  	\`procedures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_alerts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_order_idx\` ON \`_alerts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_parent_idx\` ON \`_alerts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_path_idx\` ON \`_alerts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_districts_id_idx\` ON \`_alerts_v_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_services_id_idx\` ON \`_alerts_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_procedures_id_idx\` ON \`_alerts_v_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`districts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`centre\` text,
  	\`postal_codes\` text,
  	\`boundary\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_slug_idx\` ON \`districts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`districts_updated_at_idx\` ON \`districts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`districts_created_at_idx\` ON \`districts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`districts__status_idx\` ON \`districts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`districts_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`districts_locales_locale_parent_id_unique\` ON \`districts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_districts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_centre\` text,
  	\`version_postal_codes\` text,
  	\`version_boundary\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_districts_v_parent_idx\` ON \`_districts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_version_version_slug_idx\` ON \`_districts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_version_version_updated_at_idx\` ON \`_districts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_version_version_created_at_idx\` ON \`_districts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_version_version__status_idx\` ON \`_districts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_created_at_idx\` ON \`_districts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_updated_at_idx\` ON \`_districts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_snapshot_idx\` ON \`_districts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_published_locale_idx\` ON \`_districts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_districts_v_latest_idx\` ON \`_districts_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_districts_v_locales\` (
  	\`version_name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_districts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_districts_v_locales_locale_parent_id_unique\` ON \`_districts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`event_status\` text DEFAULT 'EventScheduled';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`timezone\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`previous_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_frequency\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_interval\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_monthly_by\` text DEFAULT 'dayOfMonth';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_ends\` text DEFAULT 'never';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_until\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`recurrence_rrule\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`price_is_free\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`registration_url\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`organiser_department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`organiser_url\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessibility_wheelchair\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessibility_sign_language\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`accessibility_hearing_loop\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`events_organiser_organiser_department_idx\` ON \`events\` (\`organiser_department_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`price_details\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`organiser_name\` text;`)
  await db.run(sql`ALTER TABLE \`events_locales\` ADD \`accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_event_status\` text DEFAULT 'EventScheduled';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_timezone\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_previous_starts_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_frequency\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_interval\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_monthly_by\` text DEFAULT 'dayOfMonth';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_ends\` text DEFAULT 'never';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_until\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_count\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recurrence_rrule\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_price_is_free\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_registration_url\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_organiser_department_id\` integer REFERENCES departments(id);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_organiser_url\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessibility_wheelchair\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessibility_sign_language\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_accessibility_hearing_loop\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_organiser_version_organiser_department_idx\` ON \`_events_v\` (\`version_organiser_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_price_details\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_organiser_name\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` ADD \`version_accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`urgency\` text DEFAULT 'Expected';`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`certainty\` text DEFAULT 'Likely';`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`area_polygon\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`area_circle\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`web\` text;`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`withdrawn\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`alerts_locales\` ADD \`event_type\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_urgency\` text DEFAULT 'Expected';`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_certainty\` text DEFAULT 'Likely';`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_area_polygon\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_area_circle\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_web\` text;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` ADD \`version_withdrawn\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_alerts_v_locales\` ADD \`version_event_type\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`districts_id\` integer REFERENCES districts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_tile_url\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_attribution\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`map_max_zoom\` numeric DEFAULT 19;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_map_tile_url\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_map_attribution\` text;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_map_max_zoom\` numeric DEFAULT 19;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`events_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`events_audience\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_recurrence_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`alerts_categories\`;`)
  await db.run(sql`DROP TABLE \`alerts_cap_messages\`;`)
  await db.run(sql`DROP TABLE \`alerts_rels\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_version_categories\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_version_cap_messages\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`districts\`;`)
  await db.run(sql`DROP TABLE \`districts_locales\`;`)
  await db.run(sql`DROP TABLE \`_districts_v\`;`)
  await db.run(sql`DROP TABLE \`_districts_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`starts_at\` text,
  	\`ends_at\` text,
  	\`all_day\` integer DEFAULT false,
  	\`venue_service_id\` integer,
  	\`venue_address\` text,
  	\`venue_point\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`venue_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "slug", "starts_at", "ends_at", "all_day", "venue_service_id", "venue_address", "venue_point", "internal_notes", "updated_at", "created_at", "_status") SELECT "id", "slug", "starts_at", "ends_at", "all_day", "venue_service_id", "venue_address", "venue_point", "internal_notes", "updated_at", "created_at", "_status" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_venue_venue_service_idx\` ON \`events\` (\`venue_service_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_starts_at\` text,
  	\`version_ends_at\` text,
  	\`version_all_day\` integer DEFAULT false,
  	\`version_venue_service_id\` integer,
  	\`version_venue_address\` text,
  	\`version_venue_point\` text,
  	\`version_internal_notes\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_service_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_starts_at", "version_ends_at", "version_all_day", "version_venue_service_id", "version_venue_address", "version_venue_point", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_starts_at", "version_ends_at", "version_all_day", "version_venue_service_id", "version_venue_address", "version_venue_point", "version_internal_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_events_v\`;`)
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_starts_at_idx\` ON \`_events_v\` (\`version_starts_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_venue_version_venue_service_idx\` ON \`_events_v\` (\`version_venue_service_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`price_details\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`organiser_name\`;`)
  await db.run(sql`ALTER TABLE \`events_locales\` DROP COLUMN \`accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_price_details\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_organiser_name\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_locales\` DROP COLUMN \`version_accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`urgency\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`certainty\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`area_polygon\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`area_circle\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`web\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`alerts_locales\` DROP COLUMN \`event_type\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_urgency\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_certainty\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_area_polygon\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_area_circle\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_web\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v\` DROP COLUMN \`version_withdrawn\`;`)
  await db.run(sql`ALTER TABLE \`_alerts_v_locales\` DROP COLUMN \`version_event_type\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_tile_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_attribution\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`map_max_zoom\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_map_tile_url\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_map_attribution\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_map_max_zoom\`;`)
}
