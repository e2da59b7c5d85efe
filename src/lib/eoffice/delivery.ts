// The push for a stored notice, sent through the "Notify me" delivery (report, pruning) in each
// device's language.
import type { Payload } from 'payload'

import { getMessages } from '@/lib/i18n/messages'
import { deliverPush, type PushMessage } from '@/lib/push'

import { deviceIds } from './links'

export function noticePushMessage(
  notice: { id: number; subject: string; url: string },
  locale: string,
): PushMessage {
  return {
    title: getMessages(locale).myOffice.pushTitle,
    body: notice.subject,
    url: notice.url,
    tag: `eoffice-${notice.id}`,
    lang: locale === 'es' ? 'es' : 'en',
  }
}

/** Pushes the notice to the link's devices; a notice deleted meanwhile is skipped. */
export async function deliverNotice(payload: Payload, noticeId: number) {
  const { docs } = await payload.find({
    collection: 'eoffice-notices',
    where: { id: { equals: noticeId } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const notice = docs[0]
  const link = notice && typeof notice.link === 'object' ? notice.link : null
  if (!notice || !link) return null
  const subscriptionIds = deviceIds(link)
  if (subscriptionIds.length === 0) return null
  return deliverPush(payload, {
    kind: 'eoffice',
    // The report names no citizen and no subject: staff see counts and failures only.
    title: `E-office notice ${notice.id}`,
    subscriptionIds,
    message: (subscription) => noticePushMessage(notice, subscription.locale),
    // A message about a pending procedure is worth delivering for a few days, not urgently.
    ttlSeconds: 3 * 24 * 60 * 60,
    urgency: 'normal',
  })
}
