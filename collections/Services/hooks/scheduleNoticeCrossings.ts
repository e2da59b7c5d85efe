import type { CollectionAfterChangeHook } from 'payload'

import { queueNoticeCrossings } from '@/lib/services/noticeCrossings'
import { readCityTimeZone } from '@/lib/time/cityTimeZone'
import type { Service } from '@/payload-types'

/**
 * Queues the refreshes at a published notice's start and end. Runs for seeds too (unlike
 * revalidation) so demo notices end on time; never fails the save.
 */
export const scheduleNoticeCrossings: CollectionAfterChangeHook<Service> = async ({ doc, req }) => {
  if (doc._status !== 'published' || !doc.status || doc.status.state === 'normal') return doc
  if (!doc.status.from && !doc.status.until) return doc
  try {
    const timeZone = await readCityTimeZone(req.payload, req)
    await queueNoticeCrossings(req.payload, doc, { timeZone, req })
  } catch (error) {
    req.payload.logger.error(`queueing refreshes for service ${doc.id} failed: ${String(error)}`)
  }
  return doc
}
