import type { Timetable, TransitRoute, TransitStop } from './model'
import { MODE_ORDER, modeOf, type TransitMode } from './modes'
import {
  linePatterns,
  type Pattern,
  type Platform,
  platformsOf,
  wheelchairBoarding,
} from './patterns'
import {
  addDays,
  formatGtfsTime,
  gtfsToIsoDate,
  serviceDayStart,
  wallClock,
  wallTimeToInstant,
  weekdayIndex,
} from './time'

export { MODE_ORDER, modeOf, type TransitMode } from './modes'

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

export interface Departure {
  routeId: string
  routeName: string
  tripId: string
  /** Where the vehicle is signed to from this stop: stop_headsign, else the trip's. */
  headsign: string
  /** The platform it leaves from ("SB", "2"), when the feed names platforms. */
  platformCode: string
  /** GTFS time on `serviceDate`: "24:05:00" is five past midnight the next morning. */
  departure: string
  serviceDate: string
  /** Seconds since the service date's start ("noon minus 12 h"). */
  seconds: number
  stopId: string
  /** The instant it leaves (epoch ms). */
  at: number
  /** What the local clock shows then: "HH:MM", and the date "YYYY-MM-DD". */
  time: string
  date: string
}

const routeName = (r: TransitRoute) =>
  r.shortName && r.longName ? `${r.shortName} ${r.longName}` : r.shortName || r.longName || r.id

/**
 * Query indexes over a timetable, built once per loaded feed: departures per stop sorted by
 * time, so "next departures" is a binary search plus a short scan.
 */
export class TransitIndex {
  readonly timetable: Timetable
  private readonly stopById = new Map<string, number>()
  private readonly routeById = new Map<string, number>()
  private readonly childrenOf = new Map<number, number[]>()
  /** Per stop: stop-time rows that are departures, sorted by departure seconds. */
  private readonly departuresAt: Int32Array[]
  /** Per stop-time row: its trip. */
  private readonly tripOfRow: Int32Array
  private readonly routesAtStop: Set<number>[]
  private readonly maxDeparture: number
  /** activeServices by date: a board reads three dates, a realtime board twice. */
  private readonly servicesOn = new Map<string, Uint8Array>()

  constructor(timetable: Timetable) {
    this.timetable = timetable
    const { stops, routes, trips, stopTimes } = timetable
    stops.forEach((s, i) => {
      this.stopById.set(s.id, i)
      if (s.parent >= 0) {
        const list = this.childrenOf.get(s.parent) ?? []
        list.push(i)
        this.childrenOf.set(s.parent, list)
      }
    })
    routes.forEach((r, i) => this.routeById.set(r.id, i))
    const rows = stopTimes.stop.length
    this.tripOfRow = new Int32Array(rows)
    const counts = new Int32Array(stops.length)
    this.routesAtStop = stops.map(() => new Set<number>())
    let maxDeparture = 0
    trips.forEach((trip, t) => {
      for (let k = trip.first; k < trip.first + trip.count; k++) {
        this.tripOfRow[k] = t
        this.routesAtStop[stopTimes.stop[k]].add(trip.route)
        // The last stop of a trip, and rows with no pickup, are not departures.
        if (k < trip.first + trip.count - 1 && !stopTimes.noPickup[k]) counts[stopTimes.stop[k]]++
        if (stopTimes.departure[k] > maxDeparture) maxDeparture = stopTimes.departure[k]
      }
    })
    this.maxDeparture = maxDeparture
    this.departuresAt = stops.map((_, i) => new Int32Array(counts[i]))
    const fill = new Int32Array(stops.length)
    trips.forEach((trip) => {
      for (let k = trip.first; k < trip.first + trip.count - 1; k++) {
        if (stopTimes.noPickup[k]) continue
        const s = stopTimes.stop[k]
        this.departuresAt[s][fill[s]++] = k
      }
    })
    const dep = stopTimes.departure
    for (const list of this.departuresAt) list.sort((a, b) => dep[a] - dep[b])
  }

  get timezone() {
    return this.timetable.timezone
  }

  get validity() {
    return this.timetable.validity
  }

  isWithinValidity(date: string): boolean {
    const v = this.timetable.validity
    return !!v && date >= v.start && date <= v.end
  }

  /** A date inside the validity period: `date` itself, or the closest end of the period. */
  nearestValidDate(date: string): string | null {
    const v = this.timetable.validity
    if (!v) return null
    if (date < v.start) return v.start
    if (date > v.end) return v.end
    return date
  }

  /**
   * Which services run on a GTFS date (calendar + calendar_dates exceptions). The array is
   * kept for the next caller asking about the same date: read it, do not change it.
   */
  activeServices(date: string): Uint8Array {
    let active = this.servicesOn.get(date)
    if (active) return active
    const weekday = weekdayIndex(date)
    active = Uint8Array.from(this.timetable.services, (s) => {
      if (s.removed.includes(date)) return 0
      if (s.added.includes(date)) return 1
      return s.days & (1 << weekday) && s.start <= date && date <= s.end ? 1 : 0
    })
    // A few dates are current at any time; a crude bound keeps a long-running process small.
    if (this.servicesOn.size >= 64) this.servicesOn.clear()
    this.servicesOn.set(date, active)
    return active
  }

  lines(): LineSummary[] {
    return this.timetable.routes
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

  linesByMode(): { mode: TransitMode; lines: LineSummary[] }[] {
    const groups = new Map<TransitMode, LineSummary[]>()
    for (const line of this.lines()) {
      const list = groups.get(line.mode) ?? []
      list.push(line)
      groups.set(line.mode, list)
    }
    return [...groups].map(([mode, lines]) => ({ mode, lines }))
  }

  line(routeId: string): LineSummary | null {
    const i = this.routeById.get(routeId)
    if (i === undefined) return null
    return this.lines().find((l) => l.routeId === routeId) ?? null
  }

  stop(stopId: string): TransitStop | null {
    const i = this.stopById.get(stopId)
    return i === undefined ? null : this.timetable.stops[i]
  }

  /** The stop and, for a station, its platforms: departures are read from all of them. */
  private stopGroup(stopId: string): number[] {
    const i = this.stopById.get(stopId)
    if (i === undefined) return []
    return [i, ...(this.childrenOf.get(i) ?? [])]
  }

  /**
   * Per direction, the stop pattern with the most stops (the one that covers the others on
   * typical lines: locals vs expresses), with its shape and how many trips run it.
   */
  itineraries(routeId: string): Itinerary[] | null {
    const r = this.routeById.get(routeId)
    if (r === undefined) return null
    const { trips, stopTimes, stops, shapes } = this.timetable
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

  /** Every stop pattern of the line (see patterns.ts), or null for an unknown line. */
  patterns(routeId: string): Pattern[] | null {
    const r = this.routeById.get(routeId)
    return r === undefined ? null : linePatterns(this.timetable, r)
  }

  /** A station's platforms (empty for a stop that is not a station), or null when unknown. */
  platforms(stopId: string): Platform[] | null {
    const i = this.stopById.get(stopId)
    return i === undefined ? null : platformsOf(this.timetable, i)
  }

  /** Wheelchair boarding at the stop, a platform's unknown read from its station. */
  wheelchair(stopId: string) {
    const i = this.stopById.get(stopId)
    return i === undefined ? null : wheelchairBoarding(this.timetable, i)
  }

  /** Lines that call at the stop (or, for a station, at any of its platforms). */
  linesAtStop(stopId: string): LineSummary[] {
    const routes = new Set<number>()
    for (const s of this.stopGroup(stopId)) for (const r of this.routesAtStop[s]) routes.add(r)
    const ids = new Set([...routes].map((r) => this.timetable.routes[r].id))
    return this.lines().filter((l) => ids.has(l.routeId))
  }

  private departure(row: number, serviceDate: string, stop: number, dayStart: number) {
    const trip = this.timetable.trips[this.tripOfRow[row]]
    const route = this.timetable.routes[trip.route]
    const { stopTimes, headsigns } = this.timetable
    const seconds = stopTimes.departure[row]
    const stopHeadsign = headsigns?.[stopTimes.headsign?.[row] ?? 0]
    return {
      routeId: route.id,
      routeName: routeName(route),
      tripId: trip.id,
      headsign: stopHeadsign || trip.headsign,
      platformCode: this.timetable.stops[stop].platformCode,
      departure: formatGtfsTime(seconds),
      serviceDate: gtfsToIsoDate(serviceDate),
      seconds,
      stopId: this.timetable.stops[stop].id,
      at: dayStart + seconds * 1000,
    }
  }

  /** Adds the local clock time, only to the departures that are returned. */
  private withClock(found: Omit<Departure, 'time' | 'date'>[]): Departure[] {
    return found.map((d) => {
      const clock = wallClock(d.at, this.timezone)
      return {
        ...d,
        time: formatGtfsTime(clock.seconds).slice(0, 5),
        date: gtfsToIsoDate(clock.date),
      }
    })
  }

  /**
   * Departures on one service date from `fromSeconds` (inclusive) to `toSeconds`
   * (exclusive), in time order per stop; `keep` (given the trip's index) filters before any
   * departure is built.
   */
  private scan(
    stops: number[],
    serviceDate: string,
    fromSeconds: number,
    limit: number,
    toSeconds = Infinity,
    keep?: (trip: number) => boolean,
  ) {
    const active = this.activeServices(serviceDate)
    const dayStart = serviceDayStart(serviceDate, this.timezone)
    const { trips, stopTimes } = this.timetable
    const dep = stopTimes.departure
    const found: Omit<Departure, 'time' | 'date'>[] = []
    for (const s of stops) {
      const list = this.departuresAt[s]
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (dep[list[mid]] < fromSeconds) lo = mid + 1
        else hi = mid
      }
      let taken = 0
      for (let i = lo; i < list.length && taken < limit && dep[list[i]] < toSeconds; i++) {
        const trip = this.tripOfRow[list[i]]
        if (!active[trips[trip].service] || (keep && !keep(trip))) continue
        found.push(this.departure(list[i], serviceDate, s, dayStart))
        taken++
      }
    }
    return found
  }

  /**
   * The next `limit` departures from a stop at or after an instant (epoch ms), in time
   * order. GTFS times count from "noon minus 12 h" of their service date, so each candidate
   * service date (yesterday's trips past midnight, today's, and tomorrow's on a
   * spring-forward night, whose day starts at 23:00) is read from its own start. Null for
   * an unknown stop.
   */
  nextDeparturesAt(stopId: string, at: number, limit = 10): Departure[] | null {
    return this.departuresWithin(stopId, at, Infinity, limit)
  }

  /**
   * Departures from a stop in [from, to) (epoch ms), in time order, at most `limit`; with
   * `keep`, only those of the trips it accepts (by trip index), so a caller looking for a
   * few trips among many pays for those only. Null for an unknown stop.
   */
  departuresWithin(
    stopId: string,
    from: number,
    to: number,
    limit: number,
    keep?: (trip: number) => boolean,
  ): Departure[] | null {
    const group = this.stopGroup(stopId)
    if (group.length === 0) return null
    const today = wallClock(from, this.timezone).date
    const found: Omit<Departure, 'time' | 'date'>[] = []
    for (const offset of [-1, 0, 1]) {
      const date = addDays(today, offset)
      const dayStart = serviceDayStart(date, this.timezone)
      const fromSeconds = Math.max(0, Math.ceil((from - dayStart) / 1000))
      if (fromSeconds > this.maxDeparture) continue
      const toSeconds = Math.ceil((to - dayStart) / 1000)
      if (toSeconds <= 0) continue
      found.push(...this.scan(group, date, fromSeconds, limit, toSeconds, keep))
    }
    found.sort((a, b) => a.at - b.at || a.tripId.localeCompare(b.tripId))
    return this.withClock(found.slice(0, limit))
  }

  /**
   * The next departures from a wall-clock time (seconds since midnight) on a calendar date
   * (YYYYMMDD) in the feed's timezone: "24:20:00" of yesterday shows as 00:20 today.
   */
  nextDepartures(
    stopId: string,
    date: string,
    afterSeconds: number,
    limit = 10,
  ): Departure[] | null {
    return this.nextDeparturesAt(
      stopId,
      wallTimeToInstant(date, afterSeconds, this.timezone),
      limit,
    )
  }

  /** Every departure of a service date from the stop (its own service day, past midnight included). */
  timetableFor(stopId: string, date: string): Departure[] | null {
    const group = this.stopGroup(stopId)
    if (group.length === 0) return null
    return this.withClock(
      this.scan(group, date, 0, Number.MAX_SAFE_INTEGER).sort(
        (a, b) => a.seconds - b.seconds || a.tripId.localeCompare(b.tripId),
      ),
    )
  }
}
