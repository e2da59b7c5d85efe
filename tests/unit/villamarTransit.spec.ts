import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'

import { services } from '@/lib/seed/data/services'
import { villamarFeedZip, villamarFeedWindow } from '@/lib/seed/villamarTransit'
import { buildTimetable } from '@/lib/transit/build'
import { TransitIndex } from '@/lib/transit/query'
import { buildStopIndex, nearestStops, NEARBY_STOPS_MAX_METRES } from '@/lib/transit/stopIndex'
import { serviceDayStart } from '@/lib/transit/time'

// The demo city's generated timetable (src/lib/seed/villamarTransit.ts), read back through
// the importer the seed uses.
const SEED_DATE = '2026-12-03' // a Thursday
const zip = villamarFeedZip(SEED_DATE)
const built = buildTimetable(zip)
const index = new TransitIndex(built.timetable!)
const ZONE = 'Europe/Madrid'
const at = (date: string, hh: number, mm = 0) =>
  serviceDayStart(date, ZONE) + (hh * 60 + mm) * 60_000
const text = (file: string) => strFromU8(unzipSync(zip)[file])

describe('Villamar demo feed', () => {
  it('is accepted by the importer with no error and no warning', () => {
    expect(built.report.errors).toEqual([])
    expect(built.report.warnings).toEqual([])
    expect(built.report.timezone).toBe('Europe/Madrid')
    const modes = index.linesByMode().map((group) => [group.mode, group.lines.length])
    expect(modes).toEqual([
      ['metro', 1],
      ['bus', 4],
    ])
  })

  it('gives the same bytes for the same seed date, whatever the machine’s time zone', () => {
    const original = process.env.TZ
    try {
      process.env.TZ = 'America/Los_Angeles'
      const elsewhere = villamarFeedZip(SEED_DATE)
      process.env.TZ = 'Asia/Tokyo'
      expect(Buffer.from(villamarFeedZip(SEED_DATE)).equals(Buffer.from(elsewhere))).toBe(true)
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
    expect(Buffer.from(villamarFeedZip(SEED_DATE)).equals(Buffer.from(zip))).toBe(true)
    expect(Buffer.from(villamarFeedZip('2026-12-04')).equals(Buffer.from(zip))).toBe(false)
  })

  it('is valid from the day before the seed date to the same date a year later', () => {
    expect(built.report.validity).toEqual({ start: '20261202', end: '20271203' })
    expect(villamarFeedWindow('2028-02-29')).toEqual({ start: '20280228', end: '20290301' })
    expect(index.isWithinValidity('20271203')).toBe(true)
    expect(index.isWithinValidity('20271204')).toBe(false)
  })

  it('has departures at Villamar Centro at any time of day, weekdays, weekends and holidays', () => {
    for (const date of ['20261203', '20261205', '20261206', '20261208']) {
      for (let minute = 0; minute < 24 * 60; minute += 15) {
        const now = at(date, 0, minute)
        const next = index.nextDeparturesAt('centro', now, 1)
        expect(next?.[0]?.at, `${date} +${minute} min`).toBeLessThanOrEqual(now + 45 * 60_000)
      }
    }
  })

  it('runs a night bus past midnight, on the previous service day', () => {
    expect(text('stop_times.txt')).toMatch(/^N1-NOC-0-2410,24:10:00,24:10:00,centro-bus,1$/m)
    const [night] = index.nextDeparturesAt('centro', at('20261204', 1, 0), 1)!
    expect(night).toMatchObject({
      routeId: 'N1',
      serviceDate: '2026-12-03',
      departure: '25:30:00',
      time: '01:30',
      date: '2026-12-04',
    })
  })

  it('runs the weekend service on public holidays that fall on weekdays', () => {
    const dates = text('calendar_dates.txt')
    // Tuesday 8 December (Immaculate Conception) and Wednesday 6 January (Epiphany).
    for (const day of ['20261208', '20270106']) {
      expect(dates).toContain(`LAB,${day},2\nFES,${day},1\n`)
    }
    const firstBus = (date: string) =>
      index.timetableFor('b-poli-campanar', date)!.find((d) => d.routeId === '3')!.departure
    expect(firstBus('20261207')).toBe('06:00:00') // Monday
    expect(firstBus('20261208')).toBe('07:00:00') // the holiday: as on Sunday
    expect(firstBus('20261206')).toBe('07:00:00') // Sunday
  })

  it('has a station with a platform per metro direction and a bus bay', () => {
    const centro = index.stop('centro')!
    expect(centro.locationType).toBe(1)
    const children = index.timetable.stops.filter((s) => s.parent >= 0)
    expect(children.map((s) => [s.id, s.platformCode, index.timetable.stops[s.parent].id])).toEqual(
      [
        ['centro-1', '1', 'centro'],
        ['centro-2', '2', 'centro'],
        ['centro-bus', 'A', 'centro'],
      ],
    )
    expect(index.linesAtStop('centro').map((l) => l.routeId)).toEqual(['L1', '12', 'N1'])
  })

  it('puts a stop within walking distance of every demo service location', () => {
    const stops = buildStopIndex(index)
    for (const service of services) {
      for (const location of service.locations) {
        const [nearest] = nearestStops(stops, location.lngLat, { limit: 1 })
        expect(nearest?.distanceMetres, service.slug).toBeLessThanOrEqual(NEARBY_STOPS_MAX_METRES)
      }
    }
    // Platforms are reached through their station: the city hall office sees the station.
    const cityHall = services.find((s) => s.slug === 'citizen-office-city-hall')!
    const [near] = nearestStops(stops, cityHall.locations[0].lngLat, { limit: 1 })
    expect(near.stop.stopId).toBe('centro')
  })
})
