import { unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildTimetable, TransitIndex } from '@/lib/transit'
import { caltrainZip, REAL_FEEDS, realFeedFiles } from '../helpers/gtfsFixtures'
import { referenceBoard, sortBoard, type GtfsFiles } from '../helpers/gtfsReference'

// Feeds operators published (see each NOTICE), with their real defects: the import keeps
// what is usable, and the departure board of each feed's busiest stop on its busiest day
// equals an independent reading of the raw files (tests/helpers/gtfsReference.ts).

const feeds: [string, () => GtfsFiles][] = [
  ...REAL_FEEDS.map((name): [string, () => GtfsFiles] => [name, () => realFeedFiles(name)]),
  ['caltrain-2016 (zip)', () => unzipSync(caltrainZip())],
]

describe('real GTFS feeds', () => {
  it('has at least eight of them', () => {
    expect(feeds.length).toBeGreaterThanOrEqual(8)
  })

  it.each(feeds)('%s: imports, and the busiest stop’s board matches the raw files', (_, files) => {
    const raw = files()
    const { report, timetable } = buildTimetable(zipSync(raw), { fallbackTimezone: 'UTC' })
    expect(report.refused).toBe(false)
    const reference = referenceBoard(raw)
    expect(reference.departures.length).toBeGreaterThan(0)
    const board = new TransitIndex(timetable!).timetableFor(reference.stopId, reference.date)!
    expect(sortBoard(board.map((d) => `${d.departure} ${d.tripId}`))).toEqual(reference.departures)
  })
})
