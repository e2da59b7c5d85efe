// What the admin's home page shows a member of staff: everything that needs attention, each
// item linking to its document. Read through the Local API as that person (overrideAccess
// false), so a contributor sees their own review requests and no jobs, an editor everything
// editors may read. A section the person may not read is left out, not shown empty.
import type { Payload, TypedUser, Where } from 'payload'

import { adminDocPath, REVIEW_REQUESTS } from '@/lib/review/reviewable'
import { REALTIME_FEED_KINDS, type RealtimeFeedKind } from '@/lib/transit/realtime/types'

export const DASHBOARD_LIMIT = 10
const DAY_MS = 24 * 60 * 60 * 1000
export const REVIEW_DATE_WINDOW_DAYS = 30
export const ALERT_EXPIRY_WINDOW_HOURS = 24
/** The collection the link checker writes (one row per checked link). */
export const LINK_CHECKS = 'link-checks'

export interface DashboardItem {
  label: string
  href: string
  /** An ISO date the item is about (requested, due, expires, failed…). */
  at?: string | null
  detail?: string | null
  /** Past due, failed, broken: shown as a warning. */
  warn?: boolean
}

export interface DashboardSection {
  key: SectionKey
  total: number
  items: DashboardItem[]
  /** The collection does not exist here (yet): "no data" rather than "nothing". */
  noData?: boolean
}

export type SectionKey =
  | 'pendingReviews'
  | 'scheduled'
  | 'reviewDates'
  | 'alertsLive'
  | 'alertsExpiring'
  | 'transitFeed'
  | 'failedJobs'
  | 'brokenLinks'

type Doc = Record<string, unknown> & { id: number | string }
type CollectionConfigLike = { admin?: { useAsTitle?: string } }

interface Reader {
  payload: Payload
  user: TypedUser
  now: Date
}

async function findAs(
  { payload, user }: Reader,
  collection: string,
  where: Where,
  sort: string,
  select?: Record<string, true>,
) {
  const result = await payload.find({
    collection: collection as never,
    where,
    sort,
    limit: DASHBOARD_LIMIT,
    depth: 0,
    ...(select ? { select: select as never } : {}),
    overrideAccess: false,
    user,
  })
  return { total: result.totalDocs, docs: result.docs as unknown as Doc[] }
}

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() ? value : fallback

async function pendingReviews(r: Reader): Promise<DashboardSection> {
  const { total, docs } = await findAs(
    r,
    REVIEW_REQUESTS,
    { status: { equals: 'pending' } },
    'createdAt',
  )
  return {
    key: 'pendingReviews',
    total,
    items: docs.map((doc) => {
      const ref = doc.doc as { relationTo: string; value: number | string }
      return {
        label: text(doc.title, `${ref.relationTo} ${ref.value}`),
        href: adminDocPath(ref.relationTo, ref.value),
        at: doc.createdAt as string,
        detail: [doc.requesterLabel, doc.message].filter(Boolean).join(': '),
      }
    }),
  }
}

/** Titles of documents named by id, one query per collection. */
async function titlesOf(r: Reader, refs: { relationTo: string; value: number | string }[]) {
  const titles = new Map<string, string>()
  const byCollection = new Map<string, (number | string)[]>()
  for (const ref of refs)
    byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref.value])
  for (const [collection, ids] of byCollection) {
    const config = (r.payload.collections as Record<string, { config: CollectionConfigLike }>)[
      collection
    ]?.config
    if (!config) continue
    const field = config.admin?.useAsTitle ?? 'id'
    const { docs } = await r.payload.find({
      collection: collection as never,
      where: { id: { in: ids } },
      select: { [field]: true } as never,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: false,
      user: r.user,
    })
    for (const doc of docs as unknown as Doc[])
      titles.set(`${collection}:${doc.id}`, text(doc[field], String(doc.id)))
  }
  return titles
}

async function scheduled(r: Reader): Promise<DashboardSection> {
  const { total, docs } = await findAs(
    r,
    'payload-jobs',
    {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    'waitUntil',
  )
  const jobs = docs.map((doc) => {
    const input = (doc.input ?? {}) as {
      type?: string
      doc?: { relationTo: string; value: number | string }
      global?: string
    }
    return { doc, input }
  })
  const titles = await titlesOf(
    r,
    jobs.flatMap(({ input }) => (input.doc ? [input.doc] : [])),
  )
  return {
    key: 'scheduled',
    total,
    items: jobs.map(({ doc, input }) => {
      const ref = input.doc
      return {
        label: ref
          ? (titles.get(`${ref.relationTo}:${ref.value}`) ?? `${ref.relationTo} ${ref.value}`)
          : text(input.global, 'global'),
        href: ref ? adminDocPath(ref.relationTo, ref.value) : `/admin/globals/${input.global}`,
        at: doc.waitUntil as string,
        detail: input.type ?? 'publish',
      }
    }),
  }
}

async function reviewDates(r: Reader): Promise<DashboardSection> {
  const until = new Date(r.now.getTime() + REVIEW_DATE_WINDOW_DAYS * DAY_MS).toISOString()
  const where: Where = { nextReview: { less_than_equal: until } }
  const found = await Promise.all(
    (['procedures', 'services'] as const).map(async (collection) => {
      const { total, docs } = await findAs(r, collection, where, 'nextReview', {
        title: true,
        nextReview: true,
      })
      return { total, items: docs.map((doc) => ({ collection, doc })) }
    }),
  )
  const items = found
    .flatMap((f) => f.items)
    .sort((a, b) => String(a.doc.nextReview).localeCompare(String(b.doc.nextReview)))
    .slice(0, DASHBOARD_LIMIT)
  return {
    key: 'reviewDates',
    total: found.reduce((sum, f) => sum + f.total, 0),
    items: items.map(({ collection, doc }) => ({
      label: text(doc.title, String(doc.id)),
      href: adminDocPath(collection, doc.id),
      at: doc.nextReview as string,
      detail: collection,
      warn: new Date(String(doc.nextReview)) < r.now,
    })),
  }
}

async function alerts(r: Reader, expiringOnly: boolean): Promise<DashboardSection> {
  const now = r.now.toISOString()
  const soon = new Date(r.now.getTime() + ALERT_EXPIRY_WINDOW_HOURS * 3600 * 1000).toISOString()
  const live: Where[] = [
    { _status: { equals: 'published' } },
    { withdrawn: { not_equals: true } },
    { onset: { less_than_equal: now } },
  ]
  const where: Where = expiringOnly
    ? { and: [...live, { expires: { greater_than: now } }, { expires: { less_than_equal: soon } }] }
    : {
        and: [
          ...live,
          { or: [{ expires: { greater_than: now } }, { expires: { exists: false } }] },
        ],
      }
  const { total, docs } = await findAs(r, 'alerts', where, expiringOnly ? 'expires' : '-onset', {
    headline: true,
    severity: true,
    expires: true,
    onset: true,
  })
  return {
    key: expiringOnly ? 'alertsExpiring' : 'alertsLive',
    total,
    items: docs.map((doc) => ({
      label: text(doc.headline, String(doc.id)),
      href: adminDocPath('alerts', doc.id),
      at: (expiringOnly ? doc.expires : doc.onset) as string,
      detail: (doc.severity as string) ?? null,
      warn: expiringOnly,
    })),
  }
}

/** GTFS dates are YYYYMMDD. */
function gtfsDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}

async function transitFeed(r: Reader): Promise<DashboardSection> {
  const settings = (await r.payload.findGlobal({
    slug: 'transit-settings',
    depth: 0,
    overrideAccess: false,
    user: r.user,
  })) as { activeFeed?: number | string | { id: number | string } | null }
  const active = settings.activeFeed
  const activeId = active && typeof active === 'object' ? active.id : active
  // The newest feed too: an import that failed after the one in service must be seen.
  const { docs } = await findAs(r, 'transit-feeds', {}, '-createdAt', {
    filename: true,
    status: true,
    validityEnd: true,
    importedAt: true,
    createdAt: true,
  })
  const latest = docs[0]
  const inService = activeId
    ? (docs.find((doc) => String(doc.id) === String(activeId)) ??
      (await findAs(r, 'transit-feeds', { id: { equals: activeId } }, 'id')).docs[0])
    : undefined
  const items: DashboardItem[] = []
  const until = gtfsDate(inService?.validityEnd)
  if (inService)
    items.push({
      label: text(inService.filename, String(inService.id)),
      href: adminDocPath('transit-feeds', inService.id),
      at: until,
      detail: `inServiceUntil`,
      warn: until ? new Date(until).getTime() - r.now.getTime() < 14 * DAY_MS : false,
    })
  if (latest && latest.id !== inService?.id)
    items.push({
      label: text(latest.filename, String(latest.id)),
      href: adminDocPath('transit-feeds', latest.id),
      at: (latest.importedAt ?? latest.createdAt) as string,
      detail: String(latest.status),
      warn: latest.status === 'failed' || latest.status === 'refused',
    })
  items.push(...(await realtimeFeeds(r)))
  return {
    key: 'transitFeed',
    total: items.length,
    items,
  }
}

type RealtimeStatus = {
  lastSuccessAt?: string | null
  lastErrorAt?: string | null
  lastError?: string | null
}

/**
 * Each GTFS-Realtime feed that has been fetched at least once: when it last worked, and its
 * error when the last attempt failed (an error newer than the last success).
 */
async function realtimeFeeds(r: Reader): Promise<DashboardItem[]> {
  const status = (await r.payload.findGlobal({
    slug: 'transit-realtime',
    depth: 0,
    select: Object.fromEntries(REALTIME_FEED_KINDS.map((kind) => [kind, true])) as never,
    overrideAccess: false,
    user: r.user,
  })) as unknown as Partial<Record<RealtimeFeedKind, RealtimeStatus>>
  return REALTIME_FEED_KINDS.flatMap((kind) => {
    const feed = status[kind]
    if (!feed?.lastSuccessAt && !feed?.lastErrorAt) return []
    const failing =
      !!feed.lastErrorAt &&
      (!feed.lastSuccessAt || new Date(feed.lastErrorAt) >= new Date(feed.lastSuccessAt))
    return [
      {
        label: `GTFS-Realtime: ${kind}`,
        href: '/admin/globals/transit-realtime',
        at: failing ? feed.lastErrorAt : feed.lastSuccessAt,
        detail: failing ? text(feed.lastError, 'realtimeFailing') : 'realtimeWorking',
        warn: failing,
      },
    ]
  })
}

async function failedJobs(r: Reader): Promise<DashboardSection> {
  const { total, docs } = await findAs(
    r,
    'payload-jobs',
    { hasError: { equals: true } },
    '-updatedAt',
  )
  return {
    key: 'failedJobs',
    total,
    items: docs.map((doc) => {
      const error = doc.error as { message?: string } | string | null
      const message = typeof error === 'string' ? error : (error?.message ?? null)
      return {
        label: text(doc.taskSlug, 'job'),
        href: adminDocPath('payload-jobs', doc.id),
        at: doc.updatedAt as string,
        detail: message ? message.slice(0, 200) : null,
        warn: true,
      }
    }),
  }
}

/** Link check results that mean "a reader would not get there" (the checker's statuses). */
export const BROKEN_LINK_STATUSES = ['broken', 'timeout']

type UsedBy = { collection?: string; id?: number | string; title?: string }

/**
 * Broken external links, each linking to the first document that carries it (the others are
 * named). Read from the link checker's collection when this install has it; "no data" when
 * it does not, or when its shape is not the one expected here.
 */
async function brokenLinks(r: Reader): Promise<DashboardSection> {
  const noData: DashboardSection = { key: 'brokenLinks', total: 0, items: [], noData: true }
  if (!(LINK_CHECKS in r.payload.collections)) return noData
  let found
  try {
    found = await findAs(r, LINK_CHECKS, { status: { in: BROKEN_LINK_STATUSES } }, '-checkedAt')
  } catch (error) {
    if ((error as { status?: number }).status === 403) throw error
    return noData
  }
  return {
    key: 'brokenLinks',
    total: found.total,
    items: found.docs.map((doc) => {
      const usedBy = (Array.isArray(doc.usedBy) ? doc.usedBy : []) as UsedBy[]
      const first = usedBy.find((use) => use.collection && use.id !== undefined)
      return {
        label: text(doc.url, String(doc.id)),
        href: first
          ? adminDocPath(first.collection!, first.id!)
          : adminDocPath(LINK_CHECKS, doc.id),
        at: (doc.checkedAt ?? doc.updatedAt) as string,
        detail:
          [
            doc.httpStatus ?? doc.status,
            usedBy
              .map((use) => use.title)
              .filter(Boolean)
              .join(', '),
          ]
            .filter(Boolean)
            .join(' · ') || null,
        warn: true,
      }
    }),
  }
}

const SECTIONS: Array<(r: Reader) => Promise<DashboardSection>> = [
  pendingReviews,
  scheduled,
  reviewDates,
  (r) => alerts(r, false),
  (r) => alerts(r, true),
  transitFeed,
  failedJobs,
  brokenLinks,
]

/** Every section this person may read, in a fixed order. */
export async function loadStaffDashboard(
  payload: Payload,
  user: TypedUser,
  now: Date = new Date(),
): Promise<DashboardSection[]> {
  const reader = { payload, user, now }
  const settled = await Promise.allSettled(SECTIONS.map((section) => section(reader)))
  return settled.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value]
    // Forbidden: not this person's to see. Anything else is logged and the section left out:
    // one broken query must not take the admin's home page down.
    const status = (result.reason as { status?: number })?.status
    if (status !== 403)
      payload.logger.error({ err: result.reason, msg: 'staff dashboard: a section failed' })
    return []
  })
}
