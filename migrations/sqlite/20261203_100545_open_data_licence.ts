import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`open_data_licence\` text DEFAULT 'CC-BY-4.0';`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` ADD \`version_open_data_licence\` text DEFAULT 'CC-BY-4.0';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`open_data_licence\`;`)
  await db.run(sql`ALTER TABLE \`_site_settings_v\` DROP COLUMN \`version_open_data_licence\`;`)
}
