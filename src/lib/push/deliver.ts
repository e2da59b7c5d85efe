// Sends one message to many subscriptions and keeps the books: a push-deliveries report
// (matched/sent/failed/pruned/retried, the first failures by host), subscriptions that
// the push service says are gone (404/410) deleted, others' success/failure stamps
// updated. Used by the alert/event job and, through the same export, by the e-office part.
//
// Dead or slow endpoints must not hold up live ones (docs/SECURITY.md): devices
// that received earlier messages are sent to first; retries wait in their own lane, never in
// a first try's slot; a host that does not answer within the send timeout is retried only for
// a device that has received messages before; and a subscription that keeps failing with no
// success for a month is deleted, so a crowd of fake subscriptions costs one delivery each.
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
  lastSuccessAt: string | null
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
/** Deliveries in a row that may fail before a subscription with no recent success is deleted. */
export const FAILURES_BEFORE_PRUNE = 3
/** A success this recent keeps a failing subscription (its push service may be down). */
const RECENT_SUCCESS_MS = 30 * 24 * 60 * 60 * 1000
const READ_CHUNK = 500
/** Retries in flight at once, beside the first tries. */
const RETRY_CONCURRENCY = 10
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
      select: { endpoint: true, keys: true, locale: true, failureCount: true, lastSuccessAt: true },
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
        lastSuccessAt: doc.lastSuccessAt ?? null,
      })
    }
  }
  // In the caller's order (oldest subscriptions first), whatever order the database used.
  const position = new Map(ids.map((id, index) => [String(id), index]))
  return found.sort((a, b) => position.get(String(a.id))! - position.get(String(b.id))!)
}

type Final = { outcome: SendOutcome; retries: number }

/** Continues after a first retryable outcome: backoff (or Retry-After), bounded attempts. */
async function retryAfterFirst(
  subscription: SubscriptionForDelivery,
  first: SendOutcome,
  message: PushMessage,
  options: { ttlSeconds: number; urgency: PushUrgency; topic?: string },
  policy: RetryPolicy,
): Promise<Final> {
  let outcome = first
  let retries = 0
  for (let attempt = 1; outcome.kind === 'retry' && attempt < policy.attempts; attempt++) {
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1) * (1 + Math.random() * 0.25)
    const wait = outcome.retryAfterMs ?? backoff
    if (wait > policy.maxDelayMs) break
    retries += 1
    await sleep(Math.max(wait, backoff / 4))
    outcome = await sendPush(subscription, message, options)
  }
  return { outcome, retries }
}

/** Devices that received earlier messages first, then new ones, then those failing most. */
export function likelyAliveFirst(a: SubscriptionForDelivery, b: SubscriptionForDelivery): number {
  const rank = (s: SubscriptionForDelivery) =>
    s.failureCount * 2 + (s.lastSuccessAt && s.failureCount === 0 ? 0 : 1)
  return rank(a) - rank(b)
}

function worthPruning(subscription: SubscriptionForDelivery, now: number): boolean {
  if (subscription.failureCount + 1 < FAILURES_BEFORE_PRUNE) return false
  const success = subscription.lastSuccessAt ? Date.parse(subscription.lastSuccessAt) : NaN
  return Number.isNaN(success) || now - success > RECENT_SUCCESS_MS
}

function chunks<T>(items: readonly T[], size = READ_CHUNK): T[][] {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size))
  return out
}

/** At most `limit` of the functions given run at once; the others wait their turn. */
function limiter(limit: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async (work: () => Promise<void>): Promise<void> => {
    while (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
    try {
      await work()
    } finally {
      running -= 1
      waiting.shift()?.()
    }
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
 * Book-keeping once all messages are out, so it never delays a notification: success and
 * failure stamps, and the subscriptions that are gone (404/410) or keep failing deleted in
 * bulk (anonymous device records; the report counts them). Returns the failing ones deleted.
 */
async function recordOutcomes(
  payload: Payload,
  {
    sentIds,
    goneIds,
    failedSubs,
    now,
  }: {
    sentIds: (number | string)[]
    goneIds: (number | string)[]
    failedSubs: SubscriptionForDelivery[]
    now: string
  },
): Promise<Set<number | string>> {
  const collection = 'push-subscriptions'
  for (const ids of chunks(sentIds)) {
    await payload.db.updateMany({
      collection,
      where: { id: { in: ids } },
      data: { lastSuccessAt: now, failureCount: 0 },
    })
  }
  const deadIds = new Set(
    failedSubs.filter((sub) => worthPruning(sub, Date.parse(now))).map((sub) => sub.id),
  )
  for (const ids of chunks([...goneIds, ...deadIds])) {
    await payload.db.deleteMany({ collection, where: { id: { in: ids } } })
  }
  const byCount = new Map<number, (number | string)[]>()
  for (const sub of failedSubs) {
    if (deadIds.has(sub.id)) continue
    const ids = byCount.get(sub.failureCount) ?? []
    ids.push(sub.id)
    byCount.set(sub.failureCount, ids)
  }
  for (const [failureCount, all] of byCount) {
    for (const ids of chunks(all)) {
      await payload.db.updateMany({
        collection,
        where: { id: { in: ids } },
        data: { lastFailureAt: now, failureCount: failureCount + 1 },
      })
    }
  }
  return deadIds
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

/** What the sends came to, subscription by subscription. */
interface Tally {
  sentIds: (number | string)[]
  goneIds: (number | string)[]
  failedSubs: SubscriptionForDelivery[]
  failures: DeliveryFailure[]
  retried: number
}

function newTally(): Tally {
  return { sentIds: [], goneIds: [], failedSubs: [], failures: [], retried: 0 }
}

function settle(tally: Tally, subscription: SubscriptionForDelivery, outcome: SendOutcome) {
  if (outcome.kind === 'sent') tally.sentIds.push(subscription.id)
  else if (outcome.kind === 'gone') tally.goneIds.push(subscription.id)
  else {
    tally.failedSubs.push(subscription)
    if (tally.failures.length < MAX_FAILURES_KEPT) {
      tally.failures.push({
        host: hostOf(subscription.endpoint),
        statusCode: outcome.statusCode,
        message: outcome.message.slice(0, 500),
      })
    }
  }
}

/** One try each, most likely alive first; retries in their own lane, awaited at the end. */
async function sendAll(
  subscriptions: SubscriptionForDelivery[],
  options: DeliverOptions,
  policy: RetryPolicy,
): Promise<Tally> {
  const tally = newTally()
  const sendOptions = {
    ttlSeconds: options.ttlSeconds ?? DEFAULT_TTL_SECONDS,
    urgency: options.urgency ?? 'normal',
    topic: options.topic,
  }
  const retries: Promise<void>[] = []
  const retryLane = limiter(RETRY_CONCURRENCY)
  const messageFor = (subscription: SubscriptionForDelivery) =>
    typeof options.message === 'function' ? options.message(subscription) : options.message
  const concurrency = options.concurrency ?? 50

  // Nobody's first try waits for a retry.
  await inParallel([...subscriptions].sort(likelyAliveFirst), concurrency, async (subscription) => {
    // Checked again here, not only at subscribe time: the policy may have tightened since.
    const problem = endpointProblem(subscription.endpoint)
    const outcome: SendOutcome = problem
      ? { kind: 'failed', message: problem }
      : await sendPush(subscription, messageFor(subscription), sendOptions)
    // A host that never answered is waited for again only for a device known to be real.
    const waitAgain = outcome.kind === 'retry' && (!outcome.timedOut || subscription.lastSuccessAt)
    if (!waitAgain) return settle(tally, subscription, outcome)
    // Retries wait in their own lane: the first tries go on, and a device's retry does not
    // wait for the whole list (slow dead hosts included) to have been tried.
    retries.push(
      retryLane(async () => {
        const final = await retryAfterFirst(
          subscription,
          outcome,
          messageFor(subscription),
          sendOptions,
          policy,
        )
        tally.retried += final.retries
        settle(tally, subscription, final.outcome)
      }),
    )
  })
  await Promise.all(retries)
  return tally
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
