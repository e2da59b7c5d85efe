// Sends one message to many subscriptions. Why so: docs/decisions/0011-push-delivery-lanes.md
import type { SubscriptionForDelivery } from './deliveryBookkeeping'
import { endpointProblem } from './endpointPolicy'
import { sendPush, type SendOutcome } from './send'
import type { PushMessage, PushUrgency } from './types'

export interface RetryPolicy {
  /** Total tries per endpoint, the first included. */
  attempts: number
  /** First wait; doubled after each retryable answer (plus up to 25 % jitter). */
  baseDelayMs: number
  /** A Retry-After longer than this is not waited for: the endpoint counts as failed. */
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 }

export interface SendOptions {
  /** One message for all, or one per subscription (e.g. in each device's language). */
  message: PushMessage | ((subscription: SubscriptionForDelivery) => PushMessage)
  ttlSeconds?: number
  urgency?: PushUrgency
  topic?: string
  concurrency?: number
}

export interface DeliveryFailure {
  host: string
  statusCode?: number
  message: string
}

const MAX_FAILURES_KEPT = 50
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

/** What the sends came to, subscription by subscription. */
export interface Tally {
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
export async function sendAll(
  subscriptions: SubscriptionForDelivery[],
  options: SendOptions,
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
