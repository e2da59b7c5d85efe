import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex } from '@/lib/transit'
import { realFeedFiles } from '../helpers/gtfsFixtures'
import { lineOf, mutate, readCsv, type CsvRow } from '../helpers/gtfsMutate'
import { referenceBoard, sortBoard, type GtfsFiles } from '../helpers/gtfsReference'

// One mutated copy of a real feed (Caltrain, 2017) per rule: repaired with a warning when
// the intent is certain, the smallest broken unit dropped with an error naming file and
// line, refused only when nothing usable remains.

const base = realFeedFiles('caltrain-2017')
const build = (files: GtfsFiles, fallbackTimezone?: string) =>
  buildTimetable(zipSync(files), { fallbackTimezone })
const codes = (files: GtfsFiles) =>
  (build(files).report.notices ?? [])
    .filter((g) => g.code !== 'unknown_file' && g.code !== 'foreign_key_violation')
    .map((g) => [g.code, g.action, g.count])
const board = (files: GtfsFiles, stopId?: string) => {
  const { timetable } = build(files)
  const ref = referenceBoard(files, stopId ? { stopId } : undefined)
  const got = new TransitIndex(timetable!).timetableFor(ref.stopId, ref.date)!
  return { got: sortBoard(got.map((d) => `${d.departure} ${d.tripId}`)), ref: ref.departures }
}
const baseBoard = board(base)
const sunday = (r: CsvRow) => r.trip_id === '6512143-CT-17JUL-Caltrain-Sunday-01'

describe('repaired, with a warning', () => {
  it('calendar.txt repeating its rows twice identically: each kept once', () => {
    const files = mutate(base, 'calendar.txt', (rows) => [...rows, ...rows, ...rows])
    const { report, timetable } = build(files)
    expect(timetable).not.toBeNull()
    expect(report.notices).toContainEqual(
      expect.objectContaining({ code: 'duplicate_key', action: 'repaired', count: 6 }),
    )
    expect(report.warnings.find((w) => w.code === 'duplicate_key')).toMatchObject({
      file: 'calendar.txt',
      line: 5,
      message: 'service_id "CT-17JUL-Caltrain-Saturday-03" repeats line 2 identically; kept once',
    })
    expect(report.counts.services).toBe(3)
    expect(board(files).got).toEqual(baseBoard.got)
  })

  it('times written across midnight as 00:xx after 23:xx: read past 24:00', () => {
    // Trips that run on both sides of midnight (one notice each); a trip that starts after
    // midnight is not ambiguous in the original and is left as written.
    const trips = new Map<string, string[]>()
    for (const r of readCsv(base['stop_times.txt']).rows)
      trips.set(r.trip_id, [...(trips.get(r.trip_id) ?? []), r.departure_time])
    const crossing = new Set(
      [...trips]
        .filter(([, times]) => times.some((t) => t < '24:') && times.some((t) => t >= '24:'))
        .map(([id]) => id),
    )
    const across = crossing.size
    expect(across).toBeGreaterThan(0)
    const files = mutate(base, 'stop_times.txt', (rows) =>
      rows.map((r) => {
        if (!crossing.has(r.trip_id)) return r
        const wrap = (t: string) => (t.startsWith('24:') ? `00:${t.slice(3)}` : t)
        return { ...r, arrival_time: wrap(r.arrival_time), departure_time: wrap(r.departure_time) }
      }),
    )
    const { report } = build(files)
    const group = report.notices!.find(
      (g) => g.code === 'stop_time_with_arrival_before_previous_departure_time',
    )!
    expect(group).toMatchObject({ action: 'repaired', count: across })
    expect(group.examples[0].message).toMatch(
      /back to 00:0\d:00 .*: read as 24:0\d:00, past midnight/,
    )
    expect(report.dropped!.trips).toBe(0)
    // The same board as the feed that wrote 24:xx, and as the reference.
    const { got, ref } = board(files)
    expect(got).toEqual(baseBoard.got)
    expect(got).toEqual(ref)
  })

  it('a row with one identical duplicate, one arrival-only row: repaired', () => {
    const files = mutate(base, 'stop_times.txt', (rows) => {
      const i = rows.findIndex(sunday)
      rows[i + 1].departure_time = ''
      return [rows[i], ...rows]
    })
    expect(codes(files)).toEqual([
      ['stop_time_with_only_arrival_or_departure_time', 'repaired', 1],
      ['duplicate_key', 'repaired', 1],
    ])
  })

  it('an invalid agency_timezone: the site’s timezone, and the warning says so', () => {
    const files = mutate(base, 'agency.txt', (rows) => [
      { ...rows[0], agency_timezone: 'Pacific Time' },
    ])
    const { report, timetable } = build(files, 'America/Los_Angeles')
    expect(timetable!.timezone).toBe('America/Los_Angeles')
    expect(report.warnings.find((w) => w.code === 'invalid_timezone')).toMatchObject({
      code: 'invalid_timezone',
      action: 'repaired',
      file: 'agency.txt',
      line: 2,
      message:
        'agency_timezone "Pacific Time" is not a valid IANA time zone; using the site\'s timezone America/Los_Angeles instead',
    })
  })

  it('optional files missing (calendar_dates.txt, shapes.txt): nothing to say', () => {
    const { 'calendar_dates.txt': _, ...files } = base
    expect(build(files).report.refused).toBe(false)
    expect(codes(files)).toEqual([])
  })

  it('non-timepoint stops are interpolated and no-pickup stops are not departures', () => {
    // 70172 is a middle stop on most trips: no times on every other trip, no boarding on
    // every fifth.
    let n = 0
    const files = mutate(base, 'stop_times.txt', (rows) =>
      rows.map((r) => {
        if (r.stop_id !== '70172' || r.stop_sequence === '1') return r
        n++
        if (n % 5 === 0) return { ...r, pickup_type: '1' }
        if (n % 2 === 0) return { ...r, arrival_time: '', departure_time: '' }
        return r
      }),
    )
    const before = board(base, '70172')
    const { got, ref } = board(files, '70172')
    expect(got).toEqual(ref)
    expect(got.length).toBeLessThan(before.got.length)
    expect(got.filter((d) => !before.got.includes(d)).length).toBeGreaterThan(0)
  })
})

describe('untimed stops interpolated by shape_dist_traveled when given', () => {
  const trip = '6512143-CT-17JUL-Caltrain-Sunday-01' // 22:08 at 70261, 22:23 at 70221
  const SUNDAY = '20170723'
  /** The Sunday trip with no times at stop_sequence 2 and 3, and these distances. */
  const withDistances = (dist: Record<string, string>) =>
    mutate(base, 'stop_times.txt', (rows, header) => {
      header.push('shape_dist_traveled')
      return rows.map((r) => {
        if (r.trip_id !== trip) return r
        const row: CsvRow = { ...r, shape_dist_traveled: dist[r.stop_sequence] ?? '' }
        if (['2', '3'].includes(r.stop_sequence)) row.arrival_time = row.departure_time = ''
        return row
      })
    })
  /** The trip's departures at the two untimed stops. */
  const untimed = (files: GtfsFiles) => {
    const index = new TransitIndex(build(files).timetable!)
    return ['70241', '70231'].map(
      (stop) => index.timetableFor(stop, SUNDAY)!.find((d) => d.tripId === trip)?.departure,
    )
  }

  it('places a stop by the distance travelled, not by how many stops along', () => {
    // 12 and 14 of the 15 km between 22:08 and 22:23: 22:20 and 22:22 (by stop count 22:13, 22:18).
    const files = withDistances({ '1': '0', '2': '12000', '3': '14000', '4': '15000' })
    expect(untimed(files)).toEqual(['22:20:00', '22:22:00'])
    expect(codes(files)).toEqual([])
  })

  it('falls back to stop count when a distance is missing, invalid or goes back', () => {
    for (const dist of [
      { '1': '0', '2': '', '3': '14000', '4': '15000' },
      { '1': '0', '2': 'far', '3': '14000', '4': '15000' },
      { '1': '0', '2': '14000', '3': '12000', '4': '15000' },
    ])
      expect(untimed(withDistances(dist))).toEqual(['22:13:00', '22:18:00'])
    const invalid = withDistances({ '1': '0', '2': 'far', '3': '14000', '4': '15000' })
    expect(codes(invalid)).toEqual([['invalid_float', 'ignored', 1]])
  })

  it('matches the independent reading of the raw files on a whole feed', () => {
    // Every trip: distances from the stops' positions, no times at every other middle stop.
    const where = new Map(readCsv(base['stops.txt']).rows.map((s) => [s.stop_id, s]))
    const km = (a: CsvRow, b: CsvRow) =>
      Math.hypot(+a.stop_lat - +b.stop_lat, (+a.stop_lon - +b.stop_lon) * 0.8) * 111.2
    const change = (withDist: boolean) =>
      mutate(base, 'stop_times.txt', (rows, header) => {
        if (withDist) header.push('shape_dist_traveled')
        const last = new Map<string, CsvRow>()
        for (const r of rows) last.set(r.trip_id, r)
        let along = 0
        return rows.map((r, i) => {
          const before = rows[i - 1]
          along =
            before?.trip_id === r.trip_id
              ? along + km(where.get(before.stop_id)!, where.get(r.stop_id)!)
              : 0
          const untimed = along > 0 && last.get(r.trip_id) !== r && +r.stop_sequence % 2 === 0
          const row: CsvRow = { ...r }
          if (untimed) row.arrival_time = row.departure_time = ''
          if (withDist) row.shape_dist_traveled = along.toFixed(3)
          return row
        })
      })
    const byDistance = board(change(true), '70241')
    const byCount = board(change(false), '70241')
    expect(byDistance.got).toEqual(byDistance.ref)
    expect(byCount.got).toEqual(byCount.ref)
    expect(byDistance.got.filter((d) => !byCount.got.includes(d)).length).toBeGreaterThan(0)
  })
})

describe('the smallest broken unit dropped, with an error naming file and line', () => {
  it('a second, different row for a trip_id: the first kept', () => {
    const files = mutate(base, 'trips.txt', (rows) => [
      ...rows,
      { ...rows.find(sunday)!, trip_headsign: 'Elsewhere' },
    ])
    const { report, timetable } = build(files)
    expect(report.errors[0]).toMatchObject({
      code: 'duplicate_key',
      action: 'dropped',
      file: 'trips.txt',
      line: 190,
      message:
        'trip_id "6512143-CT-17JUL-Caltrain-Sunday-01" already on line 2; this row was left out',
    })
    expect(timetable!.trips.find((t) => sunday({ trip_id: t.id }))!.headsign).toBe(
      'San Francisco Caltrain Station',
    )
  })

  it('times going back (not a midnight wrap): the trip', () => {
    const files = mutate(base, 'stop_times.txt', (rows) => {
      const i = rows.findIndex(sunday) + 2
      rows[i] = { ...rows[i], arrival_time: '22:00:00', departure_time: '22:00:00' }
      return rows
    })
    const { report } = build(files)
    expect(report.errors).toEqual([
      expect.objectContaining({
        code: 'stop_time_with_arrival_before_previous_departure_time',
        action: 'dropped',
        file: 'stop_times.txt',
        line: lineOf(base, 'stop_times.txt', sunday) + 2,
      }),
    ])
    const rows = readCsv(base['stop_times.txt']).rows.filter(sunday).length
    expect(report.dropped).toMatchObject({ trips: 1, stopTimes: rows })
    expect(report.counts.trips).toBe(187)
  })

  it('no time at the last stop: the trip', () => {
    const files = mutate(base, 'stop_times.txt', (rows) =>
      rows.map((r, i) =>
        sunday(r) && !sunday(rows[i + 1] ?? {})
          ? { ...r, arrival_time: '', departure_time: '' }
          : r,
      ),
    )
    expect(codes(files)).toEqual([['missing_trip_edge', 'dropped', 1]])
  })

  it('a stop without a position: the stop and its stop times; trips run without it', () => {
    const files = mutate(base, 'stops.txt', (rows) =>
      rows.map((r) => (r.stop_id === '70241' ? { ...r, stop_lat: '' } : r)),
    )
    const { report } = build(files)
    expect(report.errors[0]).toMatchObject({
      code: 'missing_required_field',
      file: 'stops.txt',
      line: lineOf(base, 'stops.txt', (r) => r.stop_id === '70241'),
    })
    const fk = report.notices!.find(
      (g) => g.code === 'foreign_key_violation' && g.action === 'dropped',
    )!
    expect(fk.examples[0].message).toContain(
      'stop_id "70241" was left out; the trip runs without this stop',
    )
    expect(report.dropped).toMatchObject({ stops: 1, trips: 0 })
  })

  it('a route with an invalid route_type: the route and its trips', () => {
    const files = mutate(base, 'routes.txt', (rows) =>
      rows.map((r) => (r.route_id === 'Bu-129' ? { ...r, route_type: 'train' } : r)),
    )
    const { report } = build(files)
    expect(report.errors[0]).toMatchObject({ code: 'invalid_integer', file: 'routes.txt', line: 2 })
    expect(report.dropped!.routes).toBe(1)
    expect(report.dropped!.trips).toBeGreaterThan(0)
    expect(report.counts.routes).toBe(3)
  })

  it('a calendar row with an invalid date: the row; the service keeps its calendar_dates', () => {
    const files = mutate(base, 'calendar.txt', (rows) =>
      rows.map((r, i) => (i === 1 ? { ...r, end_date: '20190231' } : r)),
    )
    const { report, timetable } = build(files)
    expect(report.errors[0]).toMatchObject({ code: 'invalid_date', file: 'calendar.txt', line: 3 })
    expect(report.dropped).toMatchObject({ services: 1 })
    const sundays = timetable!.services.find((s) => s.id === 'CT-17JUL-Caltrain-Sunday-01')!
    expect(sundays).toMatchObject({ days: 0, start: '' })
    expect(sundays.added.length).toBeGreaterThan(0)
  })
})

describe('refused only when nothing usable remains', () => {
  it('no trip with two timed stops', () => {
    const files = mutate(base, 'stop_times.txt', (rows) =>
      rows.map((r) => ({ ...r, arrival_time: '', departure_time: '' })),
    )
    const { report, timetable } = build(files)
    expect(timetable).toBeNull()
    expect(report.refused).toBe(true)
    expect(report.errors.at(-1)).toMatchObject({ code: 'no_usable_trip', action: 'refused' })
  })

  it('no valid agency (an invalid timezone and no site timezone to fall back on)', () => {
    const files = mutate(base, 'agency.txt', (rows) => [
      { ...rows[0], agency_timezone: 'Pacific Time' },
    ])
    const { report, timetable } = build(files)
    expect(timetable).toBeNull()
    expect(report.errors.map((e) => [e.code, e.action])).toEqual([
      ['invalid_timezone', 'dropped'],
      ['no_usable_agency', 'refused'],
    ])
  })

  it('a required column missing in a required file', () => {
    const files = mutate(base, 'stop_times.txt', (rows) =>
      rows.map(({ stop_id: _, ...r }) => r as CsvRow),
    )
    const { header, ...rest } = { header: null, ...files }
    void header
    const { report } = build({
      ...rest,
      'stop_times.txt': new TextEncoder().encode(
        'trip_id,arrival_time,departure_time,stop_sequence\n',
      ),
    })
    expect(report.refused).toBe(true)
    expect(report.errors.map((e) => [e.code, e.action, e.file])).toEqual([
      ['missing_required_column', 'dropped', 'stop_times.txt'],
      ['required_file_unusable', 'refused', 'stop_times.txt'],
    ])
  })
})
