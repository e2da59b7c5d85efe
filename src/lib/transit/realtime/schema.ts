// The part of GTFS-Realtime 2.0 Plaza reads (unknown fields are skipped). Every field is optional
// so a feed missing a "required" one is judged by decodeFeed, not refused by the decoder.
import protobuf from 'protobufjs/light.js'

const opt = (type: string, id: number) => ({ type, id })
const list = (type: string, id: number) => ({ rule: 'repeated', type, id })

const descriptor = {
  nested: {
    transit_realtime: {
      nested: {
        FeedMessage: { fields: { header: opt('FeedHeader', 1), entity: list('FeedEntity', 2) } },
        FeedHeader: {
          fields: {
            gtfsRealtimeVersion: opt('string', 1),
            incrementality: opt('uint32', 2),
            timestamp: opt('uint64', 3),
          },
        },
        FeedEntity: {
          fields: {
            id: opt('string', 1),
            isDeleted: opt('bool', 2),
            tripUpdate: opt('TripUpdate', 3),
            vehicle: opt('VehiclePosition', 4),
            alert: opt('Alert', 5),
          },
        },
        TripUpdate: {
          fields: {
            trip: opt('TripDescriptor', 1),
            stopTimeUpdate: list('StopTimeUpdate', 2),
            vehicle: opt('VehicleDescriptor', 3),
            timestamp: opt('uint64', 4),
            delay: opt('int32', 5),
          },
        },
        StopTimeEvent: {
          fields: { delay: opt('int32', 1), time: opt('int64', 2), uncertainty: opt('int32', 3) },
        },
        StopTimeUpdate: {
          fields: {
            stopSequence: opt('uint32', 1),
            arrival: opt('StopTimeEvent', 2),
            departure: opt('StopTimeEvent', 3),
            stopId: opt('string', 4),
            scheduleRelationship: opt('uint32', 5),
          },
        },
        VehiclePosition: {
          fields: {
            trip: opt('TripDescriptor', 1),
            position: opt('Position', 2),
            currentStopSequence: opt('uint32', 3),
            currentStatus: opt('uint32', 4),
            timestamp: opt('uint64', 5),
            stopId: opt('string', 7),
            vehicle: opt('VehicleDescriptor', 8),
          },
        },
        Position: {
          fields: {
            latitude: opt('float', 1),
            longitude: opt('float', 2),
            bearing: opt('float', 3),
          },
        },
        Alert: {
          fields: {
            activePeriod: list('TimeRange', 1),
            informedEntity: list('EntitySelector', 5),
            cause: opt('uint32', 6),
            effect: opt('uint32', 7),
            url: opt('TranslatedString', 8),
            headerText: opt('TranslatedString', 10),
            descriptionText: opt('TranslatedString', 11),
            severityLevel: opt('uint32', 14),
          },
        },
        TimeRange: { fields: { start: opt('uint64', 1), end: opt('uint64', 2) } },
        TripDescriptor: {
          fields: {
            tripId: opt('string', 1),
            startTime: opt('string', 2),
            startDate: opt('string', 3),
            scheduleRelationship: opt('uint32', 4),
            routeId: opt('string', 5),
            directionId: opt('uint32', 6),
          },
        },
        VehicleDescriptor: { fields: { id: opt('string', 1), label: opt('string', 2) } },
        EntitySelector: {
          fields: {
            agencyId: opt('string', 1),
            routeId: opt('string', 2),
            routeType: opt('int32', 3),
            trip: opt('TripDescriptor', 4),
            stopId: opt('string', 5),
            directionId: opt('uint32', 6),
          },
        },
        TranslatedString: { fields: { translation: list('Translation', 1) } },
        Translation: { fields: { text: opt('string', 1), language: opt('string', 2) } },
      },
    },
  },
}

export const FeedMessage = protobuf.Root.fromJSON(descriptor).lookupType(
  'transit_realtime.FeedMessage',
)

/** Enum values used by Plaza (numbers as in the specification). */
export const TRIP_CANCELED = 3
export const TRIP_ADDED = 1
export const STOP_SKIPPED = 1
export const STOP_NO_DATA = 2

export interface RtTranslatedString {
  translation?: { text?: string; language?: string }[]
}
export interface RtTripDescriptor {
  tripId?: string
  startTime?: string
  startDate?: string
  scheduleRelationship?: number
  routeId?: string
  directionId?: number
}
export interface RtStopTimeEvent {
  delay?: number
  time?: number
}
export interface RtStopTimeUpdate {
  stopSequence?: number
  stopId?: string
  arrival?: RtStopTimeEvent
  departure?: RtStopTimeEvent
  scheduleRelationship?: number
}
export interface RtTripUpdate {
  trip?: RtTripDescriptor
  stopTimeUpdate?: RtStopTimeUpdate[]
  timestamp?: number
  delay?: number
}
export interface RtAlert {
  activePeriod?: { start?: number; end?: number }[]
  informedEntity?: {
    agencyId?: string
    routeId?: string
    routeType?: number
    trip?: RtTripDescriptor
    stopId?: string
  }[]
  cause?: number
  effect?: number
  url?: RtTranslatedString
  headerText?: RtTranslatedString
  descriptionText?: RtTranslatedString
  severityLevel?: number
}
export interface RtVehiclePosition {
  trip?: RtTripDescriptor
  position?: { latitude?: number; longitude?: number }
  timestamp?: number
}
export interface RtFeedMessage {
  header?: { gtfsRealtimeVersion?: string; incrementality?: number; timestamp?: number }
  entity?: {
    id?: string
    isDeleted?: boolean
    tripUpdate?: RtTripUpdate
    vehicle?: RtVehiclePosition
    alert?: RtAlert
  }[]
}

/**
 * Protobuf bytes → a plain message, or an error sentence for bytes that are not a GTFS-RT
 * feed (garbage decodes to nonsense or throws; a feed always has a header with a version).
 */
export function decodeFeed(bytes: Uint8Array): RtFeedMessage | string {
  let decoded
  try {
    decoded = FeedMessage.decode(bytes)
  } catch (error) {
    return `not a GTFS-Realtime feed (${(error as Error).message})`
  }
  const message = FeedMessage.toObject(decoded, { longs: Number, arrays: true }) as RtFeedMessage
  if (!message.header?.gtfsRealtimeVersion) {
    return 'not a GTFS-Realtime feed (no header with gtfs_realtime_version)'
  }
  if (message.header.incrementality === 1) {
    return 'DIFFERENTIAL feeds are not supported; use the FULL_DATASET feed'
  }
  return message
}

/** A plain message → protobuf bytes (tests and the bench build feeds with it). */
export function encodeFeed(message: RtFeedMessage): Uint8Array {
  return FeedMessage.encode(FeedMessage.fromObject(message)).finish()
}
