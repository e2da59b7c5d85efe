// A delivery's subscriptions: read in the caller's order, and, once all messages are out,
// their success and failure stamps updated and the gone or long-failing ones deleted in bulk.
import type { Payload } from 'payload'

import type { PushTarget } from './types'

export interface SubscriptionForDelivery extends PushTarget {
  id: number | string
  locale: string
  failureCount: number
  lastSuccessAt: string | null
}

/** Deliveries in a row that may fail before a subscription with no recent success is deleted. */
export const FAILURES_BEFORE_PRUNE = 3
/** A success this recent keeps a failing subscription (its push service may be down). */
const RECENT_SUCCESS_MS = 30 * 24 * 60 * 60 * 1000
const READ_CHUNK = 500

function chunks<T>(items: readonly T[], size = READ_CHUNK): T[][] {
  const out: T[][] = []
  for (let start = 0; start < items.length; start += size)
    out.push(items.slice(start, start + size))
  return out
}

export async function loadSubscriptions(
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

function worthPruning(subscription: SubscriptionForDelivery, now: number): boolean {
  if (subscription.failureCount + 1 < FAILURES_BEFORE_PRUNE) return false
  const success = subscription.lastSuccessAt ? Date.parse(subscription.lastSuccessAt) : NaN
  return Number.isNaN(success) || now - success > RECENT_SUCCESS_MS
}

export /**
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
