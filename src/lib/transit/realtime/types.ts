// The realtime state kept between polls, matched to the timetable in service and small enough
// for one database row every instance reads.

export const DEFAULT_REALTIME_POLL_SECONDS = 30
export const DEFAULT_REALTIME_MAX_AGE_SECONDS = 120

export const REALTIME_FEED_KINDS = ['tripUpdates', 'serviceAlerts', 'vehiclePositions'] as const
export type RealtimeFeedKind = (typeof REALTIME_FEED_KINDS)[number]

/** A prediction for one stop of a trip; `pos` is the stop's 0-based place in the trip. */
export interface StopPrediction {
  pos: number
  /** Seconds late (negative: early), as the feed gave them. */
  arrivalDelay?: number
  departureDelay?: number
  /** Absolute predictions (epoch seconds): they win over delays (GTFS-RT rule). */
  arrivalTime?: number
  departureTime?: number
  skipped?: true
  /** NO_DATA: nothing is known from here on, so later stops are shown as scheduled. */
  noData?: true
}

export interface TripRealtime {
  /** The timetable's trip id (frequency instances carry their "#start" suffix). */
  tripId: string
  /** YYYYMMDD when the feed names the service day; else the update applies to any day. */
  startDate?: string
  cancelled?: true
  /** Trip-level delay: applies until the first stop with its own update. */
  delay?: number
  /** Sorted by `pos`. */
  stops: StopPrediction[]
}

/** One piece of text in every language the feed gave it; `language` '' when unnamed. */
export type Translations = { language: string; text: string }[]

export interface OperatorAlert {
  id: string
  header: Translations
  description: Translations
  url: Translations
  /** [start, end) in epoch seconds; 0 means open-ended. Empty: in force while in the feed. */
  periods: [number, number][]
  routeIds: string[]
  stopIds: string[]
  /** Names the whole network (an agency or a route type, or no route or stop). */
  network: boolean
  /** GTFS-RT Effect and SeverityLevel numbers (see the specification). */
  effect: number
  severity: number
}

/** What one feed fetch produced, and the freshness it is judged by. */
export interface FeedSnapshot<T> {
  /** When Plaza received it (epoch ms). */
  fetchedAt: number
  /** The feed header's timestamp (epoch ms), when it gives one. */
  feedTimestamp: number | null
  items: T[]
}

export interface RealtimeState {
  tripUpdates: FeedSnapshot<TripRealtime> | null
  serviceAlerts: FeedSnapshot<OperatorAlert> | null
}

/** Counts shown in the admin after each fetch. */
export interface FeedCountsRt {
  entities: number
  used: number
  /** Entities or stop updates left out because the timetable does not know them. */
  unknownTrips: number
  unknownStops: number
}
