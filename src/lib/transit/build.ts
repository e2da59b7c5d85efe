import type { FeedReport, Timetable } from './model'
import { readAgencies } from './gtfs/agency'
import { assembleTrips, validityOf } from './gtfs/assemble'
import { readCalendars } from './gtfs/calendar'
import { KNOWN_COLUMNS, OTHER_GTFS_FILES, REQUIRED_FILES } from './gtfs/columns'
import type { FeedInput, ReadResult } from './gtfs/csv'
import { readFrequencies } from './gtfs/frequencies'
import { Notices } from './gtfs/notices'
import { readRoutes } from './gtfs/routes'
import { readShapes } from './gtfs/shapes'
import { type BuildOptions, type BuildState, newState } from './gtfs/state'
import { readStopTimes } from './gtfs/stopTimes'
import { readStops } from './gtfs/stops'
import { readTrips } from './gtfs/trips'
import { settleTrips } from './gtfs/tripTimes'
import { GtfsLimitError, readGtfsZip } from './gtfs/zip'
import { zeroCounts } from './report'

export { GTFS_MAX_FILE_BYTES, GTFS_MAX_TOTAL_BYTES, readGtfsZip } from './gtfs/zip'
export type { BuildOptions } from './gtfs/state'

export interface BuildResult {
  report: FeedReport
  /** Null when the feed is refused (nothing usable, or a safety limit). */
  timetable: Timetable | null
}

function emptyReport(notices: Notices): FeedReport {
  return {
    files: {},
    counts: zeroCounts(),
    dropped: { agencies: 0, routes: 0, stops: 0, trips: 0, stopTimes: 0, services: 0 },
    refused: false,
    notices: notices.groups,
    errors: notices.errors,
    warnings: notices.warnings,
    omittedErrors: 0,
    omittedWarnings: 0,
    validity: null,
    timezone: null,
  }
}

/**
 * Parses a GTFS zip into the served timetable. What can be repaired with certainty is, the
 * smallest broken unit is left out, and the feed is refused only when nothing usable remains.
 */
export function buildTimetable(zip: Uint8Array, options: BuildOptions = {}): BuildResult {
  const notices = new Notices()
  const report = emptyReport(notices)
  const progress = options.onProgress ?? (() => undefined)
  progress('unzip', 0)
  const files = openZip(zip, notices)
  const input: FeedInput = { files: files ?? new Map(), notices, report }
  const state = newState(input, options)
  const timetable = files && checkFiles(input) ? readFeed(state, progress) : null
  report.refused = notices.refused
  report.omittedErrors = notices.omittedErrors
  report.omittedWarnings = notices.omittedWarnings
  // Also when refused: what was left out on the way often explains why nothing remained.
  Object.assign(report.dropped!, state.dropped)
  progress('done', 100)
  return { report, timetable: notices.refused ? null : timetable }
}

function openZip(zip: Uint8Array, notices: Notices): Map<string, Uint8Array> | null {
  try {
    return readGtfsZip(zip)
  } catch (error) {
    const message = (error as Error).message
    if (error instanceof GtfsLimitError)
      notices.refuse('feed_exceeds_safety_limit', '(zip)', `Refused for safety: ${message}`)
    else notices.refuse('i_o_error', '(zip)', `Not a readable zip archive: ${message}`)
    return null
  }
}

/** Required files present, at least one calendar; unknown files are noted and ignored. */
function checkFiles({ files, notices }: FeedInput): boolean {
  for (const file of REQUIRED_FILES) {
    if (!files.has(file)) notices.refuse('missing_required_file', file, 'Required file is missing')
  }
  if (!files.has('calendar.txt') && !files.has('calendar_dates.txt'))
    notices.refuse(
      'missing_calendar_and_calendar_date_files',
      'calendar.txt',
      'Either calendar.txt or calendar_dates.txt is required',
    )
  for (const file of files.keys()) {
    if (!(file in KNOWN_COLUMNS) && !OTHER_GTFS_FILES.includes(file))
      notices.ignored('unknown_file', file, 'Not a GTFS file; ignored')
  }
  return !notices.refused
}

/** A required file that could not be read at all (not UTF-8, a required column missing). */
function usable(state: BuildState, file: string, result: ReadResult): boolean {
  if (result === 'read') return true
  state.notices.refuse(
    'required_file_unusable',
    file,
    'This required file could not be read (see above); nothing was imported',
  )
  return false
}

function readFeed(
  state: BuildState,
  progress: (step: string, percent: number) => void,
): Timetable | null {
  const { notices, timetable, report } = state
  progress('agency', 5)
  if (!usable(state, 'agency.txt', readAgencies(state))) return null
  if (timetable.agencies.length === 0)
    return (notices.refuse('no_usable_agency', 'agency.txt', 'No agency could be imported'), null)
  report.timezone = timetable.timezone
  progress('stops', 10)
  if (!usable(state, 'stops.txt', readStops(state))) return null
  progress('routes', 15)
  if (!usable(state, 'routes.txt', readRoutes(state))) return null
  progress('calendar', 20)
  readCalendars(state)
  progress('shapes', 25)
  readShapes(state)
  progress('trips', 30)
  if (!usable(state, 'trips.txt', readTrips(state))) return null
  progress('stop_times', 40)
  const columns = readStopTimes(state)
  if (!usable(state, 'stop_times.txt', columns ? 'read' : 'unusable')) return null
  progress('stop_times', 60)
  const settled = settleTrips(state, columns!)
  progress('frequencies', 70)
  const windows = readFrequencies(state)
  progress('assemble', 80)
  assembleTrips(state, columns!, settled, windows)
  if (timetable.trips.length === 0)
    return (
      notices.refuse(
        'no_usable_trip',
        'trips.txt',
        'No trip has two usable stop times: there is no timetable to show',
      ),
      null
    )
  finishCounts(state)
  return timetable
}

function finishCounts({ timetable, report }: BuildState) {
  timetable.validity = validityOf({ timetable } as BuildState)
  report.validity = timetable.validity
  Object.assign(report.counts, {
    agencies: timetable.agencies.length,
    routes: timetable.routes.length,
    stops: timetable.stops.length,
    trips: timetable.trips.length,
    stopTimes: timetable.stopTimes.stop.length,
    shapes: timetable.shapes.length,
    services: timetable.services.length,
  })
}
