// Alerts start and end by the clock with nobody saving: a job at each onset and expiry refreshes
// the banner, alert pages and feeds.
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { upcomingCrossings, type AlertTiming } from '@/lib/alerts/selection'
import { affectedPaths } from '@/lib/revalidation/affectedPaths'
import { requestRevalidation } from '@/lib/revalidation/revalidate'

export const REVALIDATE_ALERTS_TASK = 'revalidateAlerts'

type Input = { alert: number }

export const revalidateAlertsTask: TaskConfig<{ input: Input; output: object }> = {
  slug: REVALIDATE_ALERTS_TASK,
  label: 'Refresh pages and feeds at an alert’s onset or expiry',
  inputSchema: [{ name: 'alert', type: 'number', required: true }],
  retries: 2,
  handler: async ({ input, req }) => {
    // The alert may have been deleted or renamed since the job was queued: read it now.
    const { docs } = await req.payload.find({
      collection: 'alerts',
      where: { id: { equals: input.alert } },
      select: { slug: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const doc = docs[0] ?? null
    await requestRevalidation(affectedPaths('alerts', doc ?? { id: input.alert }, null), {
      logger: req.payload.logger,
    })
    return { output: {} }
  },
}

/**
 * Queues the refreshes for an alert's future onset and expiry. Earlier jobs are left in
 * place: a refresh at a moment that no longer matters costs one page render.
 */
export async function queueAlertCrossings(
  payload: Payload,
  alert: AlertTiming & { id: number },
  { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {},
): Promise<Date[]> {
  const crossings = upcomingCrossings(alert, now)
  for (const waitUntil of crossings) {
    await payload.jobs.queue({
      task: REVALIDATE_ALERTS_TASK,
      input: { alert: alert.id },
      waitUntil,
      req,
    } as never)
  }
  return crossings
}
