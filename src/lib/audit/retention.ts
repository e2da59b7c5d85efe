// Audit log retention (docs/SECURITY.md): entries older than the site setting are deleted by an
// hourly job.
import type { Payload, TaskConfig } from 'payload'

import { AUDIT_COLLECTION } from './auditLog'

export const PRUNE_AUDIT_LOG_TASK = 'pruneAuditLog'
export const DEFAULT_AUDIT_RETENTION_DAYS = 365
const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes entries older than the retention period; returns how many. */
export async function pruneAuditLog(payload: Payload, now: Date = new Date()): Promise<number> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
  })
  const days = settings?.auditLogRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS
  const where = { createdAt: { less_than: new Date(now.getTime() - days * DAY_MS).toISOString() } }
  const { totalDocs } = await payload.count({ collection: AUDIT_COLLECTION as never, where })
  // One statement, no hooks: the log has none, and a year of entries may be many rows.
  if (totalDocs > 0) await payload.db.deleteMany({ collection: AUDIT_COLLECTION, where })
  return totalDocs
}

export const pruneAuditLogTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: PRUNE_AUDIT_LOG_TASK,
  label: 'Delete audit log entries past their retention period',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: [{ cron: '29 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { deleted: await pruneAuditLog(req.payload) } }),
}
