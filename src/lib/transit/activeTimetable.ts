// The timetable in service: the transit-settings marker names it, each process parses it once.
import type { Payload } from 'payload'

import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'

import { deserializeTimetable, fromChunks } from './artifact'
import { readChunks, type Id } from './chunks'
import { TransitIndex } from './query'

// The last marker read is kept so stop and line pages keep answering with the database down
// (docs/SECURITY.md).
const keptActiveFeed = lastGood<Id | null>({
  onFallback: fallbackLogger('transit feed in service'),
})

export async function activeFeedId(payload: Payload): Promise<Id | null> {
  return keptActiveFeed.read('active', async () => {
    const settings = await payload.findGlobal({ slug: 'transit-settings', depth: 0 })
    const active = settings.activeFeed as Id | { id: Id } | null | undefined
    if (active === null || active === undefined) return null
    return typeof active === 'object' ? active.id : active
  })
}

export interface ActiveTimetable {
  feedId: Id
  index: TransitIndex
}

type Cache = { feedId: Id; loading: Promise<ActiveTimetable | null> }
const cacheKey = Symbol.for('plaza.transit.active')
const globalCache = globalThis as unknown as Record<symbol, Cache | undefined>

/**
 * The timetable in service, parsed once per process and feed: a cheap read of the marker
 * on each call, the parts only when the marker names a feed this process has not loaded.
 */
export async function loadActiveTimetable(payload: Payload): Promise<ActiveTimetable | null> {
  const feedId = await activeFeedId(payload)
  if (feedId === null) return null
  const cached = globalCache[cacheKey]
  if (cached && String(cached.feedId) === String(feedId)) return cached.loading
  const loading = (async () => {
    const parts = await readChunks(payload, feedId, 'timetable')
    if (!parts) return null
    return { feedId, index: new TransitIndex(deserializeTimetable(fromChunks(parts))) }
  })()
  globalCache[cacheKey] = { feedId, loading }
  loading.catch(() => {
    if (globalCache[cacheKey]?.loading === loading) globalCache[cacheKey] = undefined
  })
  return loading
}

/** For tests and scripts that swap databases within one process. */
export function forgetActiveTimetable() {
  globalCache[cacheKey] = undefined
}
