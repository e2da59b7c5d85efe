// The dashboard's view of the machinery: the transit feed in service (and a newer failed
// import), the GTFS-Realtime feeds, and jobs that failed.
import { adminDocPath } from '@/lib/review/reviewable'
import { REALTIME_FEED_KINDS, type RealtimeFeedKind } from '@/lib/transit/realtime/types'

import {
  DAY_MS,
  type DashboardItem,
  type DashboardSection,
  findAs,
  type Reader,
  text,
} from './sections'

/** GTFS dates are YYYYMMDD. */
function gtfsDate(value: unknown): string | null {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null
}

export async function transitFeed(r: Reader): Promise<DashboardSection> {
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

export async function failedJobs(r: Reader): Promise<DashboardSection> {
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
