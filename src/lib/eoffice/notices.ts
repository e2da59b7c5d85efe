// Storing a notice for a signed webhook message, idempotently, and queueing its push.
import type { Payload } from 'payload'

import { findLinkForSubject } from './links'
import { noticeExpiry, type EOfficeMessage } from './webhook'

export const EOFFICE_DELIVERY_TASK = 'eofficeDelivery'
export const PRUNE_NOTICES_TASK = 'pruneEOfficeNotices'

export type ReceiveResult =
  | { outcome: 'stored'; noticeId: number }
  | { outcome: 'duplicate' }
  | { outcome: 'unknown-recipient' }
  | { outcome: 'expired' }

export async function readNoticeRetentionDays(payload: Payload): Promise<number> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
  })
  const days = settings?.eOffice?.noticeRetentionDays
  return typeof days === 'number' && days >= 1 ? days : 90
}

async function noticeExists(payload: Payload, messageId: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'eoffice-notices',
    where: { messageId: { equals: messageId } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/**
 * Stores the notice and queues its push. The unique index on messageId makes a repeat, even a
 * simultaneous one, a reported duplicate.
 */
export async function receiveMessage(
  payload: Payload,
  message: EOfficeMessage,
  { issuer, now = new Date() }: { issuer: string; now?: Date },
): Promise<ReceiveResult> {
  const link = await findLinkForSubject(payload, issuer, message.recipientRef)
  if (!link) return { outcome: 'unknown-recipient' }
  if (await noticeExists(payload, message.messageId)) return { outcome: 'duplicate' }
  const expiresAt = noticeExpiry(message.sentAt, await readNoticeRetentionDays(payload), now)
  if (expiresAt <= now) return { outcome: 'expired' }
  let noticeId: number
  try {
    const notice = await payload.create({
      collection: 'eoffice-notices',
      data: {
        messageId: message.messageId,
        link: link.id,
        subject: message.subject,
        url: message.url,
        category: message.category,
        sentAt: message.sentAt,
        expiresAt: expiresAt.toISOString(),
      },
      depth: 0,
      overrideAccess: true,
    })
    noticeId = notice.id
  } catch (error) {
    // Lost the race against an identical request: the other one stored (and pushes) it.
    if (await noticeExists(payload, message.messageId)) return { outcome: 'duplicate' }
    throw error
  }
  try {
    await payload.jobs.queue({ task: EOFFICE_DELIVERY_TASK, input: { notice: noticeId } } as never)
  } catch (error) {
    // Without its push the notice would wait silently: undo, so the e-office's retry
    // (it got a 5xx) stores and pushes it again.
    await payload.delete({ collection: 'eoffice-notices', id: noticeId, overrideAccess: true })
    throw error
  }
  return { outcome: 'stored', noticeId }
}

/** Deletes notices past their expiry; returns how many. */
export async function pruneExpiredNotices(
  payload: Payload,
  now: Date = new Date(),
): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'eoffice-notices',
    where: { expiresAt: { less_than_equal: now.toISOString() } },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
