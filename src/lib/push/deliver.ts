// Sends one message to many subscriptions and keeps the books: a push-deliveries report
// (matched/sent/failed/pruned/retried, the first failures by host), subscriptions that
// the push service says are gone (404/410) deleted, others' success/failure stamps
// updated. Used by the alert/event job and, through the same export, by the e-office part.
import type { Payload } from 'payload'

import { endpointProblem } from './endpointPolicy'
import { sendPush, type SendOutcome } from './send'
import type { PushKind, PushMessage, PushTarget, PushUrgency } from './types'

export interface RetryPolicy {
  /** Total tries per endpoint, the first included. */
  attempts: number
  /** First wait; doubled after each retryable answer (plus up to 25 % jitter). */
  baseDelayMs: number
  /** A Retry-After longer than this is not waited for: the endpoint counts as failed. */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 }

export interface DeliverOptions {
  kind: PushKind
  title: string
  subscriptionIds: readonly (number | string)[]
  /** One message for all, or one per subscription (e.g. in each device's language). */
  message: PushMessage | ((subscription: SubscriptionForDelivery) => PushMessage)
  ttlSeconds?: number
  urgency?: PushUrgency
  topic?: string
  alert?: number | string
  event?: number | string
  /** An existing report to fill in (the job creates it as "queued"). */
  reportId?: number | string
  concurrency?: number
  retry?: Partial<RetryPolicy>
}

export interface SubscriptionForDelivery extends PushTarget {
  id: number | string
  locale: string
  failureCount: number
}

export interface DeliveryFailure {
  host: string
  statusCode?: number
  message: string
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

const MAX_FAILURES_KEPT = 50
const READ_CHUNK = 500
/** When the caller gives none: a day (web-push would default to four weeks). */
const DEFAULT_TTL_SECONDS = 24 * 60 * 60

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host
  } catch {
    return 'invalid'
  }
}

async function loadSubscriptions(
  payload: Payload,
  ids: readonly (number | string)[],
): Promise<SubscriptionForDelivery[]> {
  const found: SubscriptionForDelivery[] = []
  for (let start = 0; start < ids.length; start += READ_CHUNK) {
    const { docs } = await payload.find({
      collection: 'push-subscriptions',
      where: { id: { in: ids.slice(start, start + READ_CHUNK) } },
      select: { endpoint: true, keys: true, locale: true, failureCount: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      if (!doc.endpoint || !doc.keys?.p256dh || !doc.keys?.auth) continue
      found.push({
        id: doc.id,
        endpoint: doc.endpoint,
        keys: { p256dh: doc.keys.p256dh, auth: doc.keys.auth },
        locale: doc.locale ?? 'en',
        failureCount: doc.failureCount ?? 0,
      })
    }
  }
  return found
}

type Final = { outcome: SendOutcome; retries: number }

async function sendWithRetries(
  subscription: SubscriptionForDelivery,
  message: PushMessage,
  options: { ttlSeconds: number; urgency: PushUrgency; topic?: string },
  policy: RetryPolicy,
): Promise<Final> {
  let retries = 0
  for (let attempt = 1; ; attempt++) {
    const outcome = await sendPush(subscription, message, options)
    if (outcome.kind !== 'retry' || attempt >= policy.attempts) return { outcome, retries }
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random() * 0.25)
    const wait = outcome.retryAfterMs ?? backoff
    if (wait > policy.maxDelayMs) return { outcome, retries }
    retries += 1
    await sleep(Math.max(wait, backoff / 4))
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
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
  const startedAt = new Date().toISOString()
  const reportData = {
    kind: options.kind,
    title: options.title.slice(0, 300),
    status: 'running' as const,
    startedAt,
    ...(options.alert !== undefined ? { alert: Number(options.alert) } : {}),
    ...(options.event !== undefined ? { event: Number(options.event) } : {}),
  }
  const report = options.reportId
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

  const subscriptions = await loadSubscriptions(payload, options.subscriptionIds)
  const sendOptions = {
    ttlSeconds: options.ttlSeconds ?? DEFAULT_TTL_SECONDS,
    urgency: options.urgency ?? 'normal',
    topic: options.topic,
  }
  const sentIds: (number | string)[] = []
  const goneIds: (number | string)[] = []
  const failedSubs: SubscriptionForDelivery[] = []
  const failures: DeliveryFailure[] = []
  let retried = 0

  await inParallel(subscriptions, options.concurrency ?? 50, async (subscription) => {
    const message =
      typeof options.message === 'function' ? options.message(subscription) : options.message
    // Checked again here, not only at subscribe time: the policy may have tightened since.
    const problem = endpointProblem(subscription.endpoint)
    const { outcome, retries } = problem
      ? { outcome: { kind: 'failed' as const, message: problem }, retries: 0 }
      : await sendWithRetries(subscription, message, sendOptions, policy)
    retried += retries
    if (outcome.kind === 'sent') sentIds.push(subscription.id)
    else if (outcome.kind === 'gone') goneIds.push(subscription.id)
    else {
      failedSubs.push(subscription)
      if (failures.length < MAX_FAILURES_KEPT) {
        failures.push({
          host: hostOf(subscription.endpoint),
          statusCode: outcome.statusCode,
          message: outcome.message.slice(0, 500),
        })
      }
    }
  })

  const now = new Date().toISOString()
  // Book-keeping after all messages are out, so it never delays a notification.
  if (sentIds.length > 0) {
    await payload.db.updateMany({
      collection: 'push-subscriptions',
      where: { id: { in: sentIds } },
      data: { lastSuccessAt: now, failureCount: 0 },
    })
  }
  if (goneIds.length > 0) {
    await payload.delete({
      collection: 'push-subscriptions',
      where: { id: { in: goneIds } },
      overrideAccess: true,
      depth: 0,
    })
  }
  for (const subscription of failedSubs) {
    await payload.db.updateOne({
      collection: 'push-subscriptions',
      id: subscription.id,
      data: { lastFailureAt: now, failureCount: subscription.failureCount + 1 },
    })
  }

  const counts = {
    matched: subscriptions.length,
    sent: sentIds.length,
    failed: failedSubs.length,
    pruned: goneIds.length,
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
