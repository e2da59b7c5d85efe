/**
 * The compact timetable the portal serves. Rows refer to each other by array index and stop
 * times are columnar, so a million stop times stay a few megabytes and load without small objects.
 */
export const TIMETABLE_VERSION = 1

export interface TransitAgency {
  id: string
  name: string
  url: string
  timezone: string
  lang: string
}

export interface TransitRoute {
  id: string
  agency: string
  shortName: string
  longName: string
  desc: string
  /** GTFS route_type as given (basic 0–12 or extended 100–1700). */
  type: number
  /** "#RRGGBB" or "" when the feed gives none. */
  color: string
  textColor: string
  sortOrder: number | null
}

export interface TransitStop {
  id: string
  code: string
  name: string
  lat: number
  lon: number
  /** 0 stop/platform, 1 station, 2 entrance, 3 generic node, 4 boarding area. */
  locationType: number
  /** Index of the parent station in `stops`, or -1. */
  parent: number
  /** 0 no information, 1 some accessible boarding, 2 not possible. */
  wheelchair: number
  platformCode: string
}

export interface TransitService {
  id: string
  /** Bit 0 = Monday … bit 6 = Sunday (calendar.txt); 0 for calendar_dates-only services. */
  days: number
  /** YYYYMMDD, or "" for calendar_dates-only services. */
  start: string
  end: string
  added: string[]
  removed: string[]
}

export interface TransitTrip {
  id: string
  route: number
  service: number
  headsign: string
  shortName: string
  direction: number
  /** Index in `shapes`, or -1. */
  shape: number
  wheelchair: number
  /** First index of this trip's rows in the stop-time columns, and how many rows. */
  first: number
  count: number
  /** For trips expanded from frequencies.txt: the template trip's id. */
  frequencyOf?: string
}

export interface Timetable {
  version: typeof TIMETABLE_VERSION
  /** The timezone every GTFS time in this feed is read in (the agencies share one). */
  timezone: string
  agencies: TransitAgency[]
  routes: TransitRoute[]
  stops: TransitStop[]
  services: TransitService[]
  /** Each shape as a flat [lat, lon, lat, lon, …] list, 5 decimals (about 1 m). */
  shapes: { id: string; points: number[] }[]
  trips: TransitTrip[]
  /** Columnar stop times, grouped by trip in stop_sequence order. */
  stopTimes: {
    stop: number[]
    /** Seconds since the service day's start (may exceed 86,400 for after-midnight trips). */
    arrival: number[]
    departure: number[]
    /** 1 when pickup_type = 1 (no boarding): such rows are not departures. */
    noPickup: number[]
    /**
     * stop_headsign as an index in `headsigns` (0 = none, the trip's headsign applies).
     * Absent in timetables stored before it was read: readers treat it as all 0.
     */
    headsign?: number[]
    /** stop_sequence as given (GTFS-Realtime updates name stops by it). Absent in older timetables. */
    sequence?: number[]
  }
  /** Distinct stop_headsign texts; index 0 is "". Absent in older stored timetables. */
  headsigns?: string[]
  validity: { start: string; end: string } | null
}

export type IssueLevel = 'error' | 'warning'

/** The canonical GTFS validator's grading of a notice. */
export type NoticeSeverity = 'ERROR' | 'WARNING' | 'INFO'

/**
 * repaired: imported as certainly meant; dropped: the smallest broken unit left out; ignored: a
 * detail left out, the row kept; refused: nothing imported.
 */
export type NoticeAction = 'repaired' | 'dropped' | 'ignored' | 'refused'

export interface FeedIssue {
  level: IssueLevel
  /** Validator notice code (absent in reports written before codes existed). */
  code?: string
  action?: NoticeAction
  file: string
  /** 1-based line in the file (the header is line 1), when the issue is about a row. */
  line?: number
  message: string
}

/** One notice code and action, with how often it occurred and its first examples. */
export interface NoticeGroup {
  code: string
  severity: NoticeSeverity
  action: NoticeAction
  count: number
  examples: { file: string; line?: number; message: string }[]
}

export interface FeedCounts {
  agencies: number
  routes: number
  stops: number
  trips: number
  stopTimes: number
  shapes: number
  services: number
  frequencyTrips: number
}

export interface FeedReport {
  /** Data rows read per file present in the zip (header excluded). */
  files: Record<string, number>
  /** What was imported. */
  counts: FeedCounts
  /** Rows of each kind left out (duplicates kept once are not counted). */
  dropped?: Pick<FeedCounts, 'agencies' | 'routes' | 'stops' | 'trips' | 'stopTimes' | 'services'>
  /** True when nothing was imported. */
  refused?: boolean
  /** Every notice grouped by code and action, in order of first occurrence. */
  notices?: NoticeGroup[]
  /** The first problems one by one: errors (dropped or refused) and warnings (the rest). */
  errors: FeedIssue[]
  warnings: FeedIssue[]
  /** How many issues were left out of the lists above to keep the report short. */
  omittedErrors: number
  omittedWarnings: number
  validity: { start: string; end: string } | null
  timezone: string | null
}
