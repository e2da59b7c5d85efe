// Which external links published content carries, and where. Plain functions of documents, so
// they are tested without Payload.
import { buildStartOnlineUrl, type EOfficeSettings } from '@/lib/eoffice/startOnline'
import { locales } from '@/lib/i18n/locales'

export interface LinkUse {
  collection: string
  id: string
  title: string
  /** The document's public path without locale (null when it has no page). */
  path: string | null
}

/** A web address worth checking: absolute http(s), no credentials. */
export function externalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const text = raw.trim()
  if (!/^https?:\/\//i.test(text) || !URL.canParse(text)) return null
  const url = new URL(text)
  if (url.username || url.password) return null
  url.hash = ''
  return url.toString()
}

/**
 * Every external link in a rich text value, in any shape Payload returns it: one locale
 * (`{ root }`) or all of them (`{ en: { root }, es: { root } }`).
 */
export function richTextLinks(value: unknown): string[] {
  const found = new Set<string>()
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (record.type === 'link' || record.type === 'autolink') {
      const fields = (record.fields ?? {}) as { url?: unknown; linkType?: unknown }
      const url = fields.linkType === 'internal' ? null : externalUrl(fields.url)
      if (url) found.add(url)
    }
    for (const child of Object.values(record)) if (typeof child === 'object') visit(child)
  }
  visit(value)
  return [...found]
}

// Read with locale 'all', a localized field is an object of locale → value.
const isLocaleMap = (value: object) => {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => locales.includes(key))
}

function expand(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(expand)
  if (value && typeof value === 'object' && isLocaleMap(value))
    return Object.values(value).flatMap(expand)
  return [value]
}

/** The values at a dotted path, through arrays, groups and localized maps. */
export function valuesAt(doc: unknown, path: string): unknown[] {
  let current = expand(doc)
  for (const key of path.split('.'))
    current = current.flatMap((value) =>
      value && typeof value === 'object' ? expand((value as Record<string, unknown>)[key]) : [],
    )
  return current
}

export interface LinkSource {
  collection: string
  /** Dotted paths of rich text fields. */
  richText: string[]
  /** Dotted paths of plain URL fields (arrays and groups traversed). */
  urlFields: string[]
  /** Procedures: the "Start online" link, built as the public page builds it. */
  startOnline?: boolean
}

/** The published content whose links are checked. */
export const LINK_SOURCES: LinkSource[] = [
  {
    collection: 'procedures',
    richText: ['body'],
    urlFields: ['legalBasis.url'],
    startOnline: true,
  },
  { collection: 'services', richText: ['body'], urlFields: ['locations.website'] },
  { collection: 'events', richText: ['body'], urlFields: ['registrationUrl', 'organiser.url'] },
  { collection: 'pages', richText: ['body'], urlFields: [] },
  { collection: 'alerts', richText: [], urlFields: ['web'] },
]

/** The links one document carries (deduplicated). */
export function linksOfDocument(
  source: LinkSource,
  doc: Record<string, unknown>,
  eOffice: EOfficeSettings,
): string[] {
  const links = new Set<string>()
  for (const path of source.richText)
    for (const value of valuesAt(doc, path)) richTextLinks(value).forEach((url) => links.add(url))
  for (const path of source.urlFields)
    for (const value of valuesAt(doc, path)) {
      const url = externalUrl(value)
      if (url) links.add(url)
    }
  if (source.startOnline) {
    const online = doc.online as { enabled?: boolean; transactionPath?: string } | undefined
    if (online?.enabled && online.transactionPath) {
      const built = buildStartOnlineUrl(online.transactionPath, eOffice)
      const url = built.ok ? externalUrl(built.url) : null
      if (url) links.add(url)
    }
  }
  return [...links]
}
