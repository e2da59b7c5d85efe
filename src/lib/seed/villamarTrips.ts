// The demo network's trips from data/transit.ts: running times from distances and line speeds,
// explicit trips or frequencies, both directions.
import { distanceMetres } from '../geo/distance'
import { formatGtfsTime } from '../transit/time'
import { LINES, STOPS, type LineSeed, type ServiceSpan } from './data/transit'

/** GTFS service ids: Monday–Friday, weekends and holidays, every night. */
export const SERVICE_DAYS = {
  weekday: { id: 'LAB', days: [1, 1, 1, 1, 1, 0, 0] },
  weekend: { id: 'FES', days: [0, 0, 0, 0, 0, 1, 1] },
  nightly: { id: 'NOC', days: [1, 1, 1, 1, 1, 1, 1] },
} as const

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

const stopById = new Map(STOPS.map((stop) => [stop.id, stop]))

/** Seconds from the first stop to each stop, from the distances and the line's speed. */
function runningTimes(line: LineSeed, stops: string[]): number[] {
  const offsets = [0]
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stopById.get(stops[i - 1])!, stopById.get(stops[i])!]
    // Streets and tunnels are not straight: a quarter more than the crow flies.
    const metres = distanceMetres([a.lon, a.lat], [b.lon, b.lat]) * 1.25
    const seconds = Math.max(60, Math.round(((metres / 1000 / line.speedKmh) * 3600) / 60) * 60)
    offsets.push(offsets[i - 1] + seconds)
  }
  return offsets
}

function departures(span: ServiceSpan): number[] {
  const list: number[] = []
  for (let m = minutes(span.first); m <= minutes(span.last); m += span.everyMinutes)
    list.push(m * 60)
  return list
}

/** trips.txt, stop_times.txt and frequencies.txt as rows, and the services they use. */
interface TripTables {
  trips: (string | number)[][]
  stopTimes: (string | number)[][]
  frequencies: (string | number)[][]
  used: Set<keyof typeof SERVICE_DAYS>
}

/**
 * One line's trips in one direction: a template trip per service repeated by frequencies,
 * or one trip per departure.
 */
function addLineTrips(tables: TripTables, line: LineSeed, direction: 0 | 1): void {
  const path = direction === 0 ? line.stops : (line.returnStops ?? [...line.stops].reverse())
  const offsets = runningTimes(line, path)
  const headsign = stopById.get(path[path.length - 1])!.name.replace(/ \(.*\)$/, '')
  for (const [kind, spans] of Object.entries(line.spans) as [
    keyof typeof SERVICE_DAYS,
    ServiceSpan[],
  ][]) {
    tables.used.add(kind)
    const service = SERVICE_DAYS[kind].id
    const addTrip = (tripId: string, start: number) => {
      tables.trips.push([line.routeId, service, tripId, headsign, direction, 1])
      path.forEach((stop, i) => {
        const time = formatGtfsTime(start + offsets[i])
        tables.stopTimes.push([tripId, time, time, stop, i + 1])
      })
    }
    if (line.frequencies) {
      // One template trip per service and direction; the windows repeat it exactly.
      const tripId = `${line.routeId}-${service}-${direction}`
      addTrip(tripId, minutes(spans[0].first) * 60)
      for (const span of spans) {
        tables.frequencies.push([
          tripId,
          `${span.first}:00`,
          formatGtfsTime((minutes(span.last) + 1) * 60),
          span.everyMinutes * 60,
          1,
        ])
      }
    } else {
      for (const start of spans.flatMap(departures)) {
        addTrip(
          `${line.routeId}-${service}-${direction}-${formatGtfsTime(start).slice(0, 5).replace(':', '')}`,
          start,
        )
      }
    }
  }
}

export function tripTables(): TripTables {
  const tables: TripTables = {
    trips: [
      [
        'route_id',
        'service_id',
        'trip_id',
        'trip_headsign',
        'direction_id',
        'wheelchair_accessible',
      ],
    ],
    stopTimes: [['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence']],
    frequencies: [['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times']],
    used: new Set(),
  }
  for (const line of LINES) {
    for (const direction of [0, 1] as const) addLineTrips(tables, line, direction)
  }
  return tables
}
