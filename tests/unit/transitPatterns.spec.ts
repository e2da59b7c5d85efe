import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex } from '@/lib/transit'
import { caltrainZip, realFeedFiles } from '../helpers/gtfsFixtures'
import { mutate, readCsv } from '../helpers/gtfsMutate'
import type { GtfsFiles } from '../helpers/gtfsReference'

const indexOf = (files: GtfsFiles) =>
  new TransitIndex(buildTimetable(zipSync(files), { fallbackTimezone: 'UTC' }).timetable!)

/** Distinct stop sequences per route and direction, with their trip counts, from the raw files. */
function rawPatterns(files: GtfsFiles, routeId: string): string[] {
  const trips = readCsv(files['trips.txt']).rows.filter((t) => t.route_id === routeId)
  const rows = readCsv(files['stop_times.txt']).rows
  const counts = new Map<string, number>()
  for (const trip of trips) {
    const stops = rows
      .filter((r) => r.trip_id === trip.trip_id)
      .sort((a, b) => +a.stop_sequence - +b.stop_sequence)
      .map((r) => r.stop_id)
    const key = `${trip.direction_id || '0'} ${stops.join(' ')}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, n]) => `${key} ×${n}`).sort()
}

describe('every stop pattern of a line', () => {
  const files = unzipSync(caltrainZip())
  const index = indexOf(files)

  it.each(['Bu-16APR', 'Li-16APR', 'Lo-16APR', 'TaSj-16APR'])(
    '%s: the patterns are exactly the distinct stop sequences its trips run',
    (routeId) => {
      const patterns = index.patterns(routeId)!
      const got = patterns
        .map((p) => `${p.direction} ${p.stops.map((s) => s.stopId).join(' ')} ×${p.trips}`)
        .sort()
      expect(got).toEqual(rawPatterns(files, routeId))
      // The most frequent first in each direction.
      for (const d of [0, 1]) {
        const counts = patterns.filter((p) => p.direction === d).map((p) => p.trips)
        expect(counts).toEqual([...counts].sort((a, b) => b - a))
      }
    },
  )

  it('the limited line runs several patterns per direction, not only the longest', () => {
    expect(index.patterns('Li-16APR')!.filter((p) => p.direction === 0).length).toBeGreaterThan(1)
    expect(index.patterns('nope')).toBeNull()
  })
})

describe('stop_headsign', () => {
  const files = realFeedFiles('trimet-vermont')
  const index = indexOf(files)
  const trips = new Map(readCsv(files['trips.txt']).rows.map((t) => [t.trip_id, t]))
  const rows = readCsv(files['stop_times.txt']).rows
  const row = rows.find(
    (r, i) =>
      r.stop_headsign &&
      r.stop_headsign !== trips.get(r.trip_id)!.trip_headsign &&
      rows[i + 1]?.trip_id === r.trip_id,
  )!

  it('is the headsign a departure board shows at that stop', () => {
    expect(row).toBeDefined()
    const { start } = index.validity!
    let found = null
    for (let d = 0; d < 400 && !found; d++) {
      const date = new Date(
        Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6) + d),
      )
      const board = index.timetableFor(
        row.stop_id,
        date.toISOString().slice(0, 10).replaceAll('-', ''),
      )
      found = board?.find((x) => x.tripId === row.trip_id) ?? null
    }
    expect(found!.headsign).toBe(row.stop_headsign)
  })

  it('is shown on the line’s pattern where the sign changes', () => {
    const route = trips.get(row.trip_id)!.route_id
    const stops = index.patterns(route)!.flatMap((p) => p.stops)
    expect(stops.some((s) => s.stopId === row.stop_id && s.headsign === row.stop_headsign)).toBe(
      true,
    )
  })
})

describe('stations, platforms and wheelchair boarding', () => {
  const files = unzipSync(caltrainZip())

  it('lists a station’s platforms and says which one each departure leaves from', () => {
    const index = indexOf(files)
    expect(index.platforms('ctsf')).toEqual([
      {
        stopId: '70011',
        name: 'San Francisco Caltrain',
        platformCode: 'NB',
        wheelchair: 'accessible',
      },
      {
        stopId: '70012',
        name: 'San Francisco Caltrain',
        platformCode: 'SB',
        wheelchair: 'accessible',
      },
    ])
    expect(index.platforms('70012')).toEqual([])
    const southbound = index.timetableFor('ctsf', '20160406')!.filter((d) => d.stopId === '70012')
    expect(southbound.length).toBeGreaterThan(0)
    expect(southbound.every((d) => d.platformCode === 'SB')).toBe(true)
  })

  it('reads a platform’s unknown wheelchair boarding from its station', () => {
    let changed = mutate(files, 'stops.txt', (rows) =>
      rows.map((r) =>
        r.stop_id === 'ctsf'
          ? { ...r, wheelchair_boarding: '2' }
          : r.stop_id === '70012'
            ? { ...r, wheelchair_boarding: '0' }
            : r,
      ),
    )
    let index = indexOf(changed)
    expect(index.wheelchair('70012')).toBe('not-accessible')
    expect(index.wheelchair('70011')).toBe('accessible')
    changed = mutate(changed, 'stops.txt', (rows) =>
      rows.map((r) => (r.stop_id === 'ctsf' ? { ...r, wheelchair_boarding: '' } : r)),
    )
    index = indexOf(changed)
    expect(index.wheelchair('70012')).toBe('unknown')
    expect(
      index
        .patterns('Bu-16APR')!
        .flatMap((p) => p.stops)
        .some((s) => s.stopId === '70012' && s.wheelchair === 'unknown'),
    ).toBe(true)
  })
})
