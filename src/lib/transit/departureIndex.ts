// Departures per stop, sorted by time, built once per loaded timetable: finding the next ones
// is a binary search plus a short scan of one service date.
import { routeName } from './lines'
import type { Timetable } from './model'
import { formatGtfsTime, gtfsToIsoDate } from './time'

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

/** A departure before the local clock time is added (only to those returned). */
export type UnclockedDeparture = Omit<Departure, 'time' | 'date'>

export class DepartureIndex {
  /** Per stop: stop-time rows that are departures, sorted by departure seconds. */
  private readonly departuresAt: Int32Array[]
  /** Per stop-time row: its trip. */
  private readonly tripOfRow: Int32Array
  /** Per stop: the routes calling there. */
  readonly routesAtStop: Set<number>[]
  /** The latest departure of any trip (seconds since its service day's start). */
  readonly maxDeparture: number

  constructor(private readonly timetable: Timetable) {
    const { stops, trips, stopTimes } = timetable
    this.tripOfRow = new Int32Array(stopTimes.stop.length)
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

  /**
   * Departures on one service date from `fromSeconds` (inclusive) to `toSeconds` (exclusive),
   * at most `limit` per stop, in time order; `keep` filters trips before any is built.
   */
  scan(
    stops: number[],
    serviceDate: string,
    active: Uint8Array,
    dayStart: number,
    fromSeconds: number,
    limit: number,
    toSeconds = Infinity,
    keep?: (trip: number) => boolean,
  ): UnclockedDeparture[] {
    const { trips, stopTimes } = this.timetable
    const dep = stopTimes.departure
    const found: UnclockedDeparture[] = []
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

  private departure(
    row: number,
    serviceDate: string,
    stop: number,
    dayStart: number,
  ): UnclockedDeparture {
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
}
