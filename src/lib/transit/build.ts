import { parse } from 'csv-parse/sync'
import { unzipSync } from 'fflate'

import type { FeedIssue, FeedReport, Timetable, TransitService, TransitTrip } from './model'
import { TIMETABLE_VERSION } from './model'
import { isGtfsDate, isTimeZone, parseGtfsTime } from './time'

const MAX_LISTED_ISSUES = 200
const REQUIRED_FILES = ['agency.txt', 'stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt']
const KNOWN_COLUMNS: Record<string, string[]> = {
  'agency.txt': [
    'agency_id',
    'agency_name',
    'agency_url',
    'agency_timezone',
    'agency_lang',
    'agency_phone',
    'agency_fare_url',
    'agency_email',
  ],
  'stops.txt': [
    'stop_id',
    'stop_code',
    'stop_name',
    'tts_stop_name',
    'stop_desc',
    'stop_lat',
    'stop_lon',
    'zone_id',
    'stop_url',
    'location_type',
    'parent_station',
    'stop_timezone',
    'wheelchair_boarding',
    'level_id',
    'platform_code',
  ],
  'routes.txt': [
    'route_id',
    'agency_id',
    'route_short_name',
    'route_long_name',
    'route_desc',
    'route_type',
    'route_url',
    'route_color',
    'route_text_color',
    'route_sort_order',
    'continuous_pickup',
    'continuous_drop_off',
    'network_id',
  ],
  'trips.txt': [
    'route_id',
    'service_id',
    'trip_id',
    'trip_headsign',
    'trip_short_name',
    'direction_id',
    'block_id',
    'shape_id',
    'wheelchair_accessible',
    'bikes_allowed',
  ],
  'stop_times.txt': [
    'trip_id',
    'arrival_time',
    'departure_time',
    'stop_id',
    'location_group_id',
    'location_id',
    'stop_sequence',
    'stop_headsign',
    'start_pickup_drop_off_window',
    'end_pickup_drop_off_window',
    'pickup_type',
    'drop_off_type',
    'continuous_pickup',
    'continuous_drop_off',
    'shape_dist_traveled',
    'timepoint',
    'pickup_booking_rule_id',
    'drop_off_booking_rule_id',
  ],
  'calendar.txt': [
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
  'calendar_dates.txt': ['service_id', 'date', 'exception_type'],
  'shapes.txt': [
    'shape_id',
    'shape_pt_lat',
    'shape_pt_lon',
    'shape_pt_sequence',
    'shape_dist_traveled',
  ],
  'frequencies.txt': ['trip_id', 'start_time', 'end_time', 'headway_secs', 'exact_times'],
}

export interface BuildOptions {
  /** Used, with a warning, when agency_timezone is not a valid IANA zone; otherwise an error. */
  fallbackTimezone?: string
  /** Called between phases, with a short label and 0–100. */
  onProgress?: (step: string, percent: number) => void
}

export interface BuildResult {
  report: FeedReport
  /** Null when the feed has errors: such a feed is refused. */
  timetable: Timetable | null
}

class Issues {
  errors: FeedIssue[] = []
  warnings: FeedIssue[] = []
  omittedErrors = 0
  omittedWarnings = 0
  errorCount = 0

  add(level: FeedIssue['level'], file: string, message: string, line?: number) {
    const issue: FeedIssue =
      line === undefined ? { level, file, message } : { level, file, line, message }
    if (level === 'error') {
      this.errorCount++
      if (this.errors.length < MAX_LISTED_ISSUES) this.errors.push(issue)
      else this.omittedErrors++
    } else if (this.warnings.length < MAX_LISTED_ISSUES) this.warnings.push(issue)
    else this.omittedWarnings++
  }
  error(file: string, message: string, line?: number) {
    this.add('error', file, message, line)
  }
  warn(file: string, message: string, line?: number) {
    this.add('warning', file, message, line)
  }
}

type Row = (column: string) => string

/**
 * Limits on what a feed may expand to, checked on the sizes the zip declares before
 * anything is inflated: a zip bomb (a few kilobytes that inflate to gigabytes) is refused
 * instead of exhausting the server's memory. A real feed with a million stop times is
 * about 80 MB of text.
 */
export const GTFS_MAX_FILE_BYTES = 512 * 1024 * 1024
export const GTFS_MAX_TOTAL_BYTES = 768 * 1024 * 1024

/** Reads a zip's .txt files by base name (some publishers zip a folder). */
export function readGtfsZip(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0
  let names = 0
  const seen = new Set<string>()
  const entries = unzipSync(bytes, {
    filter: (file) => {
      names++
      seen.add(file.name)
      if (!file.name.toLowerCase().endsWith('.txt') || file.name.startsWith('__MACOSX/'))
        return false
      // Files are kept in memory by base name and never written to disk, so a path like
      // "../../x.txt" could not escape; it is still a sign of a forged archive: refuse it.
      if (file.name.split(/[\\/]/).includes('..') || /^([\\/]|[a-z]:)/i.test(file.name))
        throw new Error(`entry "${file.name}" has a path outside the archive`)
      if (file.originalSize > GTFS_MAX_FILE_BYTES)
        throw new Error(
          `${file.name} would expand to ${Math.round(file.originalSize / 1048576)} MB (limit ${GTFS_MAX_FILE_BYTES / 1048576} MB)`,
        )
      total += file.originalSize
      if (total > GTFS_MAX_TOTAL_BYTES)
        throw new Error(`the feed would expand to more than ${GTFS_MAX_TOTAL_BYTES / 1048576} MB`)
      return true
    },
  })
  if (seen.size < names) throw new Error('an entry appears twice in the archive')
  const files = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(entries)) {
    // Files are kept by base name: two with the same one (say feed/stops.txt and
    // old/stops.txt) would silently replace each other, so the archive is ambiguous.
    const base = name.split('/').pop()!.toLowerCase()
    if (files.has(base)) throw new Error(`${base} appears twice in the archive`)
    files.set(base, data)
  }
  return files
}

/**
 * Streams the rows of one CSV file through `onRow` without keeping them: csv-parse handles
 * quoting, CRLF and the BOM; `onRow` gets a column accessor and the 1-based file line.
 */
function eachRow(
  files: Map<string, Uint8Array>,
  file: string,
  issues: Issues,
  report: FeedReport,
  onRow: (row: Row, line: number) => void,
  required: string[] = [],
): boolean {
  const bytes = files.get(file)
  if (!bytes) return false
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    issues.error(file, 'The file is not UTF-8 text (GTFS requires UTF-8); save it as UTF-8')
    report.files[file] = 0
    return true
  }
  let header: Map<string, number> | null = null
  let values: string[] = []
  const row: Row = (column) => {
    const index = header!.get(column)
    return index === undefined ? '' : (values[index] ?? '').trim()
  }
  let count = 0
  const onRecord = (record: string[], line: number): boolean => {
    if (!header) {
      header = new Map(record.map((name, index) => [name.trim().toLowerCase(), index]))
      const known = KNOWN_COLUMNS[file]
      const unknown = known ? [...header.keys()].filter((c) => !known.includes(c)) : []
      if (unknown.length > 0) {
        issues.warn(file, `Unknown columns ignored: ${unknown.join(', ')}`, 1)
      }
      const missing = required.filter((c) => !header!.has(c))
      if (missing.length > 0) {
        issues.error(file, `Required columns missing: ${missing.join(', ')}`, 1)
        return false
      }
      return true
    }
    // A line made only of empty fields (",,,") is noise, not a row.
    if (record.every((value) => value.trim() === '')) return true
    values = record
    count++
    onRow(row, line)
    return true
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (!body.includes('"')) {
    // Without a quote character no field can hold a comma or a line break, so lines and
    // commas are the whole grammar: split them directly, several times faster than the
    // general parser on stop_times-sized files. Anything quoted goes to csv-parse.
    let line = 0
    let at = 0
    while (at < body.length) {
      let end = body.indexOf('\n', at)
      if (end === -1) end = body.length
      const text = body.charCodeAt(end - 1) === 13 ? body.slice(at, end - 1) : body.slice(at, end)
      at = end + 1
      line++
      if (text === '') continue
      if (!onRecord(text.split(','), line)) break
    }
  } else {
    try {
      parse(body, {
        skip_empty_lines: true,
        relax_column_count: true,
        on_record: (record: string[], context) => {
          if (!onRecord(record, context.lines)) throw new MissingColumns()
          return null
        },
      })
    } catch (error) {
      if (!(error instanceof MissingColumns)) {
        const line = (error as { lines?: number }).lines
        issues.error(file, `Unreadable CSV: ${(error as Error).message}`, line)
      }
    }
  }
  report.files[file] = count
  return true
}

class MissingColumns extends Error {}

function hexColor(value: string, file: string, line: number, issues: Issues): string {
  if (!value) return ''
  if (/^[0-9a-f]{6}$/i.test(value)) return `#${value.toUpperCase()}`
  issues.warn(file, `Invalid colour "${value}" ignored`, line)
  return ''
}

function intOr(value: string, fallback: number): number {
  if (value === '') return fallback
  const n = Number(value)
  return Number.isInteger(n) ? n : fallback
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5

/** Parses, validates and derives the timetable in one pass per file. */
export function buildTimetable(zip: Uint8Array, options: BuildOptions = {}): BuildResult {
  const issues = new Issues()
  const report: FeedReport = {
    files: {},
    counts: {
      agencies: 0,
      routes: 0,
      stops: 0,
      trips: 0,
      stopTimes: 0,
      shapes: 0,
      services: 0,
      frequencyTrips: 0,
    },
    errors: issues.errors,
    warnings: issues.warnings,
    omittedErrors: 0,
    omittedWarnings: 0,
    validity: null,
    timezone: null,
  }
  const progress = options.onProgress ?? (() => undefined)
  const finish = (timetable: Timetable | null): BuildResult => {
    report.omittedErrors = issues.omittedErrors
    report.omittedWarnings = issues.omittedWarnings
    return { report, timetable: issues.errorCount > 0 ? null : timetable }
  }

  let files: Map<string, Uint8Array>
  try {
    progress('unzip', 0)
    files = readGtfsZip(zip)
  } catch (error) {
    issues.error('(zip)', `Not a readable zip archive: ${(error as Error).message}`)
    return finish(null)
  }
  for (const file of REQUIRED_FILES) {
    if (!files.has(file)) issues.error(file, 'Required file is missing')
  }
  if (!files.has('calendar.txt') && !files.has('calendar_dates.txt')) {
    issues.error('calendar.txt', 'Either calendar.txt or calendar_dates.txt is required')
  }
  if (issues.errorCount > 0) return finish(null)

  // agency.txt
  progress('agency', 5)
  const timetable: Timetable = {
    version: TIMETABLE_VERSION,
    timezone: '',
    agencies: [],
    routes: [],
    stops: [],
    services: [],
    shapes: [],
    trips: [],
    stopTimes: { stop: [], arrival: [], departure: [], noPickup: [] },
    validity: null,
  }
  eachRow(
    files,
    'agency.txt',
    issues,
    report,
    (row, line) => {
      let timezone = row('agency_timezone')
      if (!isTimeZone(timezone)) {
        if (options.fallbackTimezone && isTimeZone(options.fallbackTimezone)) {
          issues.warn(
            'agency.txt',
            `agency_timezone "${timezone}" is not a valid IANA time zone; using the fallback ${options.fallbackTimezone}`,
            line,
          )
          timezone = options.fallbackTimezone
        } else {
          issues.error(
            'agency.txt',
            `agency_timezone "${timezone}" is not a valid IANA time zone (e.g. Europe/Madrid)`,
            line,
          )
        }
      }
      timetable.agencies.push({
        id: row('agency_id'),
        name: row('agency_name'),
        url: row('agency_url'),
        timezone,
        lang: row('agency_lang'),
      })
    },
    ['agency_name', 'agency_timezone'],
  )
  if (timetable.agencies.length === 0) issues.error('agency.txt', 'No agency defined')
  const zones = new Set(timetable.agencies.map((a) => a.timezone))
  if (zones.size > 1) {
    issues.error(
      'agency.txt',
      `All agencies must share one timezone (found ${[...zones].join(', ')})`,
    )
  }
  timetable.timezone = timetable.agencies[0]?.timezone ?? ''
  report.timezone = timetable.timezone || null

  // stops.txt (parents are linked after every row is read: a child may come first)
  progress('stops', 10)
  const stopIndex = new Map<string, number>()
  const parentIds: { stop: number; parent: string; line: number }[] = []
  eachRow(
    files,
    'stops.txt',
    issues,
    report,
    (row, line) => {
      const id = row('stop_id')
      if (!id) return issues.error('stops.txt', 'stop_id is empty', line)
      if (stopIndex.has(id)) return issues.error('stops.txt', `Duplicate stop_id "${id}"`, line)
      const locationType = intOr(row('location_type'), 0)
      const lat = Number(row('stop_lat'))
      const lon = Number(row('stop_lon'))
      const needsPosition = locationType <= 2
      if (
        needsPosition &&
        (row('stop_lat') === '' || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180))
      ) {
        return issues.error('stops.txt', `Stop "${id}" has no valid stop_lat/stop_lon`, line)
      }
      stopIndex.set(id, timetable.stops.length)
      if (row('parent_station'))
        parentIds.push({ stop: timetable.stops.length, parent: row('parent_station'), line })
      timetable.stops.push({
        id,
        code: row('stop_code'),
        name: row('stop_name'),
        lat: round5(lat || 0),
        lon: round5(lon || 0),
        locationType,
        parent: -1,
        wheelchair: intOr(row('wheelchair_boarding'), 0),
        platformCode: row('platform_code'),
      })
    },
    ['stop_id'],
  )
  for (const { stop, parent, line } of parentIds) {
    const index = stopIndex.get(parent)
    if (index === undefined) issues.warn('stops.txt', `Unknown parent_station "${parent}"`, line)
    else timetable.stops[stop].parent = index
  }

  // routes.txt
  progress('routes', 15)
  const routeIndex = new Map<string, number>()
  eachRow(
    files,
    'routes.txt',
    issues,
    report,
    (row, line) => {
      const id = row('route_id')
      if (!id) return issues.error('routes.txt', 'route_id is empty', line)
      if (routeIndex.has(id)) return issues.error('routes.txt', `Duplicate route_id "${id}"`, line)
      const type = Number(row('route_type'))
      if (row('route_type') === '' || !Number.isInteger(type)) {
        return issues.error('routes.txt', `Route "${id}" has an invalid route_type`, line)
      }
      if (!row('route_short_name') && !row('route_long_name')) {
        issues.warn('routes.txt', `Route "${id}" has neither a short nor a long name`, line)
      }
      routeIndex.set(id, timetable.routes.length)
      const sort = row('route_sort_order')
      timetable.routes.push({
        id,
        agency: row('agency_id'),
        shortName: row('route_short_name'),
        longName: row('route_long_name'),
        desc: row('route_desc'),
        type,
        color: hexColor(row('route_color'), 'routes.txt', line, issues),
        textColor: hexColor(row('route_text_color'), 'routes.txt', line, issues),
        sortOrder: sort === '' ? null : intOr(sort, 0),
      })
    },
    ['route_id', 'route_type'],
  )

  // calendar.txt and calendar_dates.txt
  progress('calendar', 20)
  const serviceIndex = new Map<string, number>()
  const service = (id: string): TransitService => {
    let index = serviceIndex.get(id)
    if (index === undefined) {
      index = timetable.services.length
      serviceIndex.set(id, index)
      timetable.services.push({ id, days: 0, start: '', end: '', added: [], removed: [] })
    }
    return timetable.services[index]
  }
  const dayColumns = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
  eachRow(
    files,
    'calendar.txt',
    issues,
    report,
    (row, line) => {
      const id = row('service_id')
      const start = row('start_date')
      const end = row('end_date')
      if (!id) return issues.error('calendar.txt', 'service_id is empty', line)
      if (!isGtfsDate(start) || !isGtfsDate(end) || end < start) {
        return issues.error('calendar.txt', `Service "${id}" has invalid start_date/end_date`, line)
      }
      if (serviceIndex.has(id))
        return issues.error('calendar.txt', `Duplicate service_id "${id}"`, line)
      const s = service(id)
      s.start = start
      s.end = end
      dayColumns.forEach((day, bit) => {
        const value = row(day)
        if (value !== '0' && value !== '1') {
          issues.error('calendar.txt', `Service "${id}": ${day} must be 0 or 1`, line)
        } else if (value === '1') s.days |= 1 << bit
      })
    },
    ['service_id', ...dayColumns, 'start_date', 'end_date'],
  )
  eachRow(
    files,
    'calendar_dates.txt',
    issues,
    report,
    (row, line) => {
      const id = row('service_id')
      const date = row('date')
      const type = row('exception_type')
      if (!id || !isGtfsDate(date) || (type !== '1' && type !== '2')) {
        return issues.error(
          'calendar_dates.txt',
          'Invalid service_id, date or exception_type',
          line,
        )
      }
      const s = service(id)
      ;(type === '1' ? s.added : s.removed).push(date)
    },
    ['service_id', 'date', 'exception_type'],
  )
  report.counts.services = timetable.services.length

  // shapes.txt (optional): points sorted by sequence, then flattened
  progress('shapes', 25)
  const shapePoints = new Map<string, [number, number, number][]>()
  eachRow(files, 'shapes.txt', issues, report, (row, line) => {
    const id = row('shape_id')
    const lat = Number(row('shape_pt_lat'))
    const lon = Number(row('shape_pt_lon'))
    const seq = Number(row('shape_pt_sequence'))
    if (!id || !Number.isFinite(lat) || !Number.isFinite(lon) || !Number.isFinite(seq)) {
      return issues.warn(
        'shapes.txt',
        'Shape point ignored: invalid shape_id, position or sequence',
        line,
      )
    }
    let points = shapePoints.get(id)
    if (!points) shapePoints.set(id, (points = []))
    points.push([seq, round5(lat), round5(lon)])
  })
  const shapeIndex = new Map<string, number>()
  for (const [id, points] of shapePoints) {
    points.sort((a, b) => a[0] - b[0])
    shapeIndex.set(id, timetable.shapes.length)
    timetable.shapes.push({ id, points: points.flatMap(([, lat, lon]) => [lat, lon]) })
  }
  shapePoints.clear()

  // trips.txt
  progress('trips', 30)
  const tripIndex = new Map<string, number>()
  const trips: TransitTrip[] = []
  eachRow(
    files,
    'trips.txt',
    issues,
    report,
    (row, line) => {
      const id = row('trip_id')
      if (!id) return issues.error('trips.txt', 'trip_id is empty', line)
      if (tripIndex.has(id)) return issues.error('trips.txt', `Duplicate trip_id "${id}"`, line)
      const route = routeIndex.get(row('route_id'))
      if (route === undefined) {
        return issues.error(
          'trips.txt',
          `Trip "${id}" refers to unknown route_id "${row('route_id')}"`,
          line,
        )
      }
      const serviceId = row('service_id')
      const serviceAt = serviceIndex.get(serviceId)
      if (serviceAt === undefined) {
        return issues.error(
          'trips.txt',
          `Trip "${id}" refers to unknown service_id "${serviceId}"`,
          line,
        )
      }
      const shapeId = row('shape_id')
      const shape = shapeId ? (shapeIndex.get(shapeId) ?? -1) : -1
      if (shapeId && shape === -1)
        issues.warn('trips.txt', `Unknown shape_id "${shapeId}" ignored`, line)
      tripIndex.set(id, trips.length)
      trips.push({
        id,
        route,
        service: serviceAt,
        headsign: row('trip_headsign'),
        shortName: row('trip_short_name'),
        direction: intOr(row('direction_id'), 0) === 1 ? 1 : 0,
        shape,
        wheelchair: intOr(row('wheelchair_accessible'), 0),
        first: 0,
        count: 0,
      })
    },
    ['route_id', 'service_id', 'trip_id'],
  )

  // stop_times.txt: read into growable typed columns, then sorted by (trip, sequence).
  progress('stop_times', 40)
  let size = 0
  let cap = 1 << 16
  let cTrip = new Int32Array(cap)
  let cSeq = new Int32Array(cap)
  let cStop = new Int32Array(cap)
  let cArr = new Int32Array(cap)
  let cDep = new Int32Array(cap)
  let cNoPickup = new Uint8Array(cap)
  const grow = () => {
    cap *= 2
    const g = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap)
      b.set(a)
      return b
    }
    cTrip = g(cTrip)
    cSeq = g(cSeq)
    cStop = g(cStop)
    cArr = g(cArr)
    cDep = g(cDep)
    cNoPickup = g(cNoPickup)
  }
  eachRow(
    files,
    'stop_times.txt',
    issues,
    report,
    (row, line) => {
      const tripId = row('trip_id')
      const trip = tripIndex.get(tripId)
      if (trip === undefined) {
        return issues.error('stop_times.txt', `Unknown trip_id "${tripId}"`, line)
      }
      const stop = stopIndex.get(row('stop_id'))
      if (stop === undefined) {
        return issues.error('stop_times.txt', `Unknown stop_id "${row('stop_id')}"`, line)
      }
      const seq = Number(row('stop_sequence'))
      if (row('stop_sequence') === '' || !Number.isInteger(seq) || seq < 0) {
        return issues.error('stop_times.txt', 'stop_sequence must be a non-negative integer', line)
      }
      const arrText = row('arrival_time')
      const depText = row('departure_time')
      let arr = arrText === '' ? -1 : parseGtfsTime(arrText)
      let dep = depText === '' ? -1 : parseGtfsTime(depText)
      if (arr === null || dep === null) {
        return issues.error(
          'stop_times.txt',
          `Invalid time "${arr === null ? arrText : depText}" (expected H:MM:SS)`,
          line,
        )
      }
      if (arr === -1) arr = dep
      if (dep === -1) dep = arr
      if (size === cap) grow()
      cTrip[size] = trip
      cSeq[size] = seq
      cStop[size] = stop
      cArr[size] = arr
      cDep[size] = dep
      cNoPickup[size] = row('pickup_type') === '1' ? 1 : 0
      size++
    },
    ['trip_id', 'stop_id', 'stop_sequence'],
  )
  progress('stop_times', 60)
  const order = new Int32Array(size)
  for (let i = 0; i < size; i++) order[i] = i
  order.sort((a, b) => cTrip[a] - cTrip[b] || cSeq[a] - cSeq[b])
  const firstOf = new Int32Array(trips.length).fill(-1)
  const countOf = new Int32Array(trips.length)
  for (let k = 0; k < size; k++) {
    const i = order[k]
    const t = cTrip[i]
    if (firstOf[t] === -1) firstOf[t] = k
    else if (cSeq[order[k - 1]] === cSeq[i]) {
      issues.error('stop_times.txt', `Trip "${trips[t].id}" repeats stop_sequence ${cSeq[i]}`)
    }
    countOf[t]++
  }
  // Rows without times (non-timepoints) are interpolated between their timed neighbours.
  const sortedArr = new Int32Array(size)
  const sortedDep = new Int32Array(size)
  for (let k = 0; k < size; k++) {
    sortedArr[k] = cArr[order[k]]
    sortedDep[k] = cDep[order[k]]
  }
  trips.forEach((trip, t) => {
    const first = firstOf[t]
    const count = countOf[t]
    if (count < 2) {
      issues.warn('trips.txt', `Trip "${trip.id}" has fewer than two stop times and is ignored`)
      return
    }
    if (sortedDep[first] < 0 || sortedArr[first + count - 1] < 0) {
      issues.error('stop_times.txt', `Trip "${trip.id}" must have times at its first and last stop`)
      return
    }
    let prev = first
    for (let k = first + 1; k < first + count; k++) {
      if (sortedArr[k] < 0) continue
      for (let j = prev + 1; j < k; j++) {
        const v = Math.round(
          sortedDep[prev] + ((sortedArr[k] - sortedDep[prev]) * (j - prev)) / (k - prev),
        )
        sortedArr[j] = v
        sortedDep[j] = v
      }
      if (sortedArr[k] < sortedDep[prev]) {
        issues.error(
          'stop_times.txt',
          `Trip "${trip.id}" goes back in time at stop_sequence ${cSeq[order[k]]}`,
        )
        return
      }
      prev = k
    }
  })
  cArr = cDep = new Int32Array(0)

  // frequencies.txt (optional): each headway window becomes concrete trips.
  progress('frequencies', 70)
  const windows = new Map<number, { start: number; end: number; headway: number }[]>()
  eachRow(
    files,
    'frequencies.txt',
    issues,
    report,
    (row, line) => {
      const trip = tripIndex.get(row('trip_id'))
      const start = parseGtfsTime(row('start_time'))
      const end = parseGtfsTime(row('end_time'))
      const headway = Number(row('headway_secs'))
      if (trip === undefined) {
        return issues.error('frequencies.txt', `Unknown trip_id "${row('trip_id')}"`, line)
      }
      if (
        start === null ||
        end === null ||
        end <= start ||
        !Number.isInteger(headway) ||
        headway <= 0
      ) {
        return issues.error('frequencies.txt', 'Invalid start_time, end_time or headway_secs', line)
      }
      let list = windows.get(trip)
      if (!list) windows.set(trip, (list = []))
      list.push({ start, end, headway })
    },
    ['trip_id', 'start_time', 'end_time', 'headway_secs'],
  )

  if (issues.errorCount > 0) return finish(null)

  // Assemble: every kept trip (or frequency instance) with its own contiguous rows.
  progress('assemble', 80)
  const st = timetable.stopTimes
  const pushTrip = (trip: TransitTrip, t: number, offset: number, suffix?: string) => {
    const first = firstOf[t]
    const count = countOf[t]
    timetable.trips.push({
      ...trip,
      ...(suffix ? { id: `${trip.id}${suffix}`, frequencyOf: trip.id } : {}),
      first: st.stop.length,
      count,
    })
    for (let k = first; k < first + count; k++) {
      st.stop.push(cStop[order[k]])
      st.arrival.push(sortedArr[k] + offset)
      st.departure.push(sortedDep[k] + offset)
      st.noPickup.push(cNoPickup[order[k]])
    }
  }
  trips.forEach((trip, t) => {
    if (countOf[t] < 2) return
    const list = windows.get(t)
    if (!list) return pushTrip(trip, t, 0)
    const base = sortedDep[firstOf[t]]
    for (const w of list) {
      for (let start = w.start; start < w.end; start += w.headway) {
        pushTrip(trip, t, start - base, `#${start}`)
        report.counts.frequencyTrips++
      }
    }
  })

  // Validity: from calendar ranges and added dates.
  let min = ''
  let max = ''
  for (const s of timetable.services) {
    const dates = [...s.added, ...(s.start ? [s.start, s.end] : [])]
    for (const d of dates) {
      if (!min || d < min) min = d
      if (!max || d > max) max = d
    }
  }
  timetable.validity = min ? { start: min, end: max } : null
  report.validity = timetable.validity
  report.counts.agencies = timetable.agencies.length
  report.counts.routes = timetable.routes.length
  report.counts.stops = timetable.stops.length
  report.counts.trips = timetable.trips.length
  report.counts.stopTimes = st.stop.length
  report.counts.shapes = timetable.shapes.length
  progress('done', 100)
  return finish(timetable)
}
