// A nearest-neighbour index in memory (kdbush + geokdbush). The filter is applied while walking,
// so a filtered query still returns `limit` results.
import KDBush from 'kdbush'
import { around } from 'geokdbush'

import { distanceMetres, type LngLat } from './distance'

export interface IndexedPoint {
  point: LngLat
}

export interface Neighbour<T> {
  item: T
  distanceMetres: number
}

export interface NearestOptions<T> {
  limit: number
  /** Kept only when true; evaluated lazily, nearest first. */
  filter?: (item: T) => boolean
  /** Ignore anything farther than this. */
  maxMetres?: number
}

export interface NearbyIndex<T extends IndexedPoint> {
  readonly size: number
  readonly items: readonly T[]
  nearest(from: LngLat, options: NearestOptions<T>): Neighbour<T>[]
}

export function buildNearbyIndex<T extends IndexedPoint>(items: readonly T[]): NearbyIndex<T> {
  // kdbush cannot index nothing; an empty city simply has no neighbours.
  const tree = items.length > 0 ? new KDBush(items.length) : null
  if (tree) {
    for (const { point } of items) tree.add(point[0], point[1])
    tree.finish()
  }
  return {
    size: items.length,
    items,
    nearest(from, { limit, filter, maxMetres }) {
      if (!tree || limit <= 0) return []
      const predicate = filter ? (id: number) => filter(items[id]) : undefined
      const maxKm = maxMetres === undefined ? Infinity : maxMetres / 1000
      return around(tree, from[0], from[1], limit, maxKm, predicate).map((id) => ({
        item: items[id],
        distanceMetres: distanceMetres(from, items[id].point),
      }))
    },
  }
}
