// "Nearby stops": stations and stand-alone stops with their lines, in the near-me index.
// Built from the stored timetable, so every instance derives the same index.
import { walkingMinutes, type LngLat } from '@/lib/geo/distance'
import { buildNearbyIndex, type NearbyIndex } from '@/lib/geo/nearbyIndex'

import type { LineSummary } from './lines'
import type { TransitIndex } from './query'

export interface StopEntry {
  point: LngLat
  stopId: string
  name: string
  /** GTFS wheelchair_boarding: 0 unknown, 1 some step-free boarding, 2 none. */
  wheelchair: number
  lines: LineSummary[]
}

export type StopIndex = NearbyIndex<StopEntry>

export interface NearbyStop {
  stop: StopEntry
  distanceMetres: number
  walkingMinutes: number
}

/** How far a stop may be to count as "nearby": about 15 minutes on foot. */
export const NEARBY_STOPS_MAX_METRES = 1000
export const NEARBY_STOPS_LIMIT = 5

export function buildStopIndex(index: TransitIndex): StopIndex {
  const entries: StopEntry[] = []
  for (const stop of index.timetable.stops) {
    // Platforms are reached through their station (whose lines include theirs); entrances
    // and nodes are not places a rider waits at.
    const riderStop = stop.locationType === 1 || (stop.locationType === 0 && stop.parent === -1)
    if (!riderStop) continue
    const lines = index.linesAtStop(stop.id)
    // A stop no trip calls at (an unused station in the feed) is not worth walking to.
    if (lines.length === 0) continue
    entries.push({
      point: [stop.lon, stop.lat],
      stopId: stop.id,
      name: stop.name || stop.id,
      wheelchair: stop.wheelchair,
      lines,
    })
  }
  return buildNearbyIndex(entries)
}

// One stop index per loaded timetable: TransitIndex objects are cached per active import
// (storage.ts), so this is rebuilt only when another import goes into service.
const stopIndexes = new WeakMap<TransitIndex, StopIndex>()

export function stopIndexOf(index: TransitIndex): StopIndex {
  let stops = stopIndexes.get(index)
  if (!stops) {
    stops = buildStopIndex(index)
    stopIndexes.set(index, stops)
  }
  return stops
}

/** The closest stops to a point, nearest first, within `maxMetres`. */
export function nearestStops(
  stops: StopIndex,
  from: LngLat,
  { limit = NEARBY_STOPS_LIMIT, maxMetres = NEARBY_STOPS_MAX_METRES } = {},
): NearbyStop[] {
  return stops.nearest(from, { limit, maxMetres }).map(({ item, distanceMetres }) => ({
    stop: item,
    distanceMetres,
    walkingMinutes: walkingMinutes(distanceMetres),
  }))
}
