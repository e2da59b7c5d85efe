import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`citizen_links\` ADD \`sessions\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`count\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`last_at\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`bucket\` text;`)
  await db.run(sql`CREATE INDEX \`audit_log_bucket_idx\` ON \`audit_log\` (\`bucket\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`audit_log_retention_days\` numeric DEFAULT 365 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence\` text DEFAULT 'CC-BY-4.0';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_audit_log_retention_days\` numeric DEFAULT 365 NOT NULL;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_open_data_licence\` text DEFAULT 'CC-BY-4.0';`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_log_bucket_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`count\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`last_at\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`bucket\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`citizen_links\` DROP COLUMN \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`audit_log_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_audit_log_retention_days\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_open_data_licence\`;`)
}
