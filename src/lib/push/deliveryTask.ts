// Notifies devices of a published alert or event, reading the document as published now (it may
// have changed since the save), each device in its own language.
import type { Payload, TaskConfig } from 'payload'

import { defaultLocale, locales } from '@/lib/i18n/locales'

import { deliverPush, type DeliveryReport } from './deliver'
import {
  alertMatches,
  alertTtlSeconds,
  alertUrgency,
  eventMatches,
  MAX_ALERT_TTL_SECONDS,
  shortText,
  type SubscriptionChoices,
} from './matching'
import { PUSH_DELIVERY_TASK, type PushDeliveryInput } from './queue'
import type { PushMessage } from './types'

type Localized = Record<string, string | null | undefined> | string | null | undefined

function inLocale(value: Localized, locale: string): string {
  if (typeof value === 'string') return value
  return value?.[locale] || value?.[defaultLocale] || ''
}

function messageLang(locale: string): PushMessage['lang'] {
  return (locales.includes(locale) ? locale : defaultLocale) as PushMessage['lang']
}

const PAGE = 1000

/** Every subscription that may want this, a page at a time. */
async function* subscriptionChoices(payload: Payload, where: object) {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'push-subscriptions',
      where: where as never,
      // No `select`: on SQLite it drops the point inside the `area` group (Payload 3.90).
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    for (const doc of result.docs) yield doc as SubscriptionChoices & { id: number }
    if (!result.hasNextPage) return
  }
}

type Outcome = { skipped?: string; report?: DeliveryReport }

export async function deliverAlert(
  payload: Payload,
  id: number,
  capIdentifier: string | undefined,
  now = new Date(),
): Promise<Outcome> {
  const { docs } = await payload.find({
    collection: 'alerts',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const alert = docs[0]
  if (!alert) return { skipped: 'not published' }
  // Only real alerts reach phones: never CAP Test or Exercise messages.
  if (alert.status !== 'Actual') return { skipped: `CAP status ${alert.status}` }
  if (alert.withdrawn) return { skipped: 'withdrawn' }
  const history = alert.capMessages ?? []
  const index = capIdentifier ? history.findIndex((m) => m.identifier === capIdentifier) : -1
  if (capIdentifier && index === -1) return { skipped: 'CAP message not found' }
  if (history.slice(index + 1).some((m) => m.msgType === 'Cancel')) return { skipped: 'cancelled' }
  const ttlSeconds = alertTtlSeconds(alert.expires, now)
  if (ttlSeconds === 0) return { skipped: 'expired' }

  const matched: number[] = []
  for await (const sub of subscriptionChoices(payload, { alerts: { not_equals: 'none' } })) {
    if (alertMatches(sub, alert)) matched.push(sub.id)
  }
  const headline = alert.headline as unknown as Localized
  const description = alert.description as unknown as Localized
  const report = await deliverPush(payload, {
    kind: 'alert',
    alert: id,
    title: inLocale(headline, defaultLocale),
    subscriptionIds: matched,
    ttlSeconds,
    urgency: alertUrgency(alert.severity),
    topic: `alert-${id}`,
    message: ({ locale }) => ({
      title: inLocale(headline, locale),
      body: shortText(inLocale(description, locale)),
      url: `/${messageLang(locale)}/alerts/${alert.slug}`,
      tag: `alert-${id}`,
      lang: messageLang(locale),
    }),
  })
  return { report }
}

export async function deliverEvent(
  payload: Payload,
  id: number,
  now = new Date(),
): Promise<Outcome> {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const event = docs[0]
  if (!event) return { skipped: 'not published' }
  const topics = (event.topics ?? []) as (number | { id: number })[]
  if (topics.length === 0) return { skipped: 'no topics' }
  const end = event.endsAt ?? event.startsAt
  const left = end ? Math.floor((new Date(end).getTime() - now.getTime()) / 1000) : 0
  // Recurring events keep going; one-off events already over are not announced.
  if (!event.recurrence?.frequency && end && left <= 0) return { skipped: 'already over' }
  const ttlSeconds = Math.max(
    60,
    Math.min(MAX_ALERT_TTL_SECONDS, left > 0 ? left : MAX_ALERT_TTL_SECONDS),
  )

  const matched: number[] = []
  const where = { agendaTopics: { in: topics.map((t) => (typeof t === 'object' ? t.id : t)) } }
  for await (const sub of subscriptionChoices(payload, where)) {
    if (eventMatches(sub, topics)) matched.push(sub.id)
  }
  const title = event.title as unknown as Localized
  const summary = event.summary as unknown as Localized
  const report = await deliverPush(payload, {
    kind: 'event',
    event: id,
    title: inLocale(title, defaultLocale),
    subscriptionIds: matched,
    ttlSeconds,
    urgency: 'low',
    topic: `event-${id}`,
    message: ({ locale }) => ({
      title: inLocale(title, locale),
      body: shortText(inLocale(summary, locale)),
      url: `/${messageLang(locale)}/agenda/${event.slug}`,
      tag: `event-${id}`,
      lang: messageLang(locale),
    }),
  })
  return { report }
}

export const pushDeliveryTask: TaskConfig<{
  input: PushDeliveryInput
  output: { skipped?: string; report?: number; sent?: number }
}> = {
  slug: PUSH_DELIVERY_TASK,
  label: 'Send push notifications for a published alert or agenda event',
  inputSchema: [
    { name: 'kind', type: 'text', required: true },
    { name: 'id', type: 'number', required: true },
    { name: 'capIdentifier', type: 'text' },
  ],
  // Each endpoint is retried inside the delivery (with backoff); rerunning the whole job
  // would notify again the devices that already got it.
  retries: 0,
  handler: async ({ input, req }) => {
    const outcome =
      input.kind === 'event'
        ? await deliverEvent(req.payload, input.id)
        : await deliverAlert(req.payload, input.id, input.capIdentifier)
    if (outcome.skipped)
      req.payload.logger.info(`push: ${input.kind} ${input.id} not sent (${outcome.skipped})`)
    return {
      output: {
        skipped: outcome.skipped,
        report: outcome.report ? Number(outcome.report.id) : undefined,
        sent: outcome.report?.sent,
      },
    }
  },
}
