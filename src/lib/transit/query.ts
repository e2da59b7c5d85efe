import { DepartureIndex, type Departure, type UnclockedDeparture } from './departureIndex'
import {
  groupByMode,
  type Itinerary,
  type LineSummary,
  longestItineraries,
  sortedLines,
} from './lines'
import type { Timetable, TransitStop } from './model'
import type { TransitMode } from './modes'
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

/**
 * What pages ask of a loaded timetable: its lines, stops, services on a date and departures
 * (through a DepartureIndex built once per feed).
 */
export class TransitIndex {
  readonly timetable: Timetable
  private readonly stopById = new Map<string, number>()
  private readonly routeById = new Map<string, number>()
  private readonly childrenOf = new Map<number, number[]>()
  private readonly departures: DepartureIndex
  /** activeServices by date: a board reads three dates, a realtime board twice. */
  private readonly servicesOn = new Map<string, Uint8Array>()

  constructor(timetable: Timetable) {
    this.timetable = timetable
    timetable.stops.forEach((s, i) => {
      this.stopById.set(s.id, i)
      if (s.parent >= 0) {
        const list = this.childrenOf.get(s.parent) ?? []
        list.push(i)
        this.childrenOf.set(s.parent, list)
      }
    })
    timetable.routes.forEach((r, i) => this.routeById.set(r.id, i))
    this.departures = new DepartureIndex(timetable)
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
    return sortedLines(this.timetable)
  }

  linesByMode(): { mode: TransitMode; lines: LineSummary[] }[] {
    return groupByMode(this.lines())
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

  /** Per direction, the line's longest stop pattern (see lines.ts), or null for an unknown line. */
  itineraries(routeId: string): Itinerary[] | null {
    const r = this.routeById.get(routeId)
    return r === undefined ? null : longestItineraries(this.timetable, r)
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
    for (const s of this.stopGroup(stopId)) {
      for (const r of this.departures.routesAtStop[s]) routes.add(r)
    }
    const ids = new Set([...routes].map((r) => this.timetable.routes[r].id))
    return this.lines().filter((l) => ids.has(l.routeId))
  }

  /** Adds the local clock time, only to the departures that are returned. */
  private withClock(found: UnclockedDeparture[]): Departure[] {
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
   * The next `limit` departures from a stop at or after an instant (epoch ms); null for an
   * unknown stop. Each candidate service date is read from its own "noon minus 12 h" start.
   */
  nextDeparturesAt(stopId: string, at: number, limit = 10): Departure[] | null {
    return this.departuresWithin(stopId, at, Infinity, limit)
  }

  /**
   * Departures from a stop in [from, to) (epoch ms), in time order, at most `limit`; `keep`
   * filters by trip index first, so a caller after a few trips pays for those only.
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
    const found: UnclockedDeparture[] = []
    for (const offset of [-1, 0, 1]) {
      const date = addDays(today, offset)
      const dayStart = serviceDayStart(date, this.timezone)
      const fromSeconds = Math.max(0, Math.ceil((from - dayStart) / 1000))
      if (fromSeconds > this.departures.maxDeparture) continue
      const toSeconds = Math.ceil((to - dayStart) / 1000)
      if (toSeconds <= 0) continue
      const active = this.activeServices(date)
      found.push(
        ...this.departures.scan(group, date, active, dayStart, fromSeconds, limit, toSeconds, keep),
      )
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
      this.departures
        .scan(
          group,
          date,
          this.activeServices(date),
          serviceDayStart(date, this.timezone),
          0,
          Number.MAX_SAFE_INTEGER,
        )
        .sort((a, b) => a.seconds - b.seconds || a.tripId.localeCompare(b.tripId)),
    )
  }
}
