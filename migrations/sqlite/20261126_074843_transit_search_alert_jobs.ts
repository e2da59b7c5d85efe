import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`transit_lines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`route_id\` text NOT NULL,
  	\`name\` text,
  	\`color\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transit_lines_route_id_idx\` ON \`transit_lines\` (\`route_id\`);`)
  await db.run(sql`CREATE INDEX \`transit_lines_updated_at_idx\` ON \`transit_lines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transit_lines_created_at_idx\` ON \`transit_lines\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`transit_lines_locales\` (
  	\`description\` text,
  	\`accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transit_lines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transit_lines_locales_locale_parent_id_unique\` ON \`transit_lines_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`transit_stops\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stop_id\` text NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transit_stops_stop_id_idx\` ON \`transit_stops\` (\`stop_id\`);`)
  await db.run(sql`CREATE INDEX \`transit_stops_updated_at_idx\` ON \`transit_stops\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transit_stops_created_at_idx\` ON \`transit_stops\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`transit_stops_locales\` (
  	\`description\` text,
  	\`accessibility\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`transit_stops\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`transit_stops_locales_locale_parent_id_unique\` ON \`transit_stops_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`transit_feeds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`progress\` numeric DEFAULT 0,
  	\`step\` text,
  	\`validity_start\` text,
  	\`validity_end\` text,
  	\`timezone\` text,
  	\`summary\` text,
  	\`report\` text,
  	\`sha256\` text,
  	\`timetable_chunks\` numeric,
  	\`timetable_sha256\` text,
  	\`imported_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`transit_feeds_sha256_idx\` ON \`transit_feeds\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`transit_feeds_updated_at_idx\` ON \`transit_feeds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transit_feeds_created_at_idx\` ON \`transit_feeds\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`transit_feeds_filename_idx\` ON \`transit_feeds\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`transit_feed_chunks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`feed_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`seq\` numeric NOT NULL,
  	\`data\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feed_id\`) REFERENCES \`transit_feeds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`transit_feed_chunks_feed_idx\` ON \`transit_feed_chunks\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`transit_feed_chunks_updated_at_idx\` ON \`transit_feed_chunks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`transit_feed_chunks_created_at_idx\` ON \`transit_feed_chunks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`transit_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`active_feed_id\` integer,
  	\`activated_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`active_feed_id\`) REFERENCES \`transit_feeds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`transit_settings_active_feed_idx\` ON \`transit_settings\` (\`active_feed_id\`);`)
  await db.run(sql`ALTER TABLE \`alerts_rels\` ADD \`transit_lines_id\` integer REFERENCES transit_lines(id);`)
  await db.run(sql`ALTER TABLE \`alerts_rels\` ADD \`transit_stops_id\` integer REFERENCES transit_stops(id);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_transit_lines_id_idx\` ON \`alerts_rels\` (\`transit_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_transit_stops_id_idx\` ON \`alerts_rels\` (\`transit_stops_id\`);`)
  await db.run(sql`ALTER TABLE \`_alerts_v_rels\` ADD \`transit_lines_id\` integer REFERENCES transit_lines(id);`)
  await db.run(sql`ALTER TABLE \`_alerts_v_rels\` ADD \`transit_stops_id\` integer REFERENCES transit_stops(id);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_transit_lines_id_idx\` ON \`_alerts_v_rels\` (\`transit_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_transit_stops_id_idx\` ON \`_alerts_v_rels\` (\`transit_stops_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`transit_lines_id\` integer REFERENCES transit_lines(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`transit_stops_id\` integer REFERENCES transit_stops(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`transit_feeds_id\` integer REFERENCES transit_feeds(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`transit_feed_chunks_id\` integer REFERENCES transit_feed_chunks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_lines_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_lines_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_stops_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_stops_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_feeds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_transit_feed_chunks_id_idx\` ON \`payload_locked_documents_rels\` (\`transit_feed_chunks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`transit_lines\`;`)
  await db.run(sql`DROP TABLE \`transit_lines_locales\`;`)
  await db.run(sql`DROP TABLE \`transit_stops\`;`)
  await db.run(sql`DROP TABLE \`transit_stops_locales\`;`)
  await db.run(sql`DROP TABLE \`transit_feeds\`;`)
  await db.run(sql`DROP TABLE \`transit_feed_chunks\`;`)
  await db.run(sql`DROP TABLE \`transit_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_alerts_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_alerts_rels\`("id", "order", "parent_id", "path", "districts_id", "services_id", "procedures_id") SELECT "id", "order", "parent_id", "path", "districts_id", "services_id", "procedures_id" FROM \`alerts_rels\`;`)
  await db.run(sql`DROP TABLE \`alerts_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_alerts_rels\` RENAME TO \`alerts_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`alerts_rels_order_idx\` ON \`alerts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_parent_idx\` ON \`alerts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_path_idx\` ON \`alerts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_districts_id_idx\` ON \`alerts_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_services_id_idx\` ON \`alerts_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`alerts_rels_procedures_id_idx\` ON \`alerts_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__alerts_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__alerts_v_rels\`("id", "order", "parent_id", "path", "districts_id", "services_id", "procedures_id") SELECT "id", "order", "parent_id", "path", "districts_id", "services_id", "procedures_id" FROM \`_alerts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_alerts_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__alerts_v_rels\` RENAME TO \`_alerts_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_order_idx\` ON \`_alerts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_parent_idx\` ON \`_alerts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_path_idx\` ON \`_alerts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_districts_id_idx\` ON \`_alerts_v_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_services_id_idx\` ON \`_alerts_v_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`_alerts_v_rels_procedures_id_idx\` ON \`_alerts_v_rels\` (\`procedures_id\`);`)
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "services_id", "procedures_id", "events_id", "alerts_id", "pages_id", "topics_id", "departments_id", "districts_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
