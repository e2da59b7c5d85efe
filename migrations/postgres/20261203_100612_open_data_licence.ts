import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_open_data_licence" AS ENUM('CC-BY-4.0', 'CC0-1.0', 'CC-BY-SA-4.0', 'ODbL-1.0');
  CREATE TYPE "public"."enum__site_settings_v_version_open_data_licence" AS ENUM('CC-BY-4.0', 'CC0-1.0', 'CC-BY-SA-4.0', 'ODbL-1.0');
  ALTER TABLE "site_settings" ADD COLUMN "open_data_licence" "enum_site_settings_open_data_licence" DEFAULT 'CC-BY-4.0';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_open_data_licence" "enum__site_settings_v_version_open_data_licence" DEFAULT 'CC-BY-4.0';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "open_data_licence";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_open_data_licence";
  DROP TYPE "public"."enum_site_settings_open_data_licence";
  DROP TYPE "public"."enum__site_settings_v_version_open_data_licence";`)
}
