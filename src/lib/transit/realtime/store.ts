// The realtime state lives in the transit-realtime global, read through a short per-process memo
// so a busy stop page does not parse it on every request.
import type { Payload } from 'payload'

import {
  DEFAULT_REALTIME_MAX_AGE_SECONDS,
  DEFAULT_REALTIME_POLL_SECONDS,
  type FeedCountsRt,
  type RealtimeFeedKind,
  type RealtimeState,
} from './types'

export interface RealtimeConfig {
  urls: Partial<Record<RealtimeFeedKind, string>>
  headers: Record<string, string>
  pollSeconds: number
  maxAgeSeconds: number
}

const SLUG = 'transit-realtime' as const

/** The settings as the server uses them (staff-only fields: read with access overridden). */
export async function readRealtimeConfig(payload: Payload): Promise<RealtimeConfig> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    select: { transitRealtime: true },
    overrideAccess: true,
  })
  const rt = settings.transitRealtime ?? {}
  const urls: RealtimeConfig['urls'] = {}
  if (rt.tripUpdatesUrl) urls.tripUpdates = rt.tripUpdatesUrl
  if (rt.serviceAlertsUrl) urls.serviceAlerts = rt.serviceAlertsUrl
  if (rt.vehiclePositionsUrl) urls.vehiclePositions = rt.vehiclePositionsUrl
  const headers: Record<string, string> = {}
  for (const h of rt.headers ?? []) if (h.name && h.value) headers[h.name] = h.value
  return {
    urls,
    headers,
    pollSeconds: rt.pollSeconds ?? DEFAULT_REALTIME_POLL_SECONDS,
    maxAgeSeconds: rt.maxAgeSeconds ?? DEFAULT_REALTIME_MAX_AGE_SECONDS,
  }
}

const emptyState = (): RealtimeState => ({ tripUpdates: null, serviceAlerts: null })

async function readState(payload: Payload): Promise<RealtimeState> {
  const doc = await payload.findGlobal({ slug: SLUG, depth: 0, overrideAccess: true })
  const state = doc.state as Partial<RealtimeState> | null | undefined
  return { ...emptyState(), ...(state && typeof state === 'object' ? state : {}) }
}

export type FeedOutcome =
  | { ok: true; at: number; counts: FeedCountsRt; apply?: (state: RealtimeState) => void }
  | { ok: false; at: number; error: string }

/** Records one fetch: the status the admin sees and, on success, the new snapshot. */
export async function recordFeedOutcome(
  payload: Payload,
  kind: RealtimeFeedKind,
  outcome: FeedOutcome,
): Promise<void> {
  const when = new Date(outcome.at).toISOString()
  const status = outcome.ok
    ? { lastSuccessAt: when, ...outcome.counts }
    : { lastErrorAt: when, lastError: outcome.error.slice(0, 500) }
  const data: Record<string, unknown> = { [kind]: status }
  if (outcome.ok && outcome.apply) {
    const state = await readState(payload)
    outcome.apply(state)
    data.state = state
  }
  await payload.updateGlobal({
    slug: SLUG,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  forgetRealtimeState()
}

export interface RealtimeView {
  state: RealtimeState
  config: RealtimeConfig
}

/** Pages read the database at most this often per process. */
const MEMO_MS = 5_000
type Memo = { at: number; view: Promise<RealtimeView>; stamp: Promise<string> }
const memoKey = Symbol.for('plaza.transit.realtime')
const memoHolder = globalThis as unknown as Record<symbol, Memo | undefined>

/**
 * When the stored state last changed: every write (the poller's, a restore's) moves
 * `updatedAt`, and the status dates move with each successful fetch.
 */
async function stateStamp(payload: Payload): Promise<string> {
  const doc = await payload.findGlobal({
    slug: SLUG,
    depth: 0,
    overrideAccess: true,
    select: {
      updatedAt: true,
      tripUpdates: { lastSuccessAt: true },
      serviceAlerts: { lastSuccessAt: true },
    },
  })
  return JSON.stringify([
    doc.updatedAt,
    doc.tripUpdates?.lastSuccessAt,
    doc.serviceAlerts?.lastSuccessAt,
  ])
}

/**
 * The stored realtime state and its settings. The same snapshot object is kept while unchanged,
 * so what apply.ts indexes per snapshot is built once per poll.
 */
export function readRealtime(payload: Payload, now = Date.now()): Promise<RealtimeView> {
  const memo = memoHolder[memoKey]
  if (memo && now - memo.at < MEMO_MS && now >= memo.at) return memo.view
  const stamp = stateStamp(payload)
  const view = Promise.all([stamp, readRealtimeConfig(payload)]).then(async ([changed, config]) => {
    const same = memo && (await memo.stamp.catch(() => null)) === changed
    const kept = same
      ? await memo.view.then(
          (v) => v.state,
          () => null,
        )
      : null
    return { state: kept ?? (await readState(payload)), config }
  })
  memoHolder[memoKey] = { at: now, view, stamp }
  view.catch(() => {
    if (memoHolder[memoKey]?.view === view) memoHolder[memoKey] = undefined
  })
  return view
}

/** For tests, and after this process wrote a new state. */
export function forgetRealtimeState() {
  memoHolder[memoKey] = undefined
}
