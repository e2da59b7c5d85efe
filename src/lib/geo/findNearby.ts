// Nearest published service locations with their distance and opening status: what the
// JSON API, the near-me page and a service's "other services nearby" all show.
import { openingStatus, isOpenAt, type OpeningStatus } from '@/lib/hours/openingStatus'
import { isNoticeInForce } from '@/lib/services/noticeDates'

import { walkingMinutes, type LngLat } from './distance'
import type { ServiceLocationEntry, ServiceLocationIndex } from './serviceLocations'

export interface NearbyFilters {
  /** Topic slug. */
  topic?: string
  openNow?: boolean
  /** Fully wheelchair accessible only. */
  accessible?: boolean
  /** Leave out this service's own locations ("other services nearby"). */
  excludeServiceId?: number | string
}

export interface NearbyResult {
  entry: ServiceLocationEntry
  distanceMetres: number
  walkingMinutes: number
  status: OpeningStatus
}

export interface NearbyClock {
  now: Date
  timeZone: string
}

export function matchesFilters(
  entry: ServiceLocationEntry,
  filters: NearbyFilters,
  clock: NearbyClock,
): boolean {
  if (filters.excludeServiceId !== undefined && entry.serviceId === filters.excludeServiceId)
    return false
  if (filters.topic && !entry.topics.includes(filters.topic)) return false
  if (filters.accessible && entry.wheelchair !== 'yes') return false
  // Last: the only check that evaluates opening hours.
  if (
    filters.openNow &&
    (closedByNotice(entry, clock) || !isOpenAt(entry.hours, clock.now, clock.timeZone))
  )
    return false
  return true
}

/** Whether the service's "closed" notice applies today (works…). */
function closedByNotice(entry: ServiceLocationEntry, clock: NearbyClock): boolean {
  return entry.closure !== null && isNoticeInForce(entry.closure, clock.now, clock.timeZone)
}

/** Its hours say when it opens, unless the service says it is closed for now. */
function statusOf(entry: ServiceLocationEntry, clock: NearbyClock): OpeningStatus {
  if (closedByNotice(entry, clock)) return { state: 'closed', opens: null }
  return openingStatus(entry.hours, clock.now, clock.timeZone)
}

export function findNearby(
  index: ServiceLocationIndex,
  from: LngLat,
  limit: number,
  filters: NearbyFilters,
  clock: NearbyClock,
): NearbyResult[] {
  return index
    .nearest(from, { limit, filter: (entry) => matchesFilters(entry, filters, clock) })
    .map(({ item, distanceMetres }) => ({
      entry: item,
      distanceMetres,
      walkingMinutes: walkingMinutes(distanceMetres),
      status: statusOf(item, clock),
    }))
}
