import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex, type Departure } from '@/lib/transit'
import { parseDeparturesQuery } from '@/lib/transit/params'
import { caltrainZip, fixtureZip } from '../helpers/gtfsFixtures'

const brief = (list: Departure[] | null) =>
  (list ?? []).map((d) => `${d.departure} ${d.tripId} ${d.routeId} ${d.headsign} ${d.serviceDate}`)

describe('Caltrain feed (real data)', () => {
  const { report, timetable } = buildTimetable(caltrainZip())
  const index = new TransitIndex(timetable!)

  it('reads every file, with row counts matching the raw files (wc -l minus the header)', () => {
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.files).toEqual({
      'agency.txt': 1,
      'calendar.txt': 3,
      'calendar_dates.txt': 8,
      'routes.txt': 4,
      'shapes.txt': 3008,
      'stop_times.txt': 3103,
      'stops.txt': 95,
      'trips.txt': 218,
    })
    expect(report.counts).toMatchObject({
      agencies: 1,
      routes: 4,
      stops: 95,
      trips: 218,
      stopTimes: 3103,
      shapes: 8,
      services: 3,
    })
    expect(report.timezone).toBe('America/Los_Angeles')
    expect(report.validity).toEqual({ start: '20140323', end: '20190331' })
  })

  it('lists lines by mode with their colours', () => {
    const groups = index.linesByMode()
    expect(groups.map((g) => g.mode)).toEqual(['rail', 'bus'])
    expect(groups[0].lines.map((l) => [l.routeId, l.color])).toEqual([
      ['Bu-16APR', '#E31837'],
      ['Li-16APR', '#FEF0B5'],
      ['Lo-16APR', '#FFFFFF'],
    ])
    expect(groups[1].lines[0]).toMatchObject({
      routeId: 'TaSj-16APR',
      name: 'Tamien / San Jose Diridon Caltrain Shuttle',
    })
  })

  it('gives an itinerary per direction with ordered stops and the shape', () => {
    const [north, south] = index.itineraries('Bu-16APR')!
    expect(north.direction).toBe(0)
    expect(south.direction).toBe(1)
    expect(south.stops[0].name).toBe('San Francisco Caltrain')
    expect(south.stops.at(-1)!.name).toBe('San Jose Diridon Caltrain')
    expect(north.stops[0].name).toBe(south.stops.at(-1)!.name)
    expect(south.shape.length).toBeGreaterThan(100)
    expect(index.itineraries('nope')).toBeNull()
  })

  it('lists the lines serving a station (through its platforms)', () => {
    expect(index.linesAtStop('ctsf').map((l) => l.routeId)).toEqual([
      'Bu-16APR',
      'Li-16APR',
      'Lo-16APR',
    ])
  })

  // Expected lists computed from the raw CSV with awk (trips.txt joined to stop_times.txt on
  // trip_id, stop_id 70012 = San Francisco southbound platform, sorted by departure_time).
  it('weekday departures from San Francisco (Wed 2016-04-06 after 07:00)', () => {
    expect(brief(index.nextDepartures('70012', '20160406', 7 * 3600, 6))).toEqual([
      '07:12:00 314 Bu-16APR DIRIDON STATION 2016-04-06',
      '07:19:00 216 Li-16APR DIRIDON STATION 2016-04-06',
      '07:24:00 218 Li-16APR TAMIEN STATION 2016-04-06',
      '07:44:00 220 Li-16APR TAMIEN STATION 2016-04-06',
      '07:56:00 322 Bu-16APR DIRIDON STATION 2016-04-06',
      '08:12:00 324 Bu-16APR DIRIDON STATION 2016-04-06',
    ])
    expect(index.timetableFor('70012', '20160406')).toHaveLength(46)
    expect(brief(index.timetableFor('70012', '20160406')!.slice(0, 2))).toEqual([
      '04:55:00 102 Lo-16APR DIRIDON STATION 2016-04-06',
      '05:25:00 104 Lo-16APR TAMIEN STATION 2016-04-06',
    ])
  })

  it('Saturday departures from San Francisco (2016-04-09 after 11:00), ending past midnight', () => {
    expect(brief(index.nextDepartures('70012', '20160409', 11 * 3600, 3))).toEqual([
      '11:15:00 428a Lo-16APR DIRIDON STATION 2016-04-09',
      '11:59:00 802a Bu-16APR DIRIDON STATION 2016-04-09',
      '12:15:00 430a Lo-16APR DIRIDON STATION 2016-04-09',
    ])
    const day = index.timetableFor('70012', '20160409')!
    expect(day).toHaveLength(18)
    expect(brief(day.slice(-2))).toEqual([
      '22:15:00 450a Lo-16APR DIRIDON STATION 2016-04-09',
      '24:01:00 454a Lo-16APR DIRIDON STATION 2016-04-09',
    ])
  })

  it('shows the previous service day’s trips after midnight (Sun 2016-04-10 00:00)', () => {
    expect(brief(index.nextDepartures('70012', '20160410', 0, 2))).toEqual([
      '24:01:00 454a Lo-16APR DIRIDON STATION 2016-04-09',
      '08:15:00 422u Lo-16APR DIRIDON STATION 2016-04-10',
    ])
    // From the station (parent ctsf), the same 24:01 departure is found through its platform.
    expect(index.nextDepartures('ctsf', '20160410', 0, 1)![0].tripId).toBe('454a')
  })

  it('Memorial Day 2016-05-30 runs the Sunday service instead of the weekday one', () => {
    const day = index.timetableFor('70012', '20160530')!
    expect(day).toHaveLength(16)
    expect(day.every((d) => d.tripId.endsWith('u'))).toBe(true)
    expect(brief(day.slice(0, 1))).toEqual(['08:15:00 422u Lo-16APR DIRIDON STATION 2016-05-30'])
    // The Monday after is a normal weekday again.
    expect(index.timetableFor('70012', '20160606')).toHaveLength(46)
  })

  it('knows unknown stops and the validity period', () => {
    expect(index.nextDepartures('nope', '20160406', 0)).toBeNull()
    expect(index.isWithinValidity('20200101')).toBe(false)
    expect(index.nearestValidDate('20200101')).toBe('20190331')
  })
})

describe('robustness fixtures', () => {
  it('reads BOM, CRLF, quoted fields, unknown columns, calendar_dates-only services, times past 24:00', () => {
    const { report, timetable } = buildTimetable(fixtureZip('robust'))
    expect(report.errors).toEqual([])
    expect(report.files).toEqual({
      'agency.txt': 1,
      'calendar_dates.txt': 3,
      'routes.txt': 2,
      'stop_times.txt': 7,
      'stops.txt': 5,
      'trips.txt': 3,
    })
    // Unknown columns are noted (validator code unknown_column, INFO) and ignored.
    expect(report.warnings).toEqual(
      expect.arrayContaining([
        {
          level: 'warning',
          code: 'unknown_column',
          action: 'ignored',
          file: 'agency.txt',
          line: 1,
          message: 'Unknown column "x_internal_code" ignored',
        },
        {
          level: 'warning',
          code: 'unknown_column',
          action: 'ignored',
          file: 'trips.txt',
          line: 1,
          message: 'Unknown column "x_note" ignored',
        },
      ]),
    )
    expect(report.notices).toEqual([
      expect.objectContaining({ code: 'unknown_column', severity: 'INFO', count: 3 }),
    ])
    const t = timetable!
    expect(t.agencies[0].name).toBe('Transportes "Plaza", S.A.')
    expect(t.routes[0].longName).toBe('Centro, Puerto')
    expect(t.stops.map((s) => s.name)).toEqual([
      'Plaza Mayor',
      'Calle "Nueva"',
      'Puerto,\r\nmuelle 3',
      'Estación Centro',
      'Estación Centro vía 1',
    ])
    expect(t.validity).toEqual({ start: '20260105', end: '20260110' })
    const index = new TransitIndex(t)
    expect(index.linesByMode().map((g) => g.mode)).toEqual(['metro', 'bus'])
    // The untimed middle stop is interpolated between 23:50 and 24:10.
    expect(brief(index.timetableFor('B', '20260105'))).toEqual(['24:00:00 n1 L1 Puerto 2026-01-05'])
    // At 01:00 on the 6th: first the 5th's service day (01:05 today), then the 6th's own
    // trip, which leaves at 01:05 the next morning.
    expect(brief(index.nextDepartures('C', '20260106', 3600, 5))).toEqual([
      '25:05:00 n2 L1 Plaza Mayor 2026-01-05',
      '25:05:00 n2 L1 Plaza Mayor 2026-01-06',
    ])
    // A service date with no calendar_dates entry has no service.
    expect(index.timetableFor('A', '20260107')).toEqual([])
    // The station aggregates its platform; the metro stops there.
    expect(index.linesAtStop('ST').map((l) => l.routeId)).toEqual(['M1'])
  })

  it('expands frequency-based trips into one trip per headway', () => {
    const { report, timetable } = buildTimetable(fixtureZip('frequencies'))
    expect(report.errors).toEqual([])
    expect(report.counts.frequencyTrips).toBe(6)
    const index = new TransitIndex(timetable!)
    expect(brief(index.nextDepartures('X', '20260302', 7 * 3600 + 15 * 60, 3))).toEqual([
      '07:20:00 t#26400 T1 Beta 2026-03-02',
      '07:30:00 t#27000 T1 Beta 2026-03-02',
      '07:40:00 t#27600 T1 Beta 2026-03-02',
    ])
    expect(index.timetableFor('X', '20260302')!.map((d) => d.departure)).toEqual([
      '07:00:00',
      '07:10:00',
      '07:20:00',
      '07:30:00',
      '07:40:00',
      '07:50:00',
    ])
    // Arrivals keep the template's 4-minute running time.
    expect(timetable!.stopTimes.arrival.slice(0, 2)).toEqual([25_200, 25_440])
  })

  it('leaves out an agency with an invalid timezone, or uses the site’s and says so', () => {
    // Without the site's timezone the only agency is left out, so nothing is usable.
    const refused = buildTimetable(fixtureZip('bad-timezone'))
    expect(refused.timetable).toBeNull()
    expect(refused.report.errors.map((i) => [i.code, i.action, i.file, i.line])).toEqual([
      ['invalid_timezone', 'dropped', 'agency.txt', 2],
      ['no_usable_agency', 'refused', 'agency.txt', undefined],
    ])
    const fallback = buildTimetable(fixtureZip('bad-timezone'), {
      fallbackTimezone: 'Europe/Madrid',
    })
    expect(fallback.timetable!.timezone).toBe('Europe/Madrid')
    expect(fallback.report.warnings[0]).toMatchObject({
      code: 'invalid_timezone',
      action: 'repaired',
      file: 'agency.txt',
      line: 2,
    })
    expect(fallback.report.warnings[0].message).toBe(
      'agency_timezone "Mars/Olympus_Mons" is not a valid IANA time zone; using the site\'s timezone Europe/Madrid instead',
    )
  })

  it('refuses a feed with a required file missing', () => {
    const { report, timetable } = buildTimetable(fixtureZip('missing-file'))
    expect(timetable).toBeNull()
    expect(report.refused).toBe(true)
    expect(report.errors).toEqual([
      {
        level: 'error',
        code: 'missing_required_file',
        action: 'refused',
        file: 'stop_times.txt',
        message: 'Required file is missing',
      },
    ])
  })

  it('leaves out bad rows one by one, and refuses when no trip remains', () => {
    const { report, timetable } = buildTimetable(fixtureZip('bad-rows'))
    expect(timetable).toBeNull()
    expect(report.errors.map((i) => [i.code, i.action, i.file, i.line, i.message])).toEqual([
      [
        'foreign_key_violation',
        'dropped',
        'trips.txt',
        3,
        'Trip "u": route_id "NOPE" is not imported; trip left out',
      ],
      [
        'invalid_time',
        'dropped',
        'stop_times.txt',
        3,
        'Trip "t": invalid time "7h04" (expected H:MM:SS); row left out',
      ],
      [
        'foreign_key_violation',
        'dropped',
        'stop_times.txt',
        4,
        'Trip "t": stop_id "Z" is not in stops.txt; the trip runs without this stop',
      ],
      // Its other rows were left out, which leaves trip t too short to run: nothing remains.
      [
        'unusable_trip',
        'dropped',
        'trips.txt',
        2,
        'Trip "t" has only one usable stop time; left out',
      ],
      [
        'no_usable_trip',
        'refused',
        'trips.txt',
        undefined,
        'No trip has two usable stop times: there is no timetable to show',
      ],
    ])
    expect(report.warnings.map((i) => [i.code, i.action, i.file, i.line])).toEqual([
      ['invalid_color', 'ignored', 'routes.txt', 2],
    ])
  })

  it('refuses a file that is not a zip', () => {
    const { report, timetable } = buildTimetable(new TextEncoder().encode('not a zip at all'))
    expect(timetable).toBeNull()
    expect(report.errors[0].file).toBe('(zip)')
    expect(report.errors[0].message).toMatch(/^Not a readable zip archive/)
  })
})

describe('departures query parameters', () => {
  const now = new Date('2016-04-06T15:30:00Z') // 08:30 in Los Angeles (PDT)
  const parse = (q: string) =>
    parseDeparturesQuery(new URLSearchParams(q), 'America/Los_Angeles', now)

  it('defaults to today and now in the feed timezone', () => {
    expect(parse('')).toEqual({
      ok: true,
      date: '20160406',
      afterSeconds: 8 * 3600 + 30 * 60,
      limit: 10,
    })
    expect(parse('date=2016-04-09')).toEqual({
      ok: true,
      date: '20160409',
      afterSeconds: 0,
      limit: 10,
    })
    expect(parse('date=2016-04-09&after=23:05&limit=3')).toEqual({
      ok: true,
      date: '20160409',
      afterSeconds: 23 * 3600 + 5 * 60,
      limit: 3,
    })
  })

  it.each([
    ['date=2016-02-30', '`date`'],
    ['date=tomorrow', '`date`'],
    ['after=24:00', '`after`'],
    ['after=7:5', '`after`'],
    ['limit=0', '`limit`'],
    ['limit=101', '`limit`'],
    ['limit=2.5', '`limit`'],
  ])('refuses %s with a message naming the parameter', (q, name) => {
    const result = parse(q)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.startsWith(name)).toBe(true)
  })
})
