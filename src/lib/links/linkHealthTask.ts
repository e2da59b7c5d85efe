// The nightly link health job: checks each external link in published content and records the
// result per link in `link-checks`.
import type { Payload, TaskConfig } from 'payload'

import type { Env } from '@/lib/config/env'
import { documentPath } from '@/lib/content/paths'
import { readEOfficeSettings } from '@/lib/eoffice/readEOfficeSettings'
import { defaultLocale } from '@/lib/i18n/locales'

import { checkLink, type LinkCheckResult } from './checkLink'
import { LINK_SOURCES, linksOfDocument, type LinkUse } from './collectLinks'
import { HostPacer } from './hostPacer'

export const LINK_CHECKS_COLLECTION = 'link-checks'
export const CHECK_LINKS_TASK = 'checkLinks'

export interface LinkCheckSettings {
  hostIntervalMs: number
  concurrency: number
  timeoutMs: number
  allowLoopback: boolean
}

/**
 * One request per second per host and eight in flight by default. PLAZA_LINKCHECK_ALLOW_LOCAL
 * (tests and bench) is ignored in production.
 */
export function linkCheckSettings(env: Env = process.env): LinkCheckSettings {
  const allowLoopback = env.PLAZA_LINKCHECK_ALLOW_LOCAL === '1' && env.NODE_ENV !== 'production'
  const number = (raw: string | undefined, fallback: number) => {
    const value = Number(raw)
    return raw && Number.isFinite(value) && value >= 0 ? value : fallback
  }
  const interval = number(env.PLAZA_LINKCHECK_HOST_INTERVAL_MS, 1000)
  return {
    hostIntervalMs: allowLoopback ? interval : Math.max(interval, 1000),
    concurrency: Math.max(1, number(env.PLAZA_LINKCHECK_CONCURRENCY, 8)),
    timeoutMs: Math.max(100, number(env.PLAZA_LINKCHECK_TIMEOUT_MS, 10_000)),
    allowLoopback,
  }
}

const text = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object') {
    const byLocale = value as Record<string, unknown>
    const first = byLocale[defaultLocale] ?? Object.values(byLocale).find(Boolean)
    return typeof first === 'string' ? first : ''
  }
  return ''
}

/** URL → the published documents that carry it. */
export async function publishedLinks(payload: Payload): Promise<Map<string, LinkUse[]>> {
  const eOffice = await readEOfficeSettings(payload)
  const uses = new Map<string, LinkUse[]>()
  for (const source of LINK_SOURCES) {
    for (let page = 1; ; page += 1) {
      const result = await payload.find({
        collection: source.collection as 'pages',
        where: { _status: { equals: 'published' } },
        locale: 'all',
        depth: 0,
        limit: 200,
        page,
        overrideAccess: true,
      })
      for (const doc of result.docs as unknown as Record<string, unknown>[]) {
        const slug = text(doc.slug)
        const use: LinkUse = {
          collection: source.collection,
          id: String(doc.id),
          title: text(doc.title ?? doc.headline),
          path: slug ? documentPath(source.collection, slug) : null,
        }
        for (const url of linksOfDocument(source, doc, eOffice)) {
          const list = uses.get(url) ?? []
          list.push(use)
          uses.set(url, list)
        }
      }
      if (!result.hasNextPage) break
    }
  }
  return uses
}

export interface LinkHealthSummary {
  checked: number
  broken: number
}

/** Checks every published link and stores one `link-checks` document per URL. */
export async function checkPublishedLinks(
  payload: Payload,
  settings: LinkCheckSettings = linkCheckSettings(),
): Promise<LinkHealthSummary> {
  const uses = await publishedLinks(payload)
  const pacer = new HostPacer(settings)
  const results: LinkCheckResult[] = await Promise.all(
    [...uses.keys()].map((url) => checkLink(url, { ...settings, pacer })),
  )
  const { docs: existing } = await payload.find({
    collection: LINK_CHECKS_COLLECTION as 'pages',
    depth: 0,
    pagination: false,
    select: { url: true } as never,
    overrideAccess: true,
  })
  const idByUrl = new Map(
    (existing as unknown as { id: number | string; url: string }[]).map((doc) => [doc.url, doc.id]),
  )
  const checkedAt = new Date().toISOString()
  for (const result of results) {
    const data = {
      url: result.url,
      status: result.status,
      httpStatus: result.httpStatus,
      finalUrl: result.finalUrl,
      error: result.error,
      checkedAt,
      usedBy: uses.get(result.url) ?? [],
    }
    const id = idByUrl.get(result.url)
    const args = { collection: LINK_CHECKS_COLLECTION as 'pages', data: data as never, depth: 0 }
    if (id === undefined) await payload.create({ ...args, overrideAccess: true })
    else await payload.update({ ...args, id, overrideAccess: true })
    idByUrl.delete(result.url)
  }
  // Links no published document carries any more are forgotten.
  const gone = [...idByUrl.values()]
  if (gone.length > 0)
    await payload.delete({
      collection: LINK_CHECKS_COLLECTION as 'pages',
      where: { id: { in: gone } },
      overrideAccess: true,
    })
  return {
    checked: results.length,
    broken: results.filter((result) => result.status !== 'ok' && result.status !== 'redirect')
      .length,
  }
}

export const checkLinksTask: TaskConfig<{ input: object; output: LinkHealthSummary }> = {
  slug: CHECK_LINKS_TASK,
  label: 'Check the external links in published content',
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
  ],
  schedule: [{ cron: '17 3 * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => ({ output: await checkPublishedLinks(req.payload) }),
}
