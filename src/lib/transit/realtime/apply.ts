// Live departures: the timetable with the operator's predictions applied by the GTFS-Realtime
// propagation rules; predictions older than the configured age are not used.
import type { Departure } from '../departureIndex'
import type { TransitIndex } from '../query'
import { isoToGtfsDate } from '../time'

import { tripIndexOf } from './resolve'
import type { FeedSnapshot, StopPrediction, TripRealtime } from './types'

export interface LiveDeparture extends Departure {
  status: 'realtime' | 'scheduled'
  /** When it is now expected to leave (epoch ms): `at` plus the delay. */
  predictedAt: number
  /** Seconds late (negative: early); null when scheduled. */
  delaySeconds: number | null
  cancelled: boolean
  /** The vehicle will not call at this stop. */
  skipped: boolean
}

/** The time a snapshot speaks for: the feed's own timestamp, else when it was fetched. */
export const snapshotTime = (snapshot: FeedSnapshot<unknown>) =>
  snapshot.feedTimestamp ?? snapshot.fetchedAt

export function isFresh(
  snapshot: FeedSnapshot<unknown> | null | undefined,
  now: number,
  maxAgeSeconds: number,
): snapshot is FeedSnapshot<never> {
  return !!snapshot && now - snapshotTime(snapshot) <= maxAgeSeconds * 1000
}

/** Trip id → its update, per snapshot object (a snapshot is read once and shared). */
const byTrip = new WeakMap<object, Map<string, TripRealtime[]>>()

function updatesFor(snapshot: FeedSnapshot<TripRealtime>, tripId: string) {
  let map = byTrip.get(snapshot)
  if (!map) {
    map = new Map()
    for (const trip of snapshot.items) {
      const list = map.get(trip.tripId) ?? []
      list.push(trip)
      map.set(trip.tripId, list)
    }
    byTrip.set(snapshot, map)
  }
  return map.get(tripId)
}

const hasUpdates = (snapshot: FeedSnapshot<TripRealtime>, tripId: string) =>
  updatesFor(snapshot, tripId) !== undefined

/** Delay (s) an update gives at its own stop, from its departure, else its arrival. */
function delayAt(u: StopPrediction, scheduledDep: number, scheduledArr: number): number | null {
  if (u.departureTime !== undefined) return u.departureTime - scheduledDep
  if (u.departureDelay !== undefined) return u.departureDelay
  if (u.arrivalTime !== undefined) return u.arrivalTime - scheduledArr
  if (u.arrivalDelay !== undefined) return u.arrivalDelay
  return null
}

type Outcome = { delay: number | null; skipped: boolean }

/** `dayStart`: the service day's start in epoch seconds (absolute predictions are epoch). */
function predict(
  index: TransitIndex,
  trip: TripRealtime,
  t: number,
  pos: number,
  dayStart: number,
): Outcome {
  const { first } = index.timetable.trips[t]
  const { departure, arrival } = index.timetable.stopTimes
  const stops = trip.stops
  let i = stops.length - 1
  while (i >= 0 && stops[i].pos > pos) i--
  if (i >= 0 && stops[i].pos === pos && stops[i].skipped) return { delay: null, skipped: true }
  // Skipped stops pass on nothing: look back to the last stop with times.
  while (i >= 0 && stops[i].skipped) i--
  if (i < 0) return { delay: trip.delay ?? null, skipped: false }
  const u = stops[i]
  if (u.noData) return { delay: null, skipped: false }
  const row = first + u.pos
  const delay = delayAt(u, dayStart + departure[row], dayStart + arrival[row])
  return { delay: delay ?? trip.delay ?? null, skipped: false }
}

/** The departure's place in its trip (the row at that stop with that scheduled time). */
function positionOf(index: TransitIndex, t: number, d: Departure): number {
  const { first, count } = index.timetable.trips[t]
  const { stop, departure } = index.timetable.stopTimes
  for (let k = 0; k < count; k++) {
    const row = first + k
    if (departure[row] === d.seconds && index.timetable.stops[stop[row]].id === d.stopId) return k
  }
  return -1
}

export const asScheduled = (d: Departure): LiveDeparture => ({
  ...d,
  status: 'scheduled',
  predictedAt: d.at,
  delaySeconds: null,
  cancelled: false,
  skipped: false,
})

/** One departure with the snapshot applied (scheduled when nothing applies to it). */
export function liveDeparture(
  index: TransitIndex,
  snapshot: FeedSnapshot<TripRealtime> | null,
  d: Departure,
): LiveDeparture {
  if (!snapshot) return asScheduled(d)
  const serviceDate = isoToGtfsDate(d.serviceDate)
  const trip = updatesFor(snapshot, d.tripId)?.find(
    (u) => !u.startDate || u.startDate === serviceDate,
  )
  if (!trip) return asScheduled(d)
  if (trip.cancelled) return { ...asScheduled(d), status: 'realtime', cancelled: true }
  const t = tripIndexOf(index.timetable).get(d.tripId)
  if (t === undefined) return asScheduled(d)
  const pos = positionOf(index, t, d)
  if (pos < 0) return asScheduled(d)
  const { delay, skipped } = predict(index, trip, t, pos, d.at / 1000 - d.seconds)
  if (skipped) return { ...asScheduled(d), status: 'realtime', skipped: true }
  if (delay === null) return asScheduled(d)
  return {
    ...d,
    status: 'realtime',
    predictedAt: d.at + delay * 1000,
    delaySeconds: delay,
    cancelled: false,
    skipped: false,
  }
}

/** How far back to look for late vehicles still to come, and how many such calls to read. */
export const LATE_LOOKBACK_MS = 30 * 60 * 1000
const LATE_CANDIDATES = 60

/**
 * The next `limit` departures from a stop at `now`, realtime where fresh predictions exist;
 * cancelled and skipped calls stay listed so a rider sees why the bus will not come.
 */
export function liveDepartures(
  index: TransitIndex,
  snapshot: FeedSnapshot<TripRealtime> | null,
  stopId: string,
  now: number,
  limit: number,
): LiveDeparture[] | null {
  const upcoming = index.nextDeparturesAt(stopId, now, limit + 10)
  if (!upcoming) return null
  if (!snapshot || snapshot.items.length === 0) return upcoming.slice(0, limit).map(asScheduled)
  // Only the trips the feed speaks of can be late: the scan skips the others before building
  // a departure, which keeps this cheap at a busy stop.
  const { trips } = index.timetable
  const late =
    index.departuresWithin(stopId, now - LATE_LOOKBACK_MS, now, LATE_CANDIDATES, (t) =>
      hasUpdates(snapshot, trips[t].id),
    ) ?? []
  const when = (d: LiveDeparture) =>
    d.status === 'realtime' && !d.cancelled && !d.skipped ? d.predictedAt : d.at
  return [...late, ...upcoming]
    .map((d) => liveDeparture(index, snapshot, d))
    .filter((d) => when(d) >= now)
    .sort((a, b) => when(a) - when(b) || a.tripId.localeCompare(b.tripId))
    .slice(0, limit)
}
