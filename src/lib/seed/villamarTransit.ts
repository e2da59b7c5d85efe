// The demo city's GTFS feed, made in memory at seed time from data/transit.ts: valid from
// the day before the seed date (the night buses then still running belong to that service
// day) to the same date a year later, with weekday, weekend and night service, and the
// region's public holidays run as Sundays. A pure function of the seed date: the same
// date always gives the same bytes.
import { strToU8, zipSync } from 'fflate'

import { distanceMetres } from '../geo/distance'
import { publicHolidaysBetween } from '../hours/publicHolidays'
import {
  addDays,
  formatGtfsTime,
  gtfsToIsoDate,
  isoToGtfsDate,
  weekdayIndex,
} from '../transit/time'
import { LINES, STOPS, TRANSIT_AGENCY, type LineSeed, type ServiceSpan } from './data/transit'

export const VILLAMAR_FEED_FILE = 'villamar-gtfs.zip'

/** GTFS service ids: Monday–Friday, weekends and holidays, every night. */
const SERVICE_DAYS = {
  weekday: { id: 'LAB', days: [1, 1, 1, 1, 1, 0, 0] },
  weekend: { id: 'FES', days: [0, 0, 0, 0, 0, 1, 1] },
  nightly: { id: 'NOC', days: [1, 1, 1, 1, 1, 1, 1] },
} as const

export interface VillamarFeedWindow {
  /** YYYYMMDD, both included. */
  start: string
  end: string
}

/** The days the feed covers for a seed date (YYYY-MM-DD in the city). */
export function villamarFeedWindow(seedDate: string): VillamarFeedWindow {
  const day = isoToGtfsDate(seedDate)
  if (!day) throw new Error(`Not a date: "${seedDate}" (expected YYYY-MM-DD)`)
  const nextYear = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`
  // 29 February has no twin next year: the feed then ends on 1 March.
  const end = isoToGtfsDate(gtfsToIsoDate(nextYear))
    ? nextYear
    : addDays(`${nextYear.slice(0, 6)}28`, 1)
  return { start: addDays(day, -1), end }
}

const csv = (rows: (string | number)[][]) =>
  rows
    .map((row) =>
      row
        .map((cell) => {
          const text = String(cell)
          return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
        })
        .join(','),
    )
    .join('\n') + '\n'

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

function agencyFile(): string {
  return csv([
    ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang', 'agency_phone'],
    [
      TRANSIT_AGENCY.id,
      TRANSIT_AGENCY.name,
      TRANSIT_AGENCY.url,
      TRANSIT_AGENCY.timezone,
      TRANSIT_AGENCY.lang,
      TRANSIT_AGENCY.phone,
    ],
  ])
}

function stopsFile(): string {
  return csv([
    [
      'stop_id',
      'stop_name',
      'stop_lat',
      'stop_lon',
      'location_type',
      'parent_station',
      'platform_code',
      'wheelchair_boarding',
    ],
    ...STOPS.map((s) => [
      s.id,
      s.name,
      s.lat.toFixed(5),
      s.lon.toFixed(5),
      s.station ? 1 : 0,
      s.parent ?? '',
      s.platformCode ?? '',
      s.wheelchair ?? 0,
    ]),
  ])
}

function routesFile(): string {
  return csv([
    [
      'route_id',
      'agency_id',
      'route_short_name',
      'route_long_name',
      'route_type',
      'route_color',
      'route_text_color',
      'route_sort_order',
    ],
    ...LINES.map((l, i) => [
      l.routeId,
      TRANSIT_AGENCY.id,
      l.shortName,
      l.longName,
      l.type,
      l.color,
      l.textColor,
      i + 1,
    ]),
  ])
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

function tripTables(): TripTables {
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

function calendarFile(used: Set<keyof typeof SERVICE_DAYS>, window: VillamarFeedWindow): string {
  return csv([
    [
      'service_id',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'start_date',
      'end_date',
    ],
    ...[...used].map((kind) => [
      SERVICE_DAYS[kind].id,
      ...SERVICE_DAYS[kind].days,
      window.start,
      window.end,
    ]),
  ])
}

/**
 * On a public holiday that falls on a weekday, the weekday service stops and the weekend
 * one runs (exception_type 2 removes a date, 1 adds it).
 */
function calendarDatesFile(window: VillamarFeedWindow): string {
  const holidays = publicHolidaysBetween(gtfsToIsoDate(window.start), gtfsToIsoDate(window.end))
  return csv([
    ['service_id', 'date', 'exception_type'],
    ...holidays
      .map(({ date }) => isoToGtfsDate(date)!)
      .filter((date) => weekdayIndex(date) < 5)
      .flatMap((date) => [
        [SERVICE_DAYS.weekday.id, date, 2],
        [SERVICE_DAYS.weekend.id, date, 1],
      ]),
  ])
}

function feedInfoFile(window: VillamarFeedWindow): string {
  return csv([
    [
      'feed_publisher_name',
      'feed_publisher_url',
      'feed_lang',
      'feed_start_date',
      'feed_end_date',
      'feed_version',
    ],
    [
      TRANSIT_AGENCY.name,
      TRANSIT_AGENCY.url,
      TRANSIT_AGENCY.lang,
      window.start,
      window.end,
      window.start,
    ],
  ])
}

/** The GTFS files of Villamar's network for a seed date (YYYY-MM-DD), as text. */
export function villamarFeedFiles(seedDate: string): Record<string, string> {
  const window = villamarFeedWindow(seedDate)
  const { trips, stopTimes, frequencies, used } = tripTables()
  return {
    'agency.txt': agencyFile(),
    'stops.txt': stopsFile(),
    'routes.txt': routesFile(),
    'trips.txt': csv(trips),
    'stop_times.txt': csv(stopTimes),
    'frequencies.txt': csv(frequencies),
    'calendar.txt': calendarFile(used, window),
    'calendar_dates.txt': calendarDatesFile(window),
    'feed_info.txt': feedInfoFile(window),
  }
}

/** The feed as a zip, byte for byte the same for the same seed date. */
export function villamarFeedZip(seedDate: string): Uint8Array {
  const files = villamarFeedFiles(seedDate)
  const [y, m, d] = seedDate.split('-').map(Number)
  // Zip entries carry a modification time in local wall-clock fields: a local-time Date
  // built from the seed date gives the same fields (so the same bytes) on any machine.
  const mtime = new Date(y, m - 1, d, 12)
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
    { level: 6, mtime },
  )
}
