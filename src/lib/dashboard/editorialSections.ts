// The dashboard's editorial work: review requests, scheduled publications, due review dates,
// live and expiring alerts, and broken links in published content.
import type { Where } from 'payload'

import { adminDocPath, REVIEW_REQUESTS } from '@/lib/review/reviewable'

import {
  DASHBOARD_LIMIT,
  DAY_MS,
  type DashboardSection,
  type Doc,
  findAs,
  type Reader,
  text,
} from './sections'

export const REVIEW_DATE_WINDOW_DAYS = 30
export const ALERT_EXPIRY_WINDOW_HOURS = 24
/** The collection the link checker writes (one row per checked link). */
export const LINK_CHECKS = 'link-checks'

type CollectionConfigLike = { admin?: { useAsTitle?: string } }

export async function pendingReviews(r: Reader): Promise<DashboardSection> {
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

export async function scheduled(r: Reader): Promise<DashboardSection> {
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

export async function reviewDates(r: Reader): Promise<DashboardSection> {
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

export async function alerts(r: Reader, expiringOnly: boolean): Promise<DashboardSection> {
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

/** Link check results that mean "a reader would not get there" (the checker's statuses). */
export const BROKEN_LINK_STATUSES = ['broken', 'timeout']

type UsedBy = { collection?: string; id?: number | string; title?: string }

/**
 * Broken external links, each linking to the first document carrying it; "no data" when the
 * link checker's collection is absent or not shaped as expected.
 */
export async function brokenLinks(r: Reader): Promise<DashboardSection> {
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
