// What pages and routes call: live departures for a stop and the operator's alerts for a
// line or stop, each judged fresh or stale against the configured maximum age.
import type { Payload } from 'payload'

import type { TransitIndex } from '../query'

import { isFresh, liveDepartures, type LiveDeparture } from './apply'
import { readRealtime } from './store'
import type { OperatorAlert, Translations } from './types'

/** 'live': fresh predictions applied; 'stale': configured but too old or failing; 'off'. */
export type RealtimeMode = 'live' | 'stale' | 'off'

export interface StopBoard {
  departures: LiveDeparture[]
  mode: RealtimeMode
}

export async function stopBoard(
  payload: Payload,
  index: TransitIndex,
  stopId: string,
  limit: number,
  now = Date.now(),
): Promise<StopBoard | null> {
  let snapshot = null
  let mode: RealtimeMode = 'off'
  try {
    const { state, config } = await readRealtime(payload, now)
    if (config.urls.tripUpdates) {
      mode = isFresh(state.tripUpdates, now, config.maxAgeSeconds) ? 'live' : 'stale'
      if (mode === 'live') snapshot = state.tripUpdates
    }
  } catch {
    // Realtime is an extra: when it cannot be read the timetable still answers.
    mode = 'stale'
  }
  const departures = liveDepartures(index, snapshot, stopId, now, limit)
  return departures ? { departures, mode } : null
}

/** The text in the page's language, else the untagged one, else the first given. */
export function pickTranslation(list: Translations, locale: string): string {
  const lang = locale.toLowerCase()
  const match =
    list.find((t) => t.language === lang) ??
    list.find((t) => t.language.split('-')[0] === lang) ??
    list.find((t) => t.language === '') ??
    list[0]
  return match?.text ?? ''
}

export interface ShownOperatorAlert {
  id: string
  header: string
  description: string
  url: string
  /** GTFS-RT SeverityLevel: 4 is severe. */
  severity: number
  routeIds: string[]
  stopIds: string[]
  /** When it started (epoch ms), when the feed says. */
  since: number | null
}

const firstStart = (a: OperatorAlert) => {
  const start = a.periods.find(([begin]) => begin > 0)?.[0]
  return start ? start * 1000 : null
}

const inPeriod = (alert: OperatorAlert, seconds: number) =>
  alert.periods.length === 0 ||
  alert.periods.some(([start, end]) => (!start || start <= seconds) && (!end || seconds < end))

/**
 * The operator's alerts in force now about these lines or stops, in the page's language; shown
 * only while the feed is fresh, never copied into the editors' alerts.
 */
export async function operatorAlerts(
  payload: Payload,
  about: { routeIds?: string[]; stopIds?: string[]; all?: boolean },
  locale: string,
  now = Date.now(),
): Promise<ShownOperatorAlert[]> {
  let view
  try {
    view = await readRealtime(payload, now)
  } catch {
    return []
  }
  const { state, config } = view
  if (!config.urls.serviceAlerts || !isFresh(state.serviceAlerts, now, config.maxAgeSeconds))
    return []
  const routes = new Set(about.routeIds ?? [])
  const stops = new Set(about.stopIds ?? [])
  return state
    .serviceAlerts!.items.filter(
      (a: OperatorAlert) =>
        inPeriod(a, Math.floor(now / 1000)) &&
        (about.all ||
          a.network ||
          a.routeIds.some((id) => routes.has(id)) ||
          a.stopIds.some((id) => stops.has(id))),
    )
    .map((a: OperatorAlert) => ({
      id: a.id,
      header: pickTranslation(a.header, locale) || pickTranslation(a.description, locale),
      description: a.header.length ? pickTranslation(a.description, locale) : '',
      url: safeUrl(pickTranslation(a.url, locale)),
      severity: a.severity,
      routeIds: a.routeIds,
      stopIds: a.stopIds,
      since: firstStart(a),
    }))
}

/** Only http(s) links from a feed are shown (never javascript: or data:). */
function safeUrl(raw: string): string {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : ''
  } catch {
    return ''
  }
}
