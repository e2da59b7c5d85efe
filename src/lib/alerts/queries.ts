// Alert reads always with access rules (`overrideAccess: false`); selection.ts decides the rest, so
// pages, feeds and tests share one definition.
import type { Payload, Where } from 'payload'

import type { Alert, Config } from '@/payload-types'

import { buildCapDocument, type CapInfoInput } from './capDocument'
import { capHistory, referencedMessages } from './capMessages'
import type { FeedAlert } from './feeds'
import { RECENT_DAYS } from './selection'

type Locale = Config['locale']

/** The access part of a Local API read; the public site may add draft mode for editors. */
export type ReadAccess = { overrideAccess: false; draft?: boolean; user?: Config['user'] }

const PUBLIC: ReadAccess = { overrideAccess: false }

export const ALERT_SUMMARY_SELECT = {
  slug: true,
  headline: true,
  description: true,
  instruction: true,
  severity: true,
  urgency: true,
  certainty: true,
  categories: true,
  eventType: true,
  status: true,
  withdrawn: true,
  onset: true,
  expires: true,
  updatedAt: true,
  capMessages: true,
  area: { description: true },
  affects: true,
  _status: true,
} as const

/**
 * Real (CAP status Actual) alerts readable by `access` that had not expired at `since`.
 * Withdrawn ones are included only when asked (the CAP index announces their Cancel).
 */
export async function findAlerts(
  payload: Payload,
  {
    locale,
    since,
    access = PUBLIC,
    withdrawn = false,
  }: { locale: string; since: Date; access?: ReadAccess; withdrawn?: boolean },
): Promise<FeedAlert[]> {
  const where: Where = {
    and: [
      { status: { equals: 'Actual' } },
      { or: [{ expires: { exists: false } }, { expires: { greater_than: since.toISOString() } }] },
      ...(withdrawn ? [] : [{ withdrawn: { not_equals: true } }]),
    ],
  }
  const { docs } = await payload.find({
    collection: 'alerts',
    where,
    select: ALERT_SUMMARY_SELECT,
    sort: '-onset',
    depth: 0,
    pagination: false,
    locale: locale as Locale,
    ...access,
  })
  return docs as FeedAlert[]
}

/** What the alert list page needs: everything that ended less than RECENT_DAYS ago. */
export function findListedAlerts(
  payload: Payload,
  options: { locale: string; now: Date; access?: ReadAccess },
): Promise<FeedAlert[]> {
  const since = new Date(options.now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000)
  return findAlerts(payload, { ...options, since })
}

/** One public alert with its affected services and procedures, or null. */
export async function findAlertBySlug(
  payload: Payload,
  { slug, locale, access = PUBLIC }: { slug: string; locale: string; access?: ReadAccess },
) {
  const { docs } = await payload.find({
    collection: 'alerts',
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'Actual' } }] },
    limit: 1,
    depth: 1,
    populate: {
      services: { title: true, slug: true },
      procedures: { title: true, slug: true },
      districts: { name: true },
    },
    locale: locale as Locale,
    ...access,
  })
  const alert = docs[0]
  return alert && !alert.withdrawn ? alert : null
}

export interface CapDocumentOptions {
  locales: readonly string[]
  origin: string
  senderName?: string
  alertUrl: (locale: string, slug: string) => string
}

/** The sender of every CAP message of this site: stable, so references stay valid. */
export function capSender(origin: string): string {
  return `alerts@${new URL(origin).hostname}`
}

/**
 * The CAP 1.2 document of an alert's latest message, one <info> per language it is written
 * in; null for drafts, Test/Exercise alerts and alerts that never sent a message.
 */
export async function capDocumentFor(
  payload: Payload,
  id: number,
  { locales, origin, senderName, alertUrl }: CapDocumentOptions,
): Promise<string | null> {
  const versions: (Alert | null)[] = []
  for (const locale of locales) {
    const { docs } = await payload.find({
      collection: 'alerts',
      where: { and: [{ id: { equals: id } }, { status: { equals: 'Actual' } }] },
      limit: 1,
      depth: 0,
      locale: locale as Locale,
      // A language the alert is not written in gets no <info> block rather than a copy.
      fallbackLocale: false,
      ...PUBLIC,
    })
    versions.push(docs[0] ?? null)
  }
  const base = versions.find((version) => version !== null)
  if (!base) return null
  const history = capHistory(base)
  const message = history.at(-1)
  if (!message) return null
  const infos: CapInfoInput[] = locales.flatMap((language, index) => {
    const alert = versions[index]
    if (!alert?.headline || !alert.description || !alert.eventType || !alert.area?.description) {
      return []
    }
    return [{ language, alert, pageUrl: alertUrl(language, alert.slug) }]
  })
  return buildCapDocument({
    sender: capSender(origin),
    senderName,
    status: base.status,
    message,
    references: referencedMessages(history),
    infos,
  })
}
