import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services\` ADD \`status_from\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`status_until\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_status_from\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_status_until\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`status_from\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`status_until\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_status_from\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_status_until\`;`)
}
