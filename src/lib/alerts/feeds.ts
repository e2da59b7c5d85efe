// Alert feeds (RSS, Atom, CAP index). The builders filter again so a caller's mistake never puts
// a draft, Test/Exercise or expired alert in a feed.
import { Feed } from 'feed'
import RSS from 'rss'
import { create } from 'xmlbuilder2'

import type { Alert } from '@/payload-types'

import { capHistory, toCapDateTime } from './capMessages'
import { plainText } from './xmlSafeText'
import { compareForBanner, isCurrentAlert, isPublicAlert, type AlertTiming } from './selection'

export type FeedAlert = AlertTiming &
  Pick<
    Alert,
    | 'id'
    | 'slug'
    | 'headline'
    | 'description'
    | 'instruction'
    | 'severity'
    | 'urgency'
    | 'categories'
    | 'eventType'
    | 'updatedAt'
    | 'capMessages'
    | 'affects'
  > & { area: Pick<Alert['area'], 'description'> }

export interface AlertFeedContext {
  /** The site's origin, e.g. https://villamar.example */
  origin: string
  locale: string
  title: string
  description: string
  /** Absolute URL of an alert's page in this language. */
  alertUrl: (slug: string) => string
  /** Absolute URL of the alert list page in this language. */
  listUrl: string
  rssUrl: string
  atomUrl: string
  now: Date
  /** The transit operator's current alerts (GTFS-Realtime), listed after the city's own. */
  operatorItems?: OperatorFeedItem[]
}

/** An alert from the transit operator's feed: plain text, marked as the operator's. */
export interface OperatorFeedItem {
  guid: string
  title: string
  text: string
  url: string
  date: Date
}

const operatorHtml = (item: OperatorFeedItem) =>
  item.text ? `<p>${escapeHtml(item.text).replace(/\n/g, '<br>')}</p>` : ''

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Feed readers render titles and summaries as HTML: editors' text is escaped, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

/** Description and instruction as escaped HTML paragraphs. */
function alertHtml(alert: FeedAlert): string {
  return [alert.description, alert.instruction]
    .map(plainText)
    .filter(Boolean)
    .flatMap((text) => text.split(/\n{2,}/))
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('')
}

/** The alerts a feed carries, most severe first. */
export function feedAlerts<T extends FeedAlert>(alerts: readonly T[], now: Date): T[] {
  return alerts.filter((alert) => isCurrentAlert(alert, now)).toSorted(compareForBanner)
}

/** When the alert was last published: its latest CAP message, or its last update. */
function publishedAt(alert: Pick<Alert, 'capMessages' | 'updatedAt'>): Date {
  const last = capHistory(alert).at(-1)
  return new Date(last?.sent ?? alert.updatedAt)
}

const title = (alert: FeedAlert) => escapeHtml(plainText(alert.headline))

export function buildAlertsRss(alerts: readonly FeedAlert[], ctx: AlertFeedContext): string {
  const items = feedAlerts(alerts, ctx.now)
  const feed = new RSS({
    title: escapeHtml(plainText(ctx.title)),
    description: escapeHtml(plainText(ctx.description)),
    site_url: ctx.listUrl,
    feed_url: ctx.rssUrl,
    language: ctx.locale,
    pubDate: items.length > 0 ? publishedAt(items[0]) : ctx.now,
    ttl: 5,
  })
  for (const alert of items) {
    const url = ctx.alertUrl(alert.slug)
    feed.item({
      title: title(alert),
      description: alertHtml(alert),
      url,
      guid: url,
      date: publishedAt(alert),
      categories: [plainText(alert.eventType), alert.severity],
    })
  }
  for (const item of ctx.operatorItems ?? []) {
    feed.item({
      title: escapeHtml(item.title),
      description: operatorHtml(item),
      url: item.url,
      guid: item.guid,
      date: item.date,
      categories: ['transit-operator'],
    })
  }
  return feed.xml({ indent: true })
}

export function buildAlertsAtom(alerts: readonly FeedAlert[], ctx: AlertFeedContext): string {
  const items = feedAlerts(alerts, ctx.now)
  const updated = items.map(publishedAt).sort((a, b) => b.getTime() - a.getTime())[0] ?? ctx.now
  const feed = new Feed({
    id: ctx.atomUrl,
    title: escapeHtml(plainText(ctx.title)),
    description: escapeHtml(plainText(ctx.description)),
    link: ctx.listUrl,
    language: ctx.locale,
    updated,
    generator: false,
    feedLinks: { atom: ctx.atomUrl, rss: ctx.rssUrl },
  })
  for (const alert of items) {
    const url = ctx.alertUrl(alert.slug)
    feed.addItem({
      title: title(alert),
      id: url,
      link: url,
      date: publishedAt(alert),
      description: alertHtml(alert),
      category: [{ term: alert.severity, name: alert.severity }],
    })
  }
  for (const item of ctx.operatorItems ?? []) {
    feed.addItem({
      title: escapeHtml(item.title),
      id: item.guid,
      link: item.url,
      date: item.date,
      description: operatorHtml(item),
      category: [{ term: 'transit-operator', name: 'transit-operator' }],
    })
  }
  return feed.atom1()
}

/** How long a Cancel stays in the CAP index after it is sent, so that aggregators see it. */
export const CANCEL_VISIBLE_MS = 24 * 60 * 60 * 1000

/**
 * The CAP index carries the latest message of every current public alert, and for a day the
 * Cancel of a withdrawn one: cancellations must reach the systems that got the alert.
 */
export function isInCapIndex(alert: FeedAlert, now: Date): boolean {
  const last = capHistory(alert).at(-1)
  if (!last) return false
  if (isCurrentAlert(alert, now)) return true
  const cancelledRecently =
    last.msgType === 'Cancel' && now.getTime() - new Date(last.sent).getTime() < CANCEL_VISIBLE_MS
  return (
    cancelledRecently &&
    isPublicAlert({ ...alert, withdrawn: false }) &&
    (!alert.expires || new Date(alert.expires) > now)
  )
}

export interface CapIndexContext {
  origin: string
  title: string
  capUrl: (id: number | string) => string
  indexUrl: string
  now: Date
}

/** An Atom feed of the current CAP messages, each entry linking to its CAP 1.2 document. */
export function buildCapIndex(alerts: readonly FeedAlert[], ctx: CapIndexContext): string {
  const entries = alerts
    .filter((alert) => isInCapIndex(alert, ctx.now))
    .map((alert) => ({ alert, message: capHistory(alert).at(-1)! }))
    .sort((a, b) => b.message.sent.localeCompare(a.message.sent))
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const feed = doc.ele('http://www.w3.org/2005/Atom', 'feed')
  feed.ele('id').txt(ctx.indexUrl)
  feed.ele('title').txt(plainText(ctx.title))
  feed.ele('updated').txt(toCapDateTime(entries[0]?.message.sent ?? ctx.now))
  feed.ele('author').ele('name').txt(plainText(ctx.title))
  feed.ele('link', { rel: 'self', href: ctx.indexUrl })
  for (const { alert, message } of entries) {
    const entry = feed.ele('entry')
    entry.ele('id').txt(message.identifier)
    entry.ele('title').txt(plainText(alert.headline))
    entry.ele('updated').txt(toCapDateTime(message.sent))
    entry.ele('category', { term: message.msgType })
    entry.ele('link', { rel: 'alternate', type: 'application/cap+xml', href: ctx.capUrl(alert.id) })
    entry.ele('summary').txt(`${alert.severity}, ${alert.urgency}: ${plainText(alert.eventType)}`)
  }
  return doc.end({ prettyPrint: true })
}
