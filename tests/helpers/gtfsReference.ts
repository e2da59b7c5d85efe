// An independent, deliberately plain reading of a GTFS folder, for tests only: the
// departures of the busiest stop on the busiest service day, computed straight from the
// raw files with the rules a departure board follows (no production code). The import's
// answer must equal it.
import { parse } from 'csv-parse/sync'

type Table = Record<string, string>[]
/** File name → bytes, as in the zip. */
export type GtfsFiles = Record<string, Uint8Array>

function table(dir: GtfsFiles, file: string): Table {
  if (!dir[file]) return []
  // Ids and times are ASCII: a non-UTF-8 file decodes well enough for them.
  const text = new TextDecoder('utf-8').decode(dir[file])
  const rows = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
  })
  return rows as Table
}

const seconds = (t: string | undefined): number | null => {
  const m = /^(\d+):(\d\d):(\d\d)$/.exec(t ?? '')
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null
}
const clock = (s: number) =>
  [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':')

function nextDate(d: string): string {
  const t = new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8) + 1))
  return t.toISOString().slice(0, 10).replaceAll('-', '')
}

/** Which service ids run on a date: a calendar_dates entry wins over calendar.txt. */
function servicesOn(dir: GtfsFiles) {
  const calendar = new Map<string, Record<string, string>>()
  for (const row of table(dir, 'calendar.txt'))
    if (!calendar.has(row.service_id)) calendar.set(row.service_id, row)
  const exceptions = new Map<string, string>()
  for (const row of table(dir, 'calendar_dates.txt')) {
    const key = `${row.service_id} ${row.date}`
    if (!exceptions.has(key)) exceptions.set(key, row.exception_type)
  }
  const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
  const runs = (service: string, date: string) => {
    const exception = exceptions.get(`${service} ${date}`)
    if (exception) return exception === '1'
    const c = calendar.get(service)
    if (!c || date < c.start_date || date > c.end_date) return false
    const weekday = new Date(
      Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8)),
    ).getUTCDay()
    return c[days[weekday]] === '1'
  }
  const dates = [...calendar.values()].flatMap((c) => [c.start_date, c.end_date])
  for (const key of exceptions.keys()) dates.push(key.split(' ')[1])
  dates.sort()
  return { runs, first: dates[0], last: dates.at(-1)! }
}

interface RefTrip {
  id: string
  service: string
  stops: string[]
  times: number[]
  noPickup: boolean[]
}

/** Each usable trip with a departure time at every stop, in stop_sequence order. */
function tripsOf(dir: GtfsFiles): RefTrip[] {
  const routes = new Set(table(dir, 'routes.txt').map((r) => r.route_id))
  const stops = new Set(table(dir, 'stops.txt').map((s) => s.stop_id))
  const rowsOf = new Map<string, Record<string, string>[]>()
  for (const row of table(dir, 'stop_times.txt')) {
    if (!stops.has(row.stop_id)) continue
    const list = rowsOf.get(row.trip_id) ?? []
    list.push(row)
    rowsOf.set(row.trip_id, list)
  }
  const seen = new Set<string>()
  const trips: RefTrip[] = []
  for (const trip of table(dir, 'trips.txt')) {
    if (seen.has(trip.trip_id) || !routes.has(trip.route_id)) continue
    seen.add(trip.trip_id)
    const rows = [...(rowsOf.get(trip.trip_id) ?? [])].sort(
      (a, b) => +a.stop_sequence - +b.stop_sequence,
    )
    const unique = rows.filter((r, i) => i === 0 || r.stop_sequence !== rows[i - 1].stop_sequence)
    const times = timesOf(unique)
    if (!times) continue
    trips.push({
      id: trip.trip_id,
      service: trip.service_id,
      stops: unique.map((r) => r.stop_id),
      times,
      noPickup: unique.map((r) => r.pickup_type === '1'),
    })
  }
  return trips
}

/**
 * Departure times with times after midnight written as 00:xx read past 24:00, and stops
 * without times interpolated between timed neighbours (by distance travelled when given,
 * else by position); null when the trip
 * cannot run (fewer than two stops, no time at either end, time going back).
 */
function timesOf(rows: Record<string, string>[]): number[] | null {
  if (rows.length < 2) return null
  const arr = rows.map((r) => seconds(r.arrival_time) ?? seconds(r.departure_time))
  const dep = rows.map((r) => seconds(r.departure_time) ?? seconds(r.arrival_time))
  if (dep[0] === null || arr.at(-1) === null) return null
  let offset = 0
  let latest = -1
  for (let i = 0; i < rows.length; i++) {
    for (const list of [arr, dep]) {
      if (list[i] === null) continue
      let v = list[i]! + offset
      if (v < latest) {
        if (offset || latest - v <= 43_200) return null
        offset = 86_400
        v += offset
      }
      list[i] = latest = v
    }
  }
  // Untimed stops: by shape_dist_traveled when each stop of the stretch has one and they
  // increase along it, else by how many stops along.
  const dist = rows.map((r) => {
    const text = (r.shape_dist_traveled ?? '').trim()
    const n = Number(text)
    return text !== '' && Number.isFinite(n) && n >= 0 ? n : null
  })
  let previous = 0
  for (let i = 1; i < rows.length; i++) {
    if (arr[i] === null) continue
    const stretch = dist.slice(previous, i + 1)
    const measured =
      stretch.every((d, n) => d !== null && (n === 0 || d >= stretch[n - 1]!)) &&
      stretch[stretch.length - 1]! > stretch[0]!
    for (let j = previous + 1; j < i; j++) {
      const along = measured
        ? ((arr[i]! - dep[previous]!) * (dist[j]! - dist[previous]!)) / (dist[i]! - dist[previous]!)
        : ((arr[i]! - dep[previous]!) * (j - previous)) / (i - previous)
      dep[j] = Math.round(dep[previous]! + along)
    }
    previous = i
  }
  return dep as number[]
}

/** frequencies.txt: one instance per headway, named trip#start like the import. */
function instances(dir: GtfsFiles, trips: RefTrip[]): RefTrip[] {
  const windows = new Map<string, { start: number; end: number; headway: number }[]>()
  for (const f of table(dir, 'frequencies.txt')) {
    const list = windows.get(f.trip_id) ?? []
    list.push({
      start: seconds(f.start_time)!,
      end: seconds(f.end_time)!,
      headway: +f.headway_secs,
    })
    windows.set(f.trip_id, list)
  }
  return trips.flatMap((trip) => {
    const list = windows.get(trip.id)
    if (!list) return [trip]
    return list.flatMap((w) => {
      const out: RefTrip[] = []
      for (let s = w.start; s < w.end; s += w.headway)
        out.push({
          ...trip,
          id: `${trip.id}#${s}`,
          times: trip.times.map((t) => t - trip.times[0] + s),
        })
      return out
    })
  })
}

export interface ReferenceBoard {
  date: string
  stopId: string
  /** "HH:MM:SS tripId", by time then trip id. */
  departures: string[]
}

/**
 * The busiest service day (most trips, earliest on a tie), its busiest stop (or `only`'s)
 * and that stop's board.
 */
export function referenceBoard(dir: GtfsFiles, only?: { stopId: string }): ReferenceBoard {
  const { runs, first, last } = servicesOn(dir)
  const trips = instances(dir, tripsOf(dir))
  const tripsPerService = new Map<string, number>()
  for (const t of trips) tripsPerService.set(t.service, (tripsPerService.get(t.service) ?? 0) + 1)
  let best = { date: first, count: -1 }
  for (let d = first, n = 0; d <= last && n < 1000; d = nextDate(d), n++) {
    let count = 0
    for (const [service, n] of tripsPerService) if (runs(service, d)) count += n
    if (count > best.count) best = { date: d, count }
  }
  const board = new Map<string, { time: number; trip: string }[]>()
  for (const trip of trips) {
    if (!runs(trip.service, best.date)) continue
    // A trip's last stop is not a departure, nor is a stop where nobody may board.
    for (let i = 0; i < trip.stops.length - 1; i++) {
      if (trip.noPickup[i]) continue
      const list = board.get(trip.stops[i]) ?? []
      list.push({ time: trip.times[i], trip: trip.id })
      board.set(trip.stops[i], list)
    }
  }
  const [stopId, list] = only
    ? [only.stopId, board.get(only.stopId) ?? []]
    : [...board].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]
  return {
    date: best.date,
    stopId,
    departures: sortBoard(list.map((d) => `${clock(d.time)} ${d.trip}`)),
  }
}

/** Time, then trip id by code point: the order both sides are compared in. */
export function sortBoard(lines: string[]): string[] {
  return [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
