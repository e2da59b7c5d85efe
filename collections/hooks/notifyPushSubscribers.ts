import type { CollectionAfterChangeHook } from 'payload'

import { alertTtlSeconds } from '@/lib/push/matching'
import { queuePushDelivery } from '@/lib/push/queue'
import type { Alert, Event } from '@/payload-types'

/**
 * Queues a push for an alert's CAP "Alert" publication; an "Update" notifies only when the editor
 * ticks the box (fixing a typo must not buzz every phone).
 */
export const notifyAlertSubscribers: CollectionAfterChangeHook<Alert> = async ({
  doc,
  previousDoc,
  data,
  req,
  context,
}) => {
  if (context.disablePush || doc._status !== 'published') return doc
  const history = doc.capMessages ?? []
  // recordCapMessage appends one message on every publish: none new, nothing published.
  if (history.length <= (previousDoc?.capMessages?.length ?? 0)) return doc
  const latest = history.at(-1)!
  const wanted =
    latest.msgType === 'Alert' ||
    (latest.msgType === 'Update' && (data as { notifyUpdate?: unknown })?.notifyUpdate === true)
  if (!wanted || doc.status !== 'Actual' || doc.withdrawn) return doc
  if (alertTtlSeconds(doc.expires) === 0) return doc
  try {
    await queuePushDelivery(
      req.payload,
      { kind: 'alert', id: doc.id, capIdentifier: latest.identifier },
      req,
    )
  } catch (error) {
    req.payload.logger.error(`push: queueing alert ${doc.id} failed: ${String(error)}`)
  }
  return doc
}

/**
 * Notifies devices subscribed to an event's agenda topics when the event is published for
 * the first time (an earlier published version means it was announced already).
 */
export const notifyEventSubscribers: CollectionAfterChangeHook<Event> = async ({
  doc,
  req,
  context,
}) => {
  if (context.disablePush || doc._status !== 'published') return doc
  if (!doc.topics || doc.topics.length === 0) return doc
  try {
    const published = await req.payload.findVersions({
      collection: 'events',
      where: {
        and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
      },
      limit: 2,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    if (published.docs.length > 1) return doc
    await queuePushDelivery(req.payload, { kind: 'event', id: doc.id }, req)
  } catch (error) {
    req.payload.logger.error(`push: queueing event ${doc.id} failed: ${String(error)}`)
  }
  return doc
}
