import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'revalidateServiceNotice' BEFORE 'searchSync';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'revalidateServiceNotice' BEFORE 'searchSync';
  ALTER TABLE "services" ADD COLUMN "status_from" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "status_until" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_status_from" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_status_until" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'pruneAuditLog', 'checkLinks', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'revalidateAlerts', 'searchSync', 'transitImport', 'pushDelivery', 'eofficeDelivery', 'pruneEOfficeNotices', 'pruneAuditLog', 'checkLinks', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "services" DROP COLUMN "status_from";
  ALTER TABLE "services" DROP COLUMN "status_until";
  ALTER TABLE "_services_v" DROP COLUMN "version_status_from";
  ALTER TABLE "_services_v" DROP COLUMN "version_status_until";`)
}
