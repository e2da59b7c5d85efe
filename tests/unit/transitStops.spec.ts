import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex } from '@/lib/transit'
import {
  buildStopIndex,
  nearestStops,
  NEARBY_STOPS_MAX_METRES,
  stopIndexOf,
} from '@/lib/transit/stopIndex'
import { caltrainZip, fixtureZip } from '../helpers/gtfsFixtures'

// Great-circle distance written out independently of geokdbush (haversine, R = 6371 km).
function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371_000 * Math.asin(Math.sqrt(h))
}

describe('nearby stops index (Caltrain)', () => {
  const index = new TransitIndex(buildTimetable(caltrainZip()).timetable!)
  const stops = buildStopIndex(index)
  // A point on King St, San Francisco, between the SF terminal and 22nd St.
  const origin: [number, number] = [-122.393, 37.77]

  it('indexes the stops riders name: the 31 stations, not their 62 platforms', () => {
    expect(stops.size).toBe(31)
    expect(stops.items.every((s) => s.stopId.startsWith('ct'))).toBe(true)
  })

  it('orders stops nearest first, with distances matching a haversine worked out by hand', () => {
    const found = nearestStops(stops, origin, { limit: 3, maxMetres: 10_000 })
    expect(found.map((n) => n.stop.stopId)).toEqual(['ctsf', 'ct22', 'ctba'])
    // Station coordinates from stops.txt as the timetable keeps them (5 decimals, about
    // 1 m); haversine with R = 6371 km computed separately (Python): 725.43 m, 1371.40 m,
    // 6762.54 m.
    expect(found.map((n) => n.distanceMetres)).toEqual([725, 1371, 6763])
    const raw = {
      ctsf: [37.77644, -122.39432],
      ct22: [37.75767, -122.39264],
      ctba: [37.70954, -122.40132],
    } as const
    for (const near of found) {
      const [lat, lon] = raw[near.stop.stopId as keyof typeof raw]
      expect(near.distanceMetres).toBe(Math.round(haversineMetres(37.77, -122.393, lat, lon)))
    }
    // 725 m × 1.3 / 75 m per minute ≈ 12.6 → 13 minutes on foot.
    expect(found[0].walkingMinutes).toBe(13)
  })

  it('keeps only stops within walking distance (1 km by default)', () => {
    expect(NEARBY_STOPS_MAX_METRES).toBe(1000)
    expect(nearestStops(stops, origin).map((n) => n.stop.stopId)).toEqual(['ctsf'])
    expect(nearestStops(stops, origin, { maxMetres: 700 })).toEqual([])
    // Central Valencia: no Caltrain station anywhere near.
    expect(nearestStops(stops, [-0.3763, 39.4699])).toEqual([])
  })

  it('names the lines calling at a station through any of its platforms', () => {
    const [sf] = nearestStops(stops, origin)
    expect(sf.stop).toMatchObject({ name: 'San Francisco Caltrain', wheelchair: 1 })
    expect(sf.stop.lines.map((l) => l.name)).toEqual(['Baby Bullet', 'Limited', 'Local'])
    expect(sf.stop.lines.every((l) => l.mode === 'rail')).toBe(true)
    // Tamien is served by the rail lines and by the shuttle bus.
    const tamien = stops.items.find((s) => s.stopId === 'ctta')!
    expect(tamien.lines.map((l) => l.mode)).toContain('bus')
  })

  it('is built once per loaded timetable', () => {
    const first = stopIndexOf(index)
    expect(stopIndexOf(index)).toBe(first)
    const reloaded = new TransitIndex(buildTimetable(caltrainZip()).timetable!)
    expect(stopIndexOf(reloaded)).not.toBe(first)
  })
})

describe('nearby stops index (hand-made feed)', () => {
  it('lists a stand-alone stop and a station, never the station’s platforms', () => {
    const index = new TransitIndex(buildTimetable(fixtureZip('robust')).timetable!)
    const ids = buildStopIndex(index).items.map((s) => s.stopId)
    const platforms = index.timetable.stops.filter((s) => s.parent >= 0).map((s) => s.id)
    expect(platforms.length).toBeGreaterThan(0)
    for (const id of platforms) expect(ids).not.toContain(id)
  })
})
