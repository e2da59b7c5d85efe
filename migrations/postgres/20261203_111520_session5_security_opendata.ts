import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_open_data_licence" AS ENUM('CC-BY-4.0', 'CC0-1.0', 'CC-BY-SA-4.0', 'ODbL-1.0');
  CREATE TYPE "public"."enum__site_settings_v_version_open_data_licence" AS ENUM('CC-BY-4.0', 'CC0-1.0', 'CC-BY-SA-4.0', 'ODbL-1.0');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'pruneAuditLog' BEFORE 'schedulePublish';
  ALTER TABLE "citizen_links" ADD COLUMN "sessions" jsonb;
  ALTER TABLE "audit_log" ADD COLUMN "count" numeric DEFAULT 1;
  ALTER TABLE "audit_log" ADD COLUMN "last_at" timestamp(3) with time zone;
  ALTER TABLE "audit_log" ADD COLUMN "bucket" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "audit_log_retention_days" numeric DEFAULT 365 NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "open_data_licence" "enum_site_settings_open_data_licence" DEFAULT 'CC-BY-4.0';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_audit_log_retention_days" numeric DEFAULT 365 NOT NULL;
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_open_data_licence" "enum__site_settings_v_version_open_data_licence" DEFAULT 'CC-BY-4.0';
  CREATE INDEX "audit_log_bucket_idx" ON "audit_log" USING btree ("bucket");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "audit_log_bucket_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "citizen_links" DROP COLUMN "sessions";
  ALTER TABLE "audit_log" DROP COLUMN "count";
  ALTER TABLE "audit_log" DROP COLUMN "last_at";
  ALTER TABLE "audit_log" DROP COLUMN "bucket";
  ALTER TABLE "site_settings" DROP COLUMN "audit_log_retention_days";
  ALTER TABLE "site_settings" DROP COLUMN "open_data_licence";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_audit_log_retention_days";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_open_data_licence";
  DROP TYPE "public"."enum_site_settings_open_data_licence";
  DROP TYPE "public"."enum__site_settings_v_version_open_data_licence";`)
}
