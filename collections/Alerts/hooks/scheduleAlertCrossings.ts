import type { CollectionAfterChangeHook } from 'payload'

import { queueAlertCrossings } from '@/lib/alerts/onsetAndExpiry'
import type { Alert } from '@/payload-types'

/**
 * After a publish, queue the refreshes for the alert's onset and expiry. Runs for seeds and
 * imports too (unlike revalidation), so a demo alert still leaves the banner on time.
 */
export const scheduleAlertCrossings: CollectionAfterChangeHook<Alert> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  try {
    await queueAlertCrossings(req.payload, doc, { req })
  } catch (error) {
    req.payload.logger.error(`queueing refreshes for alert ${doc.id} failed: ${String(error)}`)
  }
  return doc
}
