// GTFS times count from "noon minus 12 h" of the service date in the agency's timezone
// (GTFS reference, stop_times.txt): midnight on most days, 23:00 the evening before on a
// spring-forward day, 01:00 on a fall-back day. Every expected instant below was worked
// out by hand from the offsets (Madrid CET +01:00 / CEST +02:00, changes 2026-03-29 02:00
// and 2026-10-25 03:00; Los Angeles PST −08:00 / PDT −07:00, 2016-03-13 and 2016-11-06).
import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex, type Departure } from '@/lib/transit'
import { gtfsInstant, serviceDayStart, wallTimeToInstant } from '@/lib/transit/time'
import { caltrainZip, fixtureZip } from '../helpers/gtfsFixtures'

const iso = (ms: number) => new Date(ms).toISOString()
const brief = (list: Departure[] | null) =>
  (list ?? []).map((d) => `${d.tripId}@${d.serviceDate} ${iso(d.at)} ${d.date} ${d.time}`)

describe('service day start ("noon minus 12 h")', () => {
  it('is local midnight on an ordinary day', () => {
    expect(iso(serviceDayStart('20260301', 'Europe/Madrid'))).toBe('2026-02-28T23:00:00.000Z')
    expect(iso(serviceDayStart('20260601', 'Europe/Madrid'))).toBe('2026-05-31T22:00:00.000Z')
    expect(iso(serviceDayStart('20160406', 'America/Los_Angeles'))).toBe('2016-04-06T07:00:00.000Z')
  })

  it('is 23:00 the evening before on a spring-forward day', () => {
    // Noon CEST = 10:00Z, minus 12 h = 22:00Z on the 28th = 23:00 CET.
    expect(iso(serviceDayStart('20260329', 'Europe/Madrid'))).toBe('2026-03-28T22:00:00.000Z')
    // Noon PDT = 19:00Z, minus 12 h = 07:00Z = 23:00 PST on the 12th.
    expect(iso(serviceDayStart('20160313', 'America/Los_Angeles'))).toBe('2016-03-13T07:00:00.000Z')
  })

  it('is 01:00 on a fall-back day', () => {
    // Noon CET = 11:00Z, minus 12 h = 23:00Z on the 24th = 01:00 CEST on the 25th.
    expect(iso(serviceDayStart('20261025', 'Europe/Madrid'))).toBe('2026-10-24T23:00:00.000Z')
    // Noon PST = 20:00Z, minus 12 h = 08:00Z = 01:00 PDT.
    expect(iso(serviceDayStart('20161106', 'America/Los_Angeles'))).toBe('2016-11-06T08:00:00.000Z')
    expect(iso(gtfsInstant('20161106', 8 * 3600, 'America/Los_Angeles'))).toBe(
      '2016-11-06T16:00:00.000Z', // 08:00 PST
    )
  })

  it('reads a skipped wall time as the hour after, a repeated one as its first occurrence', () => {
    expect(iso(wallTimeToInstant('20260329', 2.5 * 3600, 'Europe/Madrid'))).toBe(
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
    )
    expect(iso(wallTimeToInstant('20261025', 2.5 * 3600, 'Europe/Madrid'))).toBe(
      '2026-10-25T00:30:00.000Z', // 02:30 CEST, the first of the two
    )
  })
})

describe('departures on DST-change nights (hand-made Madrid night bus)', () => {
  const index = new TransitIndex(buildTimetable(fixtureZip('dst-madrid')).timetable!)

  it('spring forward: early trips of the 29th leave on the evening of the 28th', () => {
    expect(brief(index.timetableFor('SOL', '20260329'))).toEqual([
      't0030@2026-03-29 2026-03-28T22:30:00.000Z 2026-03-28 23:30',
      't0130@2026-03-29 2026-03-28T23:30:00.000Z 2026-03-29 00:30',
      't0230@2026-03-29 2026-03-29T00:30:00.000Z 2026-03-29 01:30',
      't0330@2026-03-29 2026-03-29T01:30:00.000Z 2026-03-29 03:30',
      't0800@2026-03-29 2026-03-29T06:00:00.000Z 2026-03-29 08:00',
      't2530@2026-03-29 2026-03-29T23:30:00.000Z 2026-03-30 01:30',
    ])
  })

  it('spring forward: next departures from 23:00 on the 28th mix three service days in order', () => {
    // 23:00 CET on the 28th = 22:00Z. The 28th's 25:30 trip: midnight CET (23:00Z on the
    // 27th) + 25.5 h = 00:30Z on the 29th, the same instant as the 29th's 02:30 trip.
    const expected = [
      't0030@2026-03-29 2026-03-28T22:30:00.000Z 2026-03-28 23:30',
      't0130@2026-03-29 2026-03-28T23:30:00.000Z 2026-03-29 00:30',
      't0230@2026-03-29 2026-03-29T00:30:00.000Z 2026-03-29 01:30',
      't2530@2026-03-28 2026-03-29T00:30:00.000Z 2026-03-29 01:30',
      't0330@2026-03-29 2026-03-29T01:30:00.000Z 2026-03-29 03:30',
    ]
    expect(brief(index.nextDeparturesAt('SOL', Date.parse('2026-03-28T22:00:00Z'), 5))).toEqual(
      expected,
    )
    // The same question asked as a wall-clock time (the API's date + after).
    expect(brief(index.nextDepartures('SOL', '20260328', 23 * 3600, 5))).toEqual(expected)
  })

  it('fall back: trips before 03:00 read an hour later than midnight-based times', () => {
    expect(brief(index.timetableFor('SOL', '20261025'))).toEqual([
      't0030@2026-10-25 2026-10-24T23:30:00.000Z 2026-10-25 01:30',
      't0130@2026-10-25 2026-10-25T00:30:00.000Z 2026-10-25 02:30',
      't0230@2026-10-25 2026-10-25T01:30:00.000Z 2026-10-25 02:30',
      't0330@2026-10-25 2026-10-25T02:30:00.000Z 2026-10-25 03:30',
      't0800@2026-10-25 2026-10-25T07:00:00.000Z 2026-10-25 08:00',
      't2530@2026-10-25 2026-10-26T00:30:00.000Z 2026-10-26 01:30',
    ])
  })

  it('fall back: from 01:00 CEST the 24th’s 25:30 trip and the 25th’s 00:30 trip leave together', () => {
    // The 24th starts at midnight CEST (22:00Z on the 23rd) + 25.5 h = 23:30Z on the 24th.
    expect(brief(index.nextDeparturesAt('SOL', Date.parse('2026-10-24T23:00:00Z'), 4))).toEqual([
      't0030@2026-10-25 2026-10-24T23:30:00.000Z 2026-10-25 01:30',
      't2530@2026-10-24 2026-10-24T23:30:00.000Z 2026-10-25 01:30',
      't0130@2026-10-25 2026-10-25T00:30:00.000Z 2026-10-25 02:30',
      't0230@2026-10-25 2026-10-25T01:30:00.000Z 2026-10-25 02:30',
    ])
    // In the repeated hour (02:15 CET = 01:15Z), the first 02:30 has already left.
    expect(brief(index.nextDeparturesAt('SOL', Date.parse('2026-10-25T01:15:00Z'), 1))).toEqual([
      't0230@2026-10-25 2026-10-25T01:30:00.000Z 2026-10-25 02:30',
    ])
  })
})

// From the raw files: trip 454a (Saturday service) leaves 70012 at 24:01:00, and 422u
// (Sunday service) is Sunday's first from 70012, at 8:15:00.
describe('departures on DST-change nights (Caltrain, America/Los_Angeles)', () => {
  const index = new TransitIndex(buildTimetable(caltrainZip()).timetable!)

  it('spring forward: Saturday’s 24:01 trip leaves at 00:01 PST, Sunday’s first at 08:15 PDT', () => {
    // Sat 12 March starts at midnight PST (08:00Z) + 24:01 = 08:01Z on the 13th.
    expect(brief(index.nextDepartures('70012', '20160313', 0, 2))).toEqual([
      '454a@2016-03-12 2016-03-13T08:01:00.000Z 2016-03-13 00:01',
      '422u@2016-03-13 2016-03-13T15:15:00.000Z 2016-03-13 08:15',
    ])
  })

  it('fall back: Saturday’s 24:01 trip leaves at 00:01 PDT, Sunday’s first at 08:15 PST', () => {
    // Sat 5 November starts at midnight PDT (07:00Z) + 24:01 = 07:01Z on the 6th; Sunday
    // the 6th starts at 08:00Z, so its 08:15:00 is 16:15Z.
    expect(brief(index.nextDepartures('70012', '20161106', 0, 2))).toEqual([
      '454a@2016-11-05 2016-11-06T07:01:00.000Z 2016-11-06 00:01',
      '422u@2016-11-06 2016-11-06T16:15:00.000Z 2016-11-06 08:15',
    ])
  })
})
