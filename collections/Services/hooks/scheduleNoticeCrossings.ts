import type { CollectionAfterChangeHook } from 'payload'

import { queueNoticeCrossings, readCityTimeZone } from '@/lib/services/noticeCrossings'
import type { Service } from '@/payload-types'

/**
 * After a publish, queue the refreshes for the day the service's notice starts and the day
 * after it ends. Runs for seeds and imports too (unlike revalidation), so a demo notice
 * still leaves the pages on time. Never fails the editor's save: problems are logged.
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
