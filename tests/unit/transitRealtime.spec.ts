// The GTFS-Realtime rules applied to one trip, without a database: propagation, NO_DATA,
// skipped stops, trip-level delay, service dates, absolute times; and decoding of hostile bytes.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { buildTimetable } from '../../src/lib/transit/build'
import { TransitIndex } from '../../src/lib/transit/query'
import { liveDeparture, liveDepartures } from '../../src/lib/transit/realtime/apply'
import { feedUrlProblem, fetchFeed } from '../../src/lib/transit/realtime/fetchFeed'
import { pickTranslation } from '../../src/lib/transit/realtime/live'
import { resolveTripUpdates } from '../../src/lib/transit/realtime/resolve'
import {
  decodeFeed,
  encodeFeed,
  STOP_NO_DATA,
  STOP_SKIPPED,
  type RtTripUpdate,
} from '../../src/lib/transit/realtime/schema'
import type { FeedSnapshot, TripRealtime } from '../../src/lib/transit/realtime/types'
import {
  feedMessage,
  realtimeGtfsZip,
  RT_STOPS,
  startRealtimeServer,
} from '../helpers/realtimeFeed'

const index = new TransitIndex(buildTimetable(realtimeGtfsZip(60)).timetable!)
// Trip T600 leaves S1 at 10:00, S2 10:10 … S5 10:40 (Europe/Madrid) every day.
const DATE = '20260615'

function snapshotOf(updates: RtTripUpdate[]): FeedSnapshot<TripRealtime> {
  const feed = decodeFeed(
    encodeFeed(feedMessage(updates.map((tripUpdate, i) => ({ id: `${i}`, tripUpdate })))),
  )
  if (typeof feed === 'string') throw new Error(feed)
  const { items } = resolveTripUpdates(index.timetable, feed)
  return { fetchedAt: Date.now(), feedTimestamp: null, items }
}

/** The live departure of T600 at each stop but the last (which is not a departure). */
function along(updates: RtTripUpdate[]) {
  const snapshot = snapshotOf(updates)
  return RT_STOPS.slice(0, -1).map((stop) => {
    const d = index.timetableFor(stop, DATE)!.find((x) => x.tripId === 'T600')!
    const live = liveDeparture(index, snapshot, d)
    return live.cancelled ? 'cancelled' : live.skipped ? 'skipped' : live.delaySeconds
  })
}

describe('GTFS-Realtime rules on a trip', () => {
  it('carries a stop delay to later stops until the next update', () => {
    expect(
      along([
        {
          trip: { tripId: 'T600' },
          stopTimeUpdate: [
            { stopSequence: 20, departure: { delay: 120 } },
            { stopSequence: 40, arrival: { delay: 30 } },
          ],
        },
      ]),
    ).toEqual([null, 120, 120, 30])
  })

  it('uses the trip-level delay before the first stop update', () => {
    expect(
      along([
        {
          trip: { tripId: 'T600' },
          delay: 60,
          stopTimeUpdate: [{ stopId: 'S3', departure: { delay: 300 } }],
        },
      ]),
    ).toEqual([60, 60, 300, 300])
  })

  it('shows a skipped stop as such and passes on the delay from before it', () => {
    expect(
      along([
        {
          trip: { tripId: 'T600' },
          stopTimeUpdate: [
            { stopId: 'S1', departure: { delay: 90 } },
            { stopId: 'S2', scheduleRelationship: STOP_SKIPPED },
          ],
        },
      ]),
    ).toEqual([90, 'skipped', 90, 90])
  })

  it('knows nothing after NO_DATA', () => {
    expect(
      along([
        {
          trip: { tripId: 'T600' },
          stopTimeUpdate: [
            { stopId: 'S1', departure: { delay: 90 } },
            { stopId: 'S3', scheduleRelationship: STOP_NO_DATA },
          ],
        },
      ]),
    ).toEqual([90, 90, null, null])
  })

  it('applies an update only to the service day it names', () => {
    expect(along([{ trip: { tripId: 'T600', startDate: '20260616' }, delay: 60 }])).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(along([{ trip: { tripId: 'T600', startDate: DATE }, delay: 60 }])).toEqual([
      60, 60, 60, 60,
    ])
  })

  it('lists a late bus whose scheduled time has passed, and drops one predicted gone', () => {
    const d = index.timetableFor('S3', DATE)!.find((x) => x.tripId === 'T600')!
    const snapshot = snapshotOf([{ trip: { tripId: 'T600' }, delay: 600 }])
    const list = liveDepartures(index, snapshot, 'S3', d.at + 5 * 60_000, 3)!
    expect(list[0]).toMatchObject({ tripId: 'T600', status: 'realtime', delaySeconds: 600 })
    expect(list[1]).toMatchObject({ tripId: 'T660', status: 'scheduled' })
    const early = snapshotOf([{ trip: { tripId: 'T660' }, delay: -1800 }])
    const after = liveDepartures(index, early, 'S3', d.at + 31 * 60_000, 3)!
    expect(after.map((x) => x.tripId)).not.toContain('T660')
  })

  it('finds a late bus at a busy stop, behind many on-time departures', () => {
    // A bus every 15 s: 80 departures in the ten minutes before the late one is due.
    const busy = new TransitIndex(buildTimetable(realtimeGtfsZip(0.25)).timetable!)
    const d = busy.timetableFor('S3', DATE)!.find((x) => x.tripId === 'T600')!
    const feed = decodeFeed(
      encodeFeed(feedMessage([{ id: '1', tripUpdate: { trip: { tripId: 'T600' }, delay: 720 } }])),
    )
    if (typeof feed === 'string') throw new Error(feed)
    const snapshot = { fetchedAt: Date.now(), feedTimestamp: null, items: [] as TripRealtime[] }
    snapshot.items = resolveTripUpdates(busy.timetable, feed).items
    const list = liveDepartures(busy, snapshot, 'S3', d.at + 10 * 60_000, 60)!
    expect(list.find((x) => x.tripId === 'T600')).toMatchObject({
      status: 'realtime',
      delaySeconds: 720,
      predictedAt: d.at + 12 * 60_000,
    })
  })
})

describe('decoding', () => {
  it('refuses bytes that are not a feed, and DIFFERENTIAL feeds', () => {
    expect(decodeFeed(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toMatch(/not a GTFS-Realtime feed/)
    expect(decodeFeed(new Uint8Array(0))).toMatch(/no header/)
    const differential = encodeFeed({ header: { gtfsRealtimeVersion: '2.0', incrementality: 1 } })
    expect(decodeFeed(differential)).toMatch(/DIFFERENTIAL/)
  })

  it('counts unknown trips and stops', () => {
    const feed = decodeFeed(
      encodeFeed(
        feedMessage([
          { id: 'a', tripUpdate: { trip: { tripId: 'NOPE' } } },
          {
            id: 'b',
            tripUpdate: { trip: { tripId: 'T600' }, stopTimeUpdate: [{ stopSequence: 999 }] },
          },
        ]),
      ),
    )
    if (typeof feed === 'string') throw new Error(feed)
    expect(resolveTripUpdates(index.timetable, feed).counts).toEqual({
      entities: 2,
      used: 1,
      unknownTrips: 1,
      unknownStops: 1,
    })
  })

  it("picks the page's language, then an untagged text, then the first", () => {
    const list = [
      { language: 'es', text: 'hola' },
      { language: 'en-gb', text: 'hello' },
    ]
    expect(pickTranslation(list, 'en')).toBe('hello')
    expect(pickTranslation(list, 'fr')).toBe('hola')
    expect(pickTranslation([...list, { language: '', text: 'plain' }], 'fr')).toBe('plain')
  })
})

describe('where feeds may be fetched from', () => {
  it('refuses private and loopback addresses, credentials and other schemes', () => {
    for (const url of [
      'http://10.0.0.5/tu',
      'http://127.0.0.1:8080/tu',
      'http://[::1]/tu',
      'http://169.254.169.254/latest',
    ]) {
      expect(feedUrlProblem(url, {})).toMatch(/private or loopback/)
    }
    expect(feedUrlProblem('https://user:pw@rt.example/tu', {})).toMatch(/credentials/)
    expect(feedUrlProblem('file:///etc/passwd', {})).toMatch(/http/)
    expect(feedUrlProblem('https://rt.example/tu?key=1', {})).toBeNull()
    // The test switch is ignored in production.
    expect(
      feedUrlProblem('http://127.0.0.1/tu', {
        PLAZA_REALTIME_ALLOW_LOCAL: '1',
        NODE_ENV: 'production',
      }),
    ).toMatch(/private/)
  })

  it('refuses a host name that resolves to a loopback address when connecting', async () => {
    const server = await startRealtimeServer()
    try {
      server.set('/tu', { feed: feedMessage([]) })
      const port = new URL(server.origin).port
      await expect(fetchFeed(`http://localhost:${port}/tu`, { env: {} })).rejects.toThrow(
        /resolves to a private or loopback address/,
      )
      const bytes = await fetchFeed(`http://localhost:${port}/tu`, {
        env: { PLAZA_REALTIME_ALLOW_LOCAL: '1' },
      })
      expect(typeof decodeFeed(bytes)).toBe('object')
    } finally {
      await server.close()
    }
  })
  it('refuses redirects, error statuses and a declared size over the cap before reading', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: '/tu' }).end()
      else if (req.url === '/busy') res.writeHead(503).end('busy')
      else {
        res.writeHead(200, { 'content-type': 'application/x-protobuf', 'content-length': 2048 })
        res.end(Buffer.alloc(2048))
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const env = { PLAZA_REALTIME_ALLOW_LOCAL: '1' }
    try {
      await expect(fetchFeed(`${origin}/moved`, { env })).rejects.toThrow(
        /redirect \(302\), which is not followed/,
      )
      await expect(fetchFeed(`${origin}/busy`, { env })).rejects.toThrow(/HTTP 503/)
      await expect(fetchFeed(`${origin}/big`, { env, maxBytes: 1024 })).rejects.toThrow(
        /larger than 1024 bytes/,
      )
      expect((await fetchFeed(`${origin}/big`, { env, maxBytes: 4096 })).byteLength).toBe(2048)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
