// The demo city's GTFS feed, built at seed time from data/transit.ts. A pure function of the
// seed date (from the day before, for night buses, to a year later): same date, same bytes.
import { strToU8, zipSync } from 'fflate'

import { publicHolidaysBetween } from '../hours/publicHolidays'
import { addDays, gtfsToIsoDate, isoToGtfsDate, weekdayIndex } from '../transit/time'
import { LINES, STOPS, TRANSIT_AGENCY } from './data/transit'
import { SERVICE_DAYS, tripTables } from './villamarTrips'

export const VILLAMAR_FEED_FILE = 'villamar-gtfs.zip'

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
