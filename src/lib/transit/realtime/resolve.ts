// Matches a decoded feed to the timetable in service. Unknown trips or stops are counted and left
// out (realtime can run ahead of the timetable); nothing here throws on odd input.
import type { Timetable } from '../model'
import { parseGtfsTime } from '../time'

import {
  type RtAlert,
  type RtFeedMessage,
  type RtTranslatedString,
  type RtTripUpdate,
  STOP_NO_DATA,
  STOP_SKIPPED,
  TRIP_CANCELED,
} from './schema'
import type {
  FeedCountsRt,
  OperatorAlert,
  StopPrediction,
  Translations,
  TripRealtime,
} from './types'

const tripIds = new WeakMap<Timetable, Map<string, number>>()

/** The timetable's trip index by trip id, built once per loaded timetable. */
export function tripIndexOf(timetable: Timetable): Map<string, number> {
  let map = tripIds.get(timetable)
  if (!map) {
    map = new Map(timetable.trips.map((trip, t) => [trip.id, t]))
    tripIds.set(timetable, map)
  }
  return map
}

const emptyCounts = (): FeedCountsRt => ({ entities: 0, used: 0, unknownTrips: 0, unknownStops: 0 })

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)
const isDate = (d: unknown): d is string => typeof d === 'string' && /^\d{8}$/.test(d)

function findTrip(timetable: Timetable, update: RtTripUpdate): number | undefined {
  const ids = tripIndexOf(timetable)
  const id = update.trip?.tripId
  if (!id) return undefined
  const direct = ids.get(id)
  if (direct !== undefined) return direct
  // A trip of frequencies.txt is imported once per start time, as "<trip_id>#<seconds>".
  const start = update.trip?.startTime ? parseGtfsTime(update.trip.startTime) : null
  return start === null ? undefined : ids.get(`${id}#${start}`)
}

/** The stop's place in the trip: by stop_sequence when the timetable kept it, else by stop_id. */
function findPosition(
  timetable: Timetable,
  t: number,
  stopSequence: number | undefined,
  stopId: string | undefined,
  from: number,
): number {
  const { first, count } = timetable.trips[t]
  const { sequence, stop } = timetable.stopTimes
  if (finite(stopSequence) && sequence) {
    for (let k = 0; k < count; k++) if (sequence[first + k] === stopSequence) return k
    return -1
  }
  if (!stopId) return -1
  // A loop calls at a stop twice: the first call at or after the previous update.
  for (let k = from; k < count; k++) if (timetable.stops[stop[first + k]].id === stopId) return k
  return -1
}

function event(
  target: StopPrediction,
  kind: 'arrival' | 'departure',
  e?: { delay?: number; time?: number },
) {
  if (!e) return
  if (finite(e.time) && e.time > 0) target[`${kind}Time`] = e.time
  else if (finite(e.delay)) target[`${kind}Delay`] = e.delay
}

function tripRealtime(timetable: Timetable, t: number, update: RtTripUpdate, counts: FeedCountsRt) {
  const trip: TripRealtime = { tripId: timetable.trips[t].id, stops: [] }
  if (isDate(update.trip?.startDate)) trip.startDate = update.trip!.startDate
  if (update.trip?.scheduleRelationship === TRIP_CANCELED) trip.cancelled = true
  if (finite(update.delay)) trip.delay = update.delay
  let from = 0
  for (const stu of update.stopTimeUpdate ?? []) {
    const pos = findPosition(timetable, t, stu.stopSequence, stu.stopId, from)
    if (pos < 0) {
      counts.unknownStops++
      continue
    }
    from = pos
    const prediction: StopPrediction = { pos }
    if (stu.scheduleRelationship === STOP_SKIPPED) prediction.skipped = true
    else if (stu.scheduleRelationship === STOP_NO_DATA) prediction.noData = true
    else {
      event(prediction, 'arrival', stu.arrival)
      event(prediction, 'departure', stu.departure)
    }
    trip.stops.push(prediction)
  }
  trip.stops.sort((a, b) => a.pos - b.pos)
  return trip
}

/** TripUpdates → the trips the timetable knows, with their predictions. */
export function resolveTripUpdates(timetable: Timetable, feed: RtFeedMessage) {
  const counts = emptyCounts()
  const items: TripRealtime[] = []
  for (const entity of feed.entity ?? []) {
    if (!entity.tripUpdate || entity.isDeleted) continue
    counts.entities++
    const t = findTrip(timetable, entity.tripUpdate)
    if (t === undefined) {
      counts.unknownTrips++
      continue
    }
    items.push(tripRealtime(timetable, t, entity.tripUpdate, counts))
    counts.used++
  }
  return { items, counts }
}

function translations(value?: RtTranslatedString): Translations {
  return (value?.translation ?? [])
    .filter((t) => typeof t.text === 'string' && t.text.trim() !== '')
    .map((t) => ({ language: (t.language ?? '').toLowerCase(), text: t.text!.slice(0, 4000) }))
}

function operatorAlert(id: string, alert: RtAlert, timetable: Timetable | null): OperatorAlert {
  const routeIds = new Set<string>()
  const stopIds = new Set<string>()
  let network = false
  for (const selector of alert.informedEntity ?? []) {
    if (selector.routeId) routeIds.add(selector.routeId)
    if (selector.stopId) stopIds.add(selector.stopId)
    // An alert about one trip concerns its line.
    const tripId = selector.trip?.tripId
    const t = tripId && timetable ? tripIndexOf(timetable).get(tripId) : undefined
    if (t !== undefined) routeIds.add(timetable!.routes[timetable!.trips[t].route].id)
    if (!selector.routeId && !selector.stopId && !tripId) network = true
  }
  return {
    id,
    header: translations(alert.headerText),
    description: translations(alert.descriptionText),
    url: translations(alert.url),
    periods: (alert.activePeriod ?? []).map((p) => [
      finite(p.start) ? p.start : 0,
      finite(p.end) ? p.end : 0,
    ]),
    routeIds: [...routeIds],
    stopIds: [...stopIds],
    network,
    effect: finite(alert.effect) ? alert.effect : 8,
    severity: finite(alert.severityLevel) ? alert.severityLevel : 1,
  }
}

/** ServiceAlerts → alerts with text; those naming only unknown lines and stops are counted. */
export function resolveAlerts(timetable: Timetable | null, feed: RtFeedMessage) {
  const counts = emptyCounts()
  const items: OperatorAlert[] = []
  const knownRoutes = new Set(timetable?.routes.map((r) => r.id))
  const knownStops = new Set(timetable?.stops.map((s) => s.id))
  for (const entity of feed.entity ?? []) {
    if (!entity.alert || entity.isDeleted) continue
    counts.entities++
    const alert = operatorAlert(entity.id ?? String(counts.entities), entity.alert, timetable)
    if (alert.header.length === 0 && alert.description.length === 0) continue
    const known =
      alert.network ||
      !timetable ||
      alert.routeIds.some((id) => knownRoutes.has(id)) ||
      alert.stopIds.some((id) => knownStops.has(id))
    if (!known) {
      counts.unknownTrips++
      continue
    }
    items.push(alert)
    counts.used++
  }
  return { items, counts }
}

/** VehiclePositions: only counted for now (positions are not shown on a map yet). */
export function countVehicles(feed: RtFeedMessage) {
  const counts = emptyCounts()
  for (const entity of feed.entity ?? []) {
    if (!entity.vehicle || entity.isDeleted) continue
    counts.entities++
    if (entity.vehicle.position) counts.used++
  }
  return { items: [] as never[], counts }
}
