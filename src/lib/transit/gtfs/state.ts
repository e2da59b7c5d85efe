import type { FeedCounts, Timetable, TransitTrip } from '../model'
import { TIMETABLE_VERSION } from '../model'
import type { FeedInput } from './csv'

export interface BuildOptions {
  /**
   * The site's timezone: used, with a warning, when agency_timezone is not a valid IANA
   * zone. Without it such an agency is left out.
   */
  fallbackTimezone?: string
  /** Called between phases, with a short label and 0–100. */
  onProgress?: (step: string, percent: number) => void
}

export type DroppedCounts = Pick<
  FeedCounts,
  'agencies' | 'routes' | 'stops' | 'trips' | 'stopTimes' | 'services'
>

/** The timetable being built and the id → index maps the stages share. */
export interface BuildState extends FeedInput {
  options: BuildOptions
  timetable: Timetable
  agencyIds: Set<string>
  stopIndex: Map<string, number>
  routeIndex: Map<string, number>
  serviceIndex: Map<string, number>
  shapeIndex: Map<string, number>
  tripIndex: Map<string, number>
  /** Trips as read from trips.txt (templates for frequencies.txt), before their times. */
  trips: TransitTrip[]
  /** Ids of stops and trips left out: their stop times go with them without more notices. */
  droppedStopIds: Set<string>
  droppedTripIds: Set<string>
  dropped: DroppedCounts
}

export function emptyTimetable(): Timetable {
  return {
    version: TIMETABLE_VERSION,
    timezone: '',
    agencies: [],
    routes: [],
    stops: [],
    services: [],
    shapes: [],
    trips: [],
    stopTimes: { stop: [], arrival: [], departure: [], noPickup: [], headsign: [], sequence: [] },
    headsigns: [''],
    validity: null,
  }
}

export function newState(input: FeedInput, options: BuildOptions): BuildState {
  return {
    ...input,
    options,
    timetable: emptyTimetable(),
    agencyIds: new Set(),
    stopIndex: new Map(),
    routeIndex: new Map(),
    serviceIndex: new Map(),
    shapeIndex: new Map(),
    tripIndex: new Map(),
    trips: [],
    droppedStopIds: new Set(),
    droppedTripIds: new Set(),
    dropped: { agencies: 0, routes: 0, stops: 0, trips: 0, stopTimes: 0, services: 0 },
  }
}
