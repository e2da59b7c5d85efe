// Nearby stops as pages and the near-me API show them. Takes the Payload instance (no
// import of the app's config), so route code and integration tests call the same function.
import type { Payload } from 'payload'

import type { LngLat } from '@/lib/geo/distance'

import { lineOverlays, withOverlay } from './overlays'
import { nearestStops, stopIndexOf, type NearbyStop } from './stopIndex'
import { loadActiveTimetable } from './storage'

/**
 * The stops closest to a point in the timetable in service, with each line's colour as
 * the editors set it; null when no timetable is in service (nothing to say about transit).
 */
export async function nearbyStops(
  payload: Payload,
  from: LngLat,
  locale: string,
  options?: Parameters<typeof nearestStops>[2],
): Promise<NearbyStop[] | null> {
  const active = await loadActiveTimetable(payload)
  if (!active) return null
  const found = nearestStops(stopIndexOf(active.index), from, options)
  if (found.length === 0) return found
  const overlays = await lineOverlays(payload, locale)
  return found.map((near) => ({
    ...near,
    stop: {
      ...near.stop,
      lines: near.stop.lines.map((line) => withOverlay(line, overlays.get(line.routeId))),
    },
  }))
}
