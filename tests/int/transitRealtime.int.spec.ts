// Live departures from GTFS-Realtime on a real database, over real HTTP: a local server on
// 127.0.0.1 serves protobuf made for the imported timetable (and hostile answers); the poller
// stores what it read; the departures API applies it (delay propagation, cancelled trips,
// skipped stops) and falls back to the timetable when the data is stale or the feed broken.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetRateLimits } from '../../src/lib/http/rateLimit'
import { operatorAlerts, stopBoard } from '../../src/lib/transit/realtime/live'
import { pollRealtimeOnce } from '../../src/lib/transit/realtime/poll'
import { forgetRealtimeState, readRealtime } from '../../src/lib/transit/realtime/store'
import type { Departure } from '../../src/lib/transit/departureIndex'
import {
  forgetActiveTimetable,
  importZip,
  loadActiveTimetable,
} from '../../src/lib/transit/storage'
import { TRIP_CANCELED, STOP_SKIPPED } from '../../src/lib/transit/realtime/schema'
import {
  feedMessage,
  realtimeGtfsZip,
  startRealtimeServer,
  type RealtimeServer,
} from '../helpers/realtimeFeed'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let feeds: RealtimeServer
let api: RouteServer
/** The next four trips leaving S3, at least five minutes from now. */
let next: Departure[]

const setFeeds = async (urls: Record<string, string | null>, extra: object = {}) => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { transitRealtime: { ...urls, ...extra } } as never,
    context: { disableRevalidate: true },
  })
  forgetRealtimeState()
}

const status = () =>
  payload.findGlobal({ slug: 'transit-realtime', depth: 0, overrideAccess: true })

const departures = async (stop = 'S3') => {
  resetRateLimits()
  forgetRealtimeState()
  const answer = await httpRequest(`${api.origin}/api/transit/stops/${stop}/departures?limit=8`)
  expect(answer.status, answer.text).toBe(200)
  return answer.json() as {
    tripId: string
    status: string
    delaySeconds: number | null
    predicted: string | null
    cancelled: boolean
    skipped: boolean
    departure: string
  }[]
}

beforeAll(async () => {
  process.env.PLAZA_REALTIME_ALLOW_LOCAL = '1'
  process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '100000/60'
  ctx = await startTestPayload()
  payload = ctx.payload
  forgetActiveTimetable()
  forgetRealtimeState()
  const outcome = await importZip(payload, realtimeGtfsZip(), 'realtime.zip')
  expect(outcome.ok).toBe(true)
  const active = await loadActiveTimetable(payload)
  next = active!.index.nextDeparturesAt('S3', Date.now() + 5 * 60_000, 4)!
  feeds = await startRealtimeServer()
  api = await startRouteServer(await plazaApiDispatch())
}, 60_000)

afterAll(async () => {
  await feeds?.close()
  await api?.close()
  forgetActiveTimetable()
  forgetRealtimeState()
  await ctx?.cleanup()
  delete process.env.PLAZA_REALTIME_ALLOW_LOCAL
  delete process.env.PLAZA_RATE_LIMIT_PUBLIC_API
})

describe('live departures from TripUpdates', () => {
  it('applies delays along the trip, cancellations and skipped stops, and marks each departure', async () => {
    const [a, b, c, d] = next
    const seq = (n: number) => n * 10
    feeds.set('/tu', {
      feed: feedMessage([
        // 4 min late at S1 (stop_sequence 10): S2 and S3 have no update of their own.
        {
          id: '1',
          tripUpdate: {
            trip: { tripId: a.tripId },
            stopTimeUpdate: [{ stopSequence: seq(1), departure: { delay: 240 } }],
          },
        },
        {
          id: '2',
          tripUpdate: { trip: { tripId: b.tripId, scheduleRelationship: TRIP_CANCELED } },
        },
        // Skips S3; its delay at S2 must not be shown at S3.
        {
          id: '3',
          tripUpdate: {
            trip: { tripId: c.tripId },
            stopTimeUpdate: [
              { stopId: 'S2', departure: { delay: 60 } },
              { stopId: 'S3', scheduleRelationship: STOP_SKIPPED },
            ],
          },
        },
        // An absolute time at S2 (two minutes early), given by stop_id.
        {
          id: '4',
          tripUpdate: {
            trip: { tripId: d.tripId },
            stopTimeUpdate: [
              { stopId: 'S2', departure: { time: Math.round((d.at - 600_000 - 120_000) / 1000) } },
              { stopId: 'NOWHERE', departure: { delay: 5 } },
            ],
          },
        },
        { id: '5', tripUpdate: { trip: { tripId: 'NOT-A-TRIP' }, delay: 100 } },
      ]),
    })
    await setFeeds(
      { tripUpdatesUrl: `${feeds.origin}/tu` },
      {
        headers: [{ name: 'x-api-key', value: 'operator-secret' }],
      },
    )
    const [result] = await pollRealtimeOnce(payload)
    expect(result).toMatchObject({ kind: 'tripUpdates', ok: true })
    expect(feeds.seen.get('/tu')?.['x-api-key']).toBe('operator-secret')

    const stored = await status()
    expect(stored.tripUpdates).toMatchObject({
      entities: 5,
      used: 4,
      unknownTrips: 1,
      unknownStops: 1,
    })
    expect(stored.tripUpdates?.lastSuccessAt).toBeTruthy()

    const list = await departures()
    const byTrip = new Map(list.map((x) => [x.tripId, x]))
    expect(byTrip.get(a.tripId)).toMatchObject({
      status: 'realtime',
      delaySeconds: 240,
      cancelled: false,
    })
    expect(Date.parse(byTrip.get(a.tripId)!.predicted!)).toBe(a.at + 240_000)
    expect(byTrip.get(b.tripId)).toMatchObject({
      status: 'realtime',
      cancelled: true,
      predicted: null,
    })
    expect(byTrip.get(c.tripId)).toMatchObject({
      status: 'realtime',
      skipped: true,
      predicted: null,
    })
    expect(byTrip.get(d.tripId)).toMatchObject({ status: 'realtime', delaySeconds: -120 })
    // Trips without an update stay on the timetable, marked as such.
    expect(
      list
        .filter((x) => !byTrip.has(x.tripId) || ![a, b, c, d].some((y) => y.tripId === x.tripId))
        .every((x) => x.status === 'scheduled'),
    ).toBe(true)
    // A date or time asked for is the timetable only.
    resetRateLimits()
    const asked = await httpRequest(`${api.origin}/api/transit/stops/S3/departures?after=00:00`)
    expect(asked.json().every((x: { status: string }) => x.status === 'scheduled')).toBe(true)
  })

  it('ignores data older than the maximum age, and the API says scheduled', async () => {
    const [a] = next
    feeds.set('/tu', {
      feed: feedMessage(
        [{ id: '1', tripUpdate: { trip: { tripId: a.tripId }, delay: 300 } }],
        Math.floor(Date.now() / 1000) - 600,
      ),
    })
    await setFeeds({ tripUpdatesUrl: `${feeds.origin}/tu` }, { maxAgeSeconds: 120 })
    expect((await pollRealtimeOnce(payload))[0].ok).toBe(true)
    expect((await departures()).every((x) => x.status === 'scheduled')).toBe(true)
    // The same data, fresh, is used.
    feeds.set('/tu', {
      feed: feedMessage([{ id: '1', tripUpdate: { trip: { tripId: a.tripId }, delay: 300 } }]),
    })
    await pollRealtimeOnce(payload)
    const list = await departures()
    expect(list.find((x) => x.tripId === a.tripId)).toMatchObject({
      status: 'realtime',
      delaySeconds: 300,
    })
  })

  it('reads the stored state again only once it changed, and sees another instance’s poll', async () => {
    const [a] = next
    feeds.set('/tu', {
      feed: feedMessage([{ id: '1', tripUpdate: { trip: { tripId: a.tripId }, delay: 120 } }]),
    })
    await setFeeds({ tripUpdatesUrl: `${feeds.origin}/tu` }, { maxAgeSeconds: 120 })
    expect((await pollRealtimeOnce(payload))[0].ok).toBe(true)
    const t = Date.now()
    const first = await readRealtime(payload, t)
    // Past the per-process memo, nothing written since: the same snapshot object.
    const again = await readRealtime(payload, t + 6_000)
    expect(again.state.tripUpdates).toBe(first.state.tripUpdates)
    // Another instance's poller writes (this process's memo is not told).
    const written = { ...first.state.tripUpdates!, fetchedAt: Date.now() }
    written.items = [{ tripId: a.tripId, delay: 420, stops: [] }]
    await payload.updateGlobal({
      slug: 'transit-realtime',
      // Only the state: any write moves the global's updatedAt.
      data: { state: { ...first.state, tripUpdates: written } } as never,
      overrideAccess: true,
    })
    expect((await readRealtime(payload, t + 9_000)).state.tripUpdates).toBe(first.state.tripUpdates)
    const later = await readRealtime(payload, t + 12_000)
    expect(later.state.tripUpdates?.items).toEqual(written.items)
    const board = await stopBoard(payload, (await loadActiveTimetable(payload))!.index, 'S3', 8)
    expect(board?.departures.find((x) => x.tripId === a.tripId)).toMatchObject({
      status: 'realtime',
      delaySeconds: 420,
    })
  })
})

describe('broken, slow or hostile feeds never break the departures', () => {
  const cases: [string, Parameters<RealtimeServer['set']>[1], RegExp][] = [
    ['a feed that never answers', { hang: true }, /within 1 s/],
    [
      'an HTML error page',
      { bytes: new TextEncoder().encode('<html>busy</html>'), type: 'text/html' },
      /"text\/html", not protobuf/,
    ],
    ['a 50 MB body', { flood: 50 * 1024 * 1024 }, /larger than 5242880 bytes/],
    [
      'garbage bytes',
      { bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256) },
      /not a GTFS-Realtime feed/,
    ],
    [
      'a protobuf that is not a feed',
      { bytes: new Uint8Array([0x08, 0x96, 0x01]) },
      /not a GTFS-Realtime feed/,
    ],
  ]
  for (const [name, answer, error] of cases) {
    it(`records ${name} as the last error and serves the timetable`, async () => {
      // Start from no usable snapshot: an old good one would be stale anyway.
      await payload.updateGlobal({
        slug: 'transit-realtime',
        data: { state: null } as never,
        overrideAccess: true,
      })
      feeds.set('/broken', answer)
      await setFeeds({ tripUpdatesUrl: `${feeds.origin}/broken` })
      const [result] = await pollRealtimeOnce(payload, { timeoutMs: 1000 })
      expect(result.ok).toBe(false)
      expect(result.error).toMatch(error)
      const stored = await status()
      expect(stored.tripUpdates?.lastError).toMatch(error)
      expect(stored.tripUpdates?.lastErrorAt).toBeTruthy()
      const list = await departures()
      expect(list.length).toBeGreaterThan(0)
      expect(list.every((x) => x.status === 'scheduled')).toBe(true)
    }, 20_000)
  }

  it('counts a feed of only unknown trips and shows the timetable', async () => {
    feeds.set('/unknown', {
      feed: feedMessage(
        [1, 2, 3].map((n) => ({
          id: `${n}`,
          tripUpdate: { trip: { tripId: `GHOST${n}` }, delay: 60 },
        })),
      ),
    })
    await setFeeds({ tripUpdatesUrl: `${feeds.origin}/unknown` })
    await pollRealtimeOnce(payload)
    expect((await status()).tripUpdates).toMatchObject({ entities: 3, used: 0, unknownTrips: 3 })
    expect((await departures()).every((x) => x.status === 'scheduled')).toBe(true)
  })

  it('refuses private addresses unless local feeds are allowed for tests', async () => {
    delete process.env.PLAZA_REALTIME_ALLOW_LOCAL
    try {
      await setFeeds({ tripUpdatesUrl: null })
      await expect(
        payload.updateGlobal({
          slug: 'site-settings',
          data: { transitRealtime: { tripUpdatesUrl: 'http://10.0.0.5/tu' } } as never,
          context: { disableRevalidate: true },
        }),
      ).rejects.toThrow(/TripUpdates URL/)
    } finally {
      process.env.PLAZA_REALTIME_ALLOW_LOCAL = '1'
    }
  })
})

describe('operator alerts from ServiceAlerts', () => {
  it('shows them on the named stop and line in the page language, while the feed is fresh', async () => {
    const text = (en: string, es: string) => ({
      translation: [
        { text: es, language: 'es' },
        { text: en, language: 'en' },
      ],
    })
    feeds.set('/alerts', {
      feed: feedMessage([
        {
          id: 'works',
          alert: {
            informedEntity: [{ stopId: 'S3' }],
            headerText: text('Stop S3 moved 50 m', 'Parada S3 desplazada 50 m'),
            descriptionText: text('Use the temporary stop.', 'Use la parada provisional.'),
            url: { translation: [{ text: 'javascript:alert(1)' }] },
          },
        },
        {
          id: 'line',
          alert: {
            informedEntity: [{ routeId: 'R1' }],
            headerText: { translation: [{ text: 'Línea 1 con retrasos', language: 'es' }] },
          },
        },
        {
          id: 'elsewhere',
          alert: { informedEntity: [{ stopId: 'XX' }], headerText: text('x', 'x') },
        },
      ]),
    })
    await setFeeds({ serviceAlertsUrl: `${feeds.origin}/alerts`, tripUpdatesUrl: null })
    const [result] = await pollRealtimeOnce(payload)
    expect(result).toMatchObject({ kind: 'serviceAlerts', ok: true })
    expect((await status()).serviceAlerts).toMatchObject({ entities: 3, used: 2, unknownTrips: 1 })

    forgetRealtimeState()
    const atStop = await operatorAlerts(payload, { stopIds: ['S3'] }, 'en')
    expect(atStop.map((a) => a.header)).toEqual(['Stop S3 moved 50 m'])
    expect(atStop[0].url).toBe('')
    const es = await operatorAlerts(payload, { stopIds: ['S3'] }, 'es')
    expect(es[0].description).toBe('Use la parada provisional.')
    // No English text: the first translation.
    const line = await operatorAlerts(payload, { routeIds: ['R1'] }, 'en')
    expect(line.map((a) => a.header)).toEqual(['Línea 1 con retrasos'])
    // In the site's alert feeds, marked as the operator's, in the feed's language.
    const { alertsRss, alertsAtom } = await import('../../src/lib/alerts/feedResponses')
    forgetRealtimeState()
    const rss = await alertsRss('en')
    expect(rss).toContain('From the transport operator: Stop S3 moved 50 m')
    expect(rss).toContain('/en/transit/stops/S3')
    forgetRealtimeState()
    expect(await alertsAtom('es')).toContain(
      'Del operador de transporte: Parada S3 desplazada 50 m',
    )
    // They expire with the feed.
    expect(
      await operatorAlerts(payload, { stopIds: ['S3'] }, 'en', Date.now() + 10 * 60_000),
    ).toEqual([])
  })
})

describe('who sees the operator settings', () => {
  it('never shows feed URLs or API-key headers to anonymous readers (REST, GraphQL, Local API)', async () => {
    await setFeeds(
      { tripUpdatesUrl: `${feeds.origin}/tu?key=url-secret` },
      { headers: [{ name: 'x-api-key', value: 'operator-secret' }] },
    )
    resetRateLimits()
    const rest = await httpRequest(`${api.origin}/api/globals/site-settings`)
    expect(rest.status).toBe(200)
    expect(rest.json().cityName).toBe('Testville')
    expect(rest.text).not.toMatch(/operator-secret|url-secret|x-api-key/)
    const gql = await httpRequest(`${api.origin}/api/graphql`, {
      method: 'POST',
      body: {
        query:
          '{ SiteSettings { cityName transitRealtime { tripUpdatesUrl headers { name value } } } }',
      },
    })
    expect(gql.text).not.toMatch(/operator-secret|url-secret|x-api-key/)
    const local = await payload.findGlobal({
      slug: 'site-settings',
      overrideAccess: false,
      depth: 0,
    })
    expect(JSON.stringify(local)).not.toMatch(/operator-secret|url-secret/)
    const statusRest = await httpRequest(`${api.origin}/api/globals/transit-realtime`)
    expect(statusRest.status).toBe(403)
    await expect(
      payload.findGlobal({ slug: 'transit-realtime', overrideAccess: false }),
    ).rejects.toThrow()
  })
})
