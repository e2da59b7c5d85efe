// The realtime poller, on the one instance that runs jobs. A failing feed keeps its last good
// snapshot, which pages stop using past the configured maximum age.
import type { Payload } from 'payload'

import { shouldRunJobs } from '@/lib/jobs/shouldRunJobs'

import { loadActiveTimetable } from '../storage'

import { fetchFeed, type FetchOptions } from './fetchFeed'
import { countVehicles, resolveAlerts, resolveTripUpdates } from './resolve'
import { decodeFeed, type RtFeedMessage } from './schema'
import { type FeedOutcome, readRealtimeConfig, recordFeedOutcome } from './store'
import type { FeedCountsRt, FeedSnapshot, RealtimeFeedKind } from './types'

const headerTime = (feed: RtFeedMessage) => {
  const seconds = feed.header?.timestamp
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : null
}

async function outcomeOf(
  payload: Payload,
  kind: RealtimeFeedKind,
  bytes: Uint8Array,
  at: number,
): Promise<FeedOutcome> {
  const feed = decodeFeed(bytes)
  if (typeof feed === 'string') return { ok: false, at, error: `The feed is ${feed}.` }
  const snapshot = <T>(items: T[]): FeedSnapshot<T> => ({
    fetchedAt: at,
    feedTimestamp: headerTime(feed),
    items,
  })
  if (kind === 'vehiclePositions') return { ok: true, at, counts: countVehicles(feed).counts }
  const active = await loadActiveTimetable(payload)
  if (kind === 'serviceAlerts') {
    const { items, counts } = resolveAlerts(active?.index.timetable ?? null, feed)
    return { ok: true, at, counts, apply: (state) => (state.serviceAlerts = snapshot(items)) }
  }
  if (!active) return { ok: false, at, error: 'No timetable is in service to match trips to.' }
  const { items, counts } = resolveTripUpdates(active.index.timetable, feed)
  return { ok: true, at, counts, apply: (state) => (state.tripUpdates = snapshot(items)) }
}

export interface PollResult {
  kind: RealtimeFeedKind
  ok: boolean
  error?: string
  counts?: FeedCountsRt
}

/** Fetches every configured feed once and records each outcome; never throws for a feed. */
export async function pollRealtimeOnce(
  payload: Payload,
  options: Omit<FetchOptions, 'headers'> = {},
): Promise<PollResult[]> {
  const config = await readRealtimeConfig(payload)
  const results: PollResult[] = []
  for (const [kind, url] of Object.entries(config.urls) as [RealtimeFeedKind, string][]) {
    let outcome: FeedOutcome
    try {
      const bytes = await fetchFeed(url, { ...options, headers: config.headers })
      outcome = await outcomeOf(payload, kind, bytes, Date.now())
    } catch (error) {
      outcome = { ok: false, at: Date.now(), error: (error as Error).message }
    }
    await recordFeedOutcome(payload, kind, outcome)
    results.push(
      outcome.ok
        ? { kind, ok: true, counts: outcome.counts }
        : { kind, ok: false, error: outcome.error },
    )
  }
  return results
}

const IDLE_SECONDS = 60
const started = Symbol.for('plaza.transit.realtime.poller')
const holder = globalThis as unknown as Record<symbol, boolean | undefined>

/**
 * Starts the loop once per process, only where jobs run (PLAZA_JOBS=off elsewhere), so a
 * deployment of several instances fetches the operator's feeds once, not once per instance.
 */
export function startRealtimePolling(getPayload: () => Promise<Payload>): void {
  if (!shouldRunJobs() || holder[started]) return
  holder[started] = true
  const tick = async () => {
    let wait = IDLE_SECONDS
    try {
      const payload = await getPayload()
      const config = await readRealtimeConfig(payload)
      if (Object.keys(config.urls).length > 0) {
        wait = config.pollSeconds
        await pollRealtimeOnce(payload)
      }
    } catch (error) {
      console.error('transit realtime: poll failed', error)
    }
    setTimeout(tick, wait * 1000).unref()
  }
  setTimeout(tick, 5_000).unref()
}
