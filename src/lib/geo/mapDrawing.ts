// Map clicks become the same text the fields hold, so map and text are two views of one value
// and the CAP output does not change.
import { formatCircle, formatPolygon, type Circle, type LatLon } from '@/lib/alerts/geometry'

import type { LngLat } from './distance'

/** Great-circle metres on the 6371 km sphere (as distance.ts), without its index library,
 * which the admin's browser bundle does not need. */
function metresBetween(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)))
}

/** Six decimals: about 10 cm, finer than any click. */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6

const rounded = ({ lat, lon }: LatLon): LatLon => ({
  lat: roundCoordinate(lat),
  lon: roundCoordinate(lon),
})

/** A closed CAP ring from the clicked corners; null until there are three distinct ones. */
export function polygonFromClicks(clicks: readonly LatLon[]): string | null {
  const corners: LatLon[] = []
  for (const point of clicks.map(rounded)) {
    const previous = corners[corners.length - 1]
    if (!previous || previous.lat !== point.lat || previous.lon !== point.lon) corners.push(point)
  }
  if (corners.length > 1) {
    const [first, last] = [corners[0], corners[corners.length - 1]]
    if (first.lat === last.lat && first.lon === last.lon) corners.pop()
  }
  if (corners.length < 3) return null
  return formatPolygon([...corners, corners[0]])
}

/** A CAP circle from its centre and a point on its edge (radius in km, to the metre). */
export function circleFromClicks(centre: LatLon, edge: LatLon): string | null {
  const c = rounded(centre)
  const metres = metresBetween(c, edge)
  if (metres < 1) return null
  const circle: Circle = { center: c, radiusKm: metres / 1000 }
  return formatCircle(circle)
}

/** Payload's point value for a click. */
export const pointFromClick = ({ lat, lon }: LatLon): LngLat => [
  roundCoordinate(lon),
  roundCoordinate(lat),
]
