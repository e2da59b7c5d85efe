// Sends one message to many subscriptions and keeps the books (report, pruning, stamps).
// Why: docs/decisions/0011-push-delivery-lanes.md
import type { Payload } from 'payload'

import { loadSubscriptions, recordOutcomes } from './deliveryBookkeeping'
import {
  DEFAULT_RETRY,
  type DeliveryFailure,
  type RetryPolicy,
  sendAll,
  type SendOptions,
} from './sendToMany'
import type { PushKind } from './types'

export interface DeliverOptions extends SendOptions {
  kind: PushKind
  title: string
  subscriptionIds: readonly (number | string)[]
  alert?: number | string
  event?: number | string
  /** An existing report to fill in (the job creates it as "queued"). */
  reportId?: number | string
  retry?: Partial<RetryPolicy>
}

export interface DeliveryReport {
  id: number | string
  matched: number
  sent: number
  failed: number
  pruned: number
  retried: number
  status: 'done' | 'failed'
  failures: DeliveryFailure[]
}

/** The delivery's report, created (or the job's queued one taken over) as "running". */
async function openReport(payload: Payload, options: DeliverOptions) {
  const reportData = {
    kind: options.kind,
    title: options.title.slice(0, 300),
    status: 'running' as const,
    startedAt: new Date().toISOString(),
    ...(options.alert !== undefined ? { alert: Number(options.alert) } : {}),
    ...(options.event !== undefined ? { event: Number(options.event) } : {}),
  }
  return options.reportId
    ? await payload.update({
        collection: 'push-deliveries',
        id: options.reportId,
        data: reportData,
        overrideAccess: true,
        depth: 0,
      })
    : await payload.create({
        collection: 'push-deliveries',
        data: reportData,
        overrideAccess: true,
        depth: 0,
      })
}

/**
 * Sends now to the given subscriptions and returns the report (also stored as a
 * push-deliveries document). Subscriptions missing from the database are not counted.
 */
export async function deliverPush(
  payload: Payload,
  options: DeliverOptions,
): Promise<DeliveryReport> {
  const policy = { ...DEFAULT_RETRY, ...options.retry }
  const report = await openReport(payload, options)
  const subscriptions = await loadSubscriptions(payload, options.subscriptionIds)
  const { sentIds, goneIds, failedSubs, failures, retried } = await sendAll(
    subscriptions,
    options,
    policy,
  )

  const now = new Date().toISOString()
  const deadIds = await recordOutcomes(payload, { sentIds, goneIds, failedSubs, now })

  const counts = {
    matched: subscriptions.length,
    sent: sentIds.length,
    failed: failedSubs.length,
    pruned: goneIds.length + deadIds.size,
    retried,
  }
  const status: DeliveryReport['status'] =
    counts.matched > 0 && counts.sent === 0 && counts.failed > 0 ? 'failed' : 'done'
  await payload.update({
    collection: 'push-deliveries',
    id: report.id,
    data: { ...counts, status, finishedAt: now, failures },
    overrideAccess: true,
    depth: 0,
  })
  return { id: report.id, ...counts, status, failures }
}
