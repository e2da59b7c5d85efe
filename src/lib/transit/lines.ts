// The lines of a timetable as pages show them: their summary (name, mode, colours) in display
// order, and each direction's longest stop pattern with its shape.
import type { Timetable, TransitRoute } from './model'
import { MODE_ORDER, modeOf, type TransitMode } from './modes'

export interface LineSummary {
  routeId: string
  shortName: string
  longName: string
  name: string
  mode: TransitMode
  color: string
  textColor: string
}

export interface ItineraryStop {
  stopId: string
  name: string
  lat: number
  lon: number
  wheelchair: number
}

export interface Itinerary {
  direction: number
  headsign: string
  stops: ItineraryStop[]
  /** [lat, lon] pairs: the feed's shape, or the stops' positions when it has none. */
  shape: [number, number][]
  trips: number
}

export const routeName = (r: TransitRoute) =>
  r.shortName && r.longName ? `${r.shortName} ${r.longName}` : r.shortName || r.longName || r.id

/** Every line, by mode, then the feed's sort order, then name (numbers in numeric order). */
export function sortedLines(timetable: Timetable): LineSummary[] {
  return timetable.routes
    .map((r) => ({
      routeId: r.id,
      shortName: r.shortName,
      longName: r.longName,
      name: routeName(r),
      mode: modeOf(r.type),
      color: r.color,
      textColor: r.textColor,
      sortOrder: r.sortOrder,
    }))
    .sort(
      (a, b) =>
        MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode) ||
        (a.sortOrder ?? 0) - (b.sortOrder ?? 0) ||
        a.name.localeCompare(b.name, undefined, { numeric: true }),
    )
    .map(({ sortOrder: _sortOrder, ...line }) => line)
}

export function groupByMode(lines: LineSummary[]): { mode: TransitMode; lines: LineSummary[] }[] {
  const groups = new Map<TransitMode, LineSummary[]>()
  for (const line of lines) {
    const list = groups.get(line.mode) ?? []
    list.push(line)
    groups.set(line.mode, list)
  }
  return [...groups].map(([mode, lines]) => ({ mode, lines }))
}

/**
 * Per direction of route `r`, the stop pattern with the most stops (the one that covers the
 * others on typical lines: locals vs expresses), with its shape and how many trips run it.
 */
export function longestItineraries(timetable: Timetable, r: number): Itinerary[] {
  const { trips, stopTimes, stops, shapes } = timetable
  const best = new Map<number, { trip: number; trips: number }>()
  trips.forEach((trip, t) => {
    if (trip.route !== r) return
    const current = best.get(trip.direction)
    if (!current) best.set(trip.direction, { trip: t, trips: 1 })
    else {
      current.trips++
      if (trip.count > trips[current.trip].count) current.trip = t
    }
  })
  return [...best]
    .sort(([a], [b]) => a - b)
    .map(([direction, { trip: t, trips: count }]) => {
      const trip = trips[t]
      const list: ItineraryStop[] = []
      for (let k = trip.first; k < trip.first + trip.count; k++) {
        const s = stops[stopTimes.stop[k]]
        list.push({
          stopId: s.id,
          name: s.name,
          lat: s.lat,
          lon: s.lon,
          wheelchair: s.wheelchair,
        })
      }
      const points =
        trip.shape >= 0 ? shapes[trip.shape].points : list.flatMap((s) => [s.lat, s.lon])
      const shape: [number, number][] = []
      for (let i = 0; i < points.length; i += 2) shape.push([points[i], points[i + 1]])
      return { direction, headsign: trip.headsign, stops: list, shape, trips: count }
    })
}
