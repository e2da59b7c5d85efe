import type { Timetable } from './model'

/** Wheelchair boarding as riders read it: GTFS 0 on a platform inherits its station's. */
export type WheelchairBoarding = 'accessible' | 'not-accessible' | 'unknown'

export function wheelchairBoarding(timetable: Timetable, stop: number): WheelchairBoarding {
  const { stops } = timetable
  let value = stops[stop].wheelchair
  if (value === 0 && stops[stop].parent >= 0) value = stops[stops[stop].parent].wheelchair
  return value === 1 ? 'accessible' : value === 2 ? 'not-accessible' : 'unknown'
}

export interface PatternStop {
  stopId: string
  name: string
  lat: number
  lon: number
  /** The platform's code ("2", "SB") and its station's id, when the feed gives them. */
  platformCode: string
  stationId: string | null
  wheelchair: WheelchairBoarding
  /** stop_headsign when it differs from the trip's headsign (the sign changes en route). */
  headsign: string
}

export interface Pattern {
  direction: number
  /** The headsign most of its trips show. */
  headsign: string
  stops: PatternStop[]
  /** [lat, lon] pairs: the feed's shape, or the stops' positions when it has none. */
  shape: [number, number][]
  trips: number
}

/**
 * Every distinct stop sequence a line runs (with its stop headsigns), per direction, the
 * most frequent first: locals, expresses, short turns and branches each appear.
 */
export function linePatterns(timetable: Timetable, route: number): Pattern[] {
  const { trips, stopTimes } = timetable
  const groups = new Map<string, { trip: number; trips: number; headsigns: Map<string, number> }>()
  trips.forEach((trip, t) => {
    if (trip.route !== route) return
    const rows: string[] = []
    for (let k = trip.first; k < trip.first + trip.count; k++)
      rows.push(`${stopTimes.stop[k]}:${stopTimes.headsign?.[k] ?? 0}`)
    const key = `${trip.direction}|${rows.join(',')}`
    const group = groups.get(key) ?? { trip: t, trips: 0, headsigns: new Map() }
    group.trips++
    group.headsigns.set(trip.headsign, (group.headsigns.get(trip.headsign) ?? 0) + 1)
    groups.set(key, group)
  })
  return [...groups.values()]
    .map((g) => patternOf(timetable, g.trip, g.trips, mostCommon(g.headsigns)))
    .sort(
      (a, b) => a.direction - b.direction || b.trips - a.trips || b.stops.length - a.stops.length,
    )
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
}

function patternOf(timetable: Timetable, t: number, count: number, headsign: string): Pattern {
  const { trips, stopTimes, stops, shapes, headsigns } = timetable
  const trip = trips[t]
  const list: PatternStop[] = []
  for (let k = trip.first; k < trip.first + trip.count; k++) {
    const i = stopTimes.stop[k]
    const s = stops[i]
    const sign = headsigns?.[stopTimes.headsign?.[k] ?? 0] ?? ''
    list.push({
      stopId: s.id,
      name: s.name,
      lat: s.lat,
      lon: s.lon,
      platformCode: s.platformCode,
      stationId: s.parent >= 0 ? stops[s.parent].id : null,
      wheelchair: wheelchairBoarding(timetable, i),
      headsign: sign && sign !== headsign ? sign : '',
    })
  }
  const points = trip.shape >= 0 ? shapes[trip.shape].points : list.flatMap((s) => [s.lat, s.lon])
  const shape: [number, number][] = []
  for (let i = 0; i < points.length; i += 2) shape.push([points[i], points[i + 1]])
  return {
    direction: trip.direction,
    headsign: headsign || (list.at(-1)?.name ?? ''),
    stops: list,
    shape,
    trips: count,
  }
}

export interface Platform {
  stopId: string
  name: string
  platformCode: string
  wheelchair: WheelchairBoarding
}

/** A station's platforms (location_type 0 children), by platform code then name. */
export function platformsOf(timetable: Timetable, station: number): Platform[] {
  return timetable.stops
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.parent === station && s.locationType === 0)
    .map(({ s, i }) => ({
      stopId: s.id,
      name: s.name,
      platformCode: s.platformCode,
      wheelchair: wheelchairBoarding(timetable, i),
    }))
    .sort(
      (a, b) =>
        a.platformCode.localeCompare(b.platformCode, undefined, { numeric: true }) ||
        a.name.localeCompare(b.name),
    )
}
