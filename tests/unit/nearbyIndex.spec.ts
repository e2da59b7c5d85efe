import { describe, expect, it } from 'vitest'

import { distanceMetres, walkingMinutes, type LngLat } from '@/lib/geo/distance'
import { buildNearbyIndex } from '@/lib/geo/nearbyIndex'

// The demo city's bounding box (Villamar's services lie inside it).
const BBOX = { west: -0.42, south: 39.43, east: -0.32, north: 39.51 }

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomPoint(next: () => number): LngLat {
  return [
    BBOX.west + next() * (BBOX.east - BBOX.west),
    BBOX.south + next() * (BBOX.north - BBOX.south),
  ]
}

interface Place {
  id: number
  point: LngLat
  tag: 'a' | 'b' | 'c'
}

function places(count: number, next: () => number): Place[] {
  return Array.from({ length: count }, (_, id) => ({
    id,
    point: randomPoint(next),
    tag: (['a', 'b', 'c'] as const)[Math.floor(next() * 3)],
  }))
}

function bruteForce(items: Place[], from: LngLat, limit: number, keep = (_: Place) => true) {
  return items
    .filter(keep)
    .map((item) => ({ id: item.id, d: distanceMetres(from, item.point) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, limit)
}

describe('nearby index', () => {
  it('returns the same nearest points, in the same order, as a brute-force sort', () => {
    const next = random(42)
    const items = places(2_000, next)
    const index = buildNearbyIndex(items)
    for (let query = 0; query < 200; query++) {
      const from = randomPoint(next)
      const expected = bruteForce(items, from, 20)
      const got = index.nearest(from, { limit: 20 })
      expect(got.map((n) => n.distanceMetres)).toEqual(expected.map((e) => e.d))
      // Ties at the metre can swap places; every id must still be one of the nearest.
      const expectedIds = new Set(bruteForce(items, from, 25).map((e) => e.id))
      for (const n of got) expect(expectedIds.has(n.item.id)).toBe(true)
    }
  })

  it('still returns `limit` results when a filter rejects most points', () => {
    const next = random(7)
    const items = places(1_000, next)
    const index = buildNearbyIndex(items)
    for (let query = 0; query < 50; query++) {
      const from = randomPoint(next)
      const keep = (item: Place) => item.tag === 'c'
      const got = index.nearest(from, { limit: 15, filter: keep })
      expect(got).toHaveLength(15)
      expect(got.every((n) => n.item.tag === 'c')).toBe(true)
      expect(got.map((n) => n.distanceMetres)).toEqual(
        bruteForce(items, from, 15, keep).map((e) => e.d),
      )
    }
  })

  it('returns fewer than `limit` when fewer match, and nothing from an empty index', () => {
    const items: Place[] = [
      { id: 1, point: [-0.37, 39.47], tag: 'a' },
      { id: 2, point: [-0.38, 39.48], tag: 'b' },
    ]
    expect(buildNearbyIndex(items).nearest([-0.37, 39.47], { limit: 10 })).toHaveLength(2)
    expect(buildNearbyIndex<Place>([]).nearest([-0.37, 39.47], { limit: 10 })).toEqual([])
  })

  it('measures great-circle distance in metres', () => {
    // One degree of latitude is about 111.2 km on geokdbush's 6371 km sphere.
    expect(distanceMetres([-0.37, 39], [-0.37, 40])).toBe(111_195)
    expect(distanceMetres([-0.3763, 39.4699], [-0.3763, 39.4699])).toBe(0)
  })

  it('estimates walking time from the straight-line distance', () => {
    expect(walkingMinutes(0)).toBe(1)
    expect(walkingMinutes(750)).toBe(13)
    expect(walkingMinutes(3000)).toBe(52)
  })
})
