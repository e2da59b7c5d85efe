import { distance } from 'geokdbush'

/** Straight-line (great-circle) distance in metres, rounded to the metre. */
export function distanceMetres(from: LngLat, to: LngLat): number {
  // geokdbush measures in kilometres on a sphere of radius 6371 km.
  return Math.round(distance(from[0], from[1], to[0], to[1]) * 1000)
}

/** [longitude, latitude], the order of Payload's point field and of GeoJSON. */
export type LngLat = [number, number]

/**
 * Walking minutes: 4.5 km/h (75 m a minute) over the straight line stretched by 1.3 for
 * streets, a common planning rule of thumb; at least one minute.
 */
export function walkingMinutes(metres: number): number {
  return Math.max(1, Math.round((metres * 1.3) / 75))
}
