// The push for a stored notice: title in each device's language, the e-office subject as
// the text, the e-office link as the target. Sent through the "Notify me" delivery
// (src/lib/push), which records a report (kind 'eoffice') and prunes dead endpoints.
import type { Payload } from 'payload'

import { getMessages } from '@/lib/i18n/messages'

import { deviceIds } from './links'

export interface NoticePush {
  title: string
  body: string
  url: string
  tag: string
  lang: string
}

export function noticePushMessage(
  notice: { id: number; subject: string; url: string },
  locale: string,
): NoticePush {
  return {
    title: getMessages(locale).myOffice.pushTitle,
    body: notice.subject,
    url: notice.url,
    tag: `eoffice-${notice.id}`,
    lang: locale,
  }
}

/** Pushes the notice to the link's devices; a notice deleted meanwhile is skipped. */
export async function deliverNotice(payload: Payload, noticeId: number): Promise<void> {
  const { docs } = await payload.find({
    collection: 'eoffice-notices',
    where: { id: { equals: noticeId } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
  })
  const notice = docs[0]
  const link = notice && typeof notice.link === 'object' ? notice.link : null
  if (!notice || !link) return
  const ids = deviceIds(link)
  if (ids.length === 0) return
  const { docs: devices } = await payload.find({
    collection: 'push-subscriptions',
    where: { id: { in: ids } },
    select: { locale: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byLocale = new Map<string, number[]>()
  for (const device of devices) {
    byLocale.set(device.locale, [...(byLocale.get(device.locale) ?? []), device.id])
  }
  for (const [locale, subscriptionIds] of byLocale) {
    await sendPush(payload, {
      subscriptionIds,
      message: noticePushMessage(notice, locale),
    })
  }
}

// Wired to src/lib/push deliverPush once that part is merged in.
async function sendPush(
  _payload: Payload,
  _job: { subscriptionIds: number[]; message: NoticePush },
): Promise<void> {
  throw new Error('push delivery is not available yet')
}
