import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forgetActiveTimetable, importZip, loadActiveTimetable } from '@/lib/transit/storage'
import { zipSync } from 'fflate'

import { caltrainZip, fixtureZip, realFeedFiles } from '../helpers/gtfsFixtures'
import { mutate } from '../helpers/gtfsMutate'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  forgetActiveTimetable()
})

afterAll(async () => {
  forgetActiveTimetable()
  await ctx?.cleanup()
})

const feed = (id: number | string) =>
  payload.findByID({ collection: 'transit-feeds', id, depth: 0 })
const activeId = async () => {
  const settings = await payload.findGlobal({ slug: 'transit-settings', depth: 0 })
  return settings.activeFeed
}
const sfDepartures = async () => {
  const active = await loadActiveTimetable(payload)
  return active?.index.nextDepartures('70012', '20160406', 7 * 3600, 2)?.map((d) => d.tripId)
}

describe('transit storage on a real database', () => {
  let firstId: number | string

  it('imports the Caltrain feed, stores it in parts and puts it in service', async () => {
    expect(await loadActiveTimetable(payload)).toBeNull()
    const outcome = await importZip(payload, caltrainZip(), 'caltrain.zip')
    expect(outcome.ok).toBe(true)
    firstId = outcome.feedId
    const doc = await feed(firstId)
    expect(doc).toMatchObject({
      status: 'active',
      progress: 100,
      validityStart: '2014-03-23',
      validityEnd: '2019-03-31',
      timezone: 'America/Los_Angeles',
      timetableChunks: 1,
    })
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.summary).toContain('4 routes, 95 stops, 218 trips')
    expect(await activeId()).toBe(firstId)
    expect(await sfDepartures()).toEqual(['314', '216'])
    // Editorial records exist for every route and for stops and stations.
    const lines = await payload.find({ collection: 'transit-lines', depth: 0, limit: 10 })
    expect(lines.totalDocs).toBe(4)
    const stops = await payload.count({ collection: 'transit-stops' })
    expect(stops.totalDocs).toBe(31) // stations; platforms share their station's record
  })

  it('keeps editorial text across a re-import and supersedes the previous feed', async () => {
    const { docs } = await payload.find({
      collection: 'transit-lines',
      where: { routeId: { equals: 'Bu-16APR' } },
      depth: 0,
    })
    await payload.update({
      collection: 'transit-lines',
      id: docs[0].id,
      data: { description: 'Express trains.', color: '#112233' },
      locale: 'en',
    })
    const outcome = await importZip(payload, caltrainZip(), 'caltrain-again.zip')
    expect(outcome.ok).toBe(true)
    expect(await activeId()).toBe(outcome.feedId)
    expect((await feed(firstId)).status).toBe('superseded')
    const line = await payload.findByID({
      collection: 'transit-lines',
      id: docs[0].id,
      locale: 'en',
    })
    expect(line).toMatchObject({
      description: 'Express trains.',
      color: '#112233',
      name: 'Baby Bullet',
    })
    // The process reloads the timetable for the new feed id.
    expect((await loadActiveTimetable(payload))!.feedId).toBe(outcome.feedId)
    firstId = outcome.feedId
  })

  it.each([
    ['a corrupt zip', () => caltrainZip().slice(0, 4000), '(zip)'],
    ['a zip with a required file missing', () => fixtureZip('missing-file'), 'stop_times.txt'],
    ['a zip with bad rows', () => fixtureZip('bad-rows'), 'trips.txt'],
  ])('refuses %s, records why and keeps the timetable in service', async (_, bytes, file) => {
    const chunksBefore = await payload.count({ collection: 'transit-feed-chunks' })
    const outcome = await importZip(payload, bytes(), 'broken.zip')
    expect(outcome.ok).toBe(false)
    const doc = await feed(outcome.feedId)
    expect(doc.status).toBe('failed')
    expect((doc.report as { errors: { file: string }[] }).errors[0].file).toBe(file)
    expect(doc.summary).toContain('Refused: nothing was imported.')
    expect(doc.summary).toContain(`  ${file}`)
    expect(await activeId()).toBe(firstId)
    expect(await sfDepartures()).toEqual(['314', '216'])
    // No timetable parts were left behind for the refused feed.
    expect((await payload.count({ collection: 'transit-feed-chunks' })).totalDocs).toBe(
      chunksBefore.totalDocs,
    )
  })

  it('imports an upload through the jobs queue', async () => {
    const bytes = fixtureZip('frequencies')
    const doc = await payload.create({
      collection: 'transit-feeds',
      data: { status: 'queued' },
      file: {
        data: Buffer.from(bytes),
        mimetype: 'application/zip',
        name: 'tram.zip',
        size: bytes.length,
      },
      depth: 0,
    })
    expect((await feed(doc.id)).status).toBe('queued')
    await payload.jobs.run({ queue: 'default' })
    expect((await feed(doc.id)).summary).not.toContain('ERROR')
    expect((await feed(doc.id)).status).toBe('active')
    expect(await activeId()).toBe(doc.id)
    const active = await loadActiveTimetable(payload)
    expect(active!.index.lines().map((l) => l.routeId)).toEqual(['T1'])
  })

  it('refuses to delete the feed in service', async () => {
    const active = await activeId()
    await expect(
      payload.delete({ collection: 'transit-feeds', id: active as number }),
    ).rejects.toMatchObject({ status: 409 })
    expect(await activeId()).toBe(active)
  })

  it('lets alerts reference transit lines and stops', async () => {
    const line = (
      await payload.find({ collection: 'transit-lines', where: { routeId: { equals: 'T1' } } })
    ).docs[0]
    const stop = (
      await payload.find({ collection: 'transit-stops', where: { stopId: { equals: 'X' } } })
    ).docs[0]
    const alert = await payload.create({
      collection: 'alerts',
      data: {
        headline: 'Tram works',
        description: 'No trams at Alpha.',
        onset: new Date().toISOString(),
        eventType: 'Works',
        categories: ['Transport'],
        area: { description: 'Alpha' },
        affects: { lines: [line.id], stops: [stop.id] },
        _status: 'published',
      },
      context: { disableRevalidate: true },
      depth: 0,
      draft: false,
    } as never)
    const found = await payload.find({
      collection: 'alerts',
      where: { 'affects.lines': { in: [line.id] } },
      depth: 0,
    })
    expect(found.docs.map((d) => d.id)).toEqual([alert.id])
    expect(found.docs[0].affects?.stops).toEqual([stop.id])
  })

  it('keeps feeds and timetable parts away from the public and from editors', async () => {
    const refuse = async (fn: () => Promise<unknown>) => {
      await expect(fn()).rejects.toMatchObject({ status: 403 })
    }
    await refuse(() => payload.find({ collection: 'transit-feeds', overrideAccess: false }))
    await refuse(() => payload.find({ collection: 'transit-feed-chunks', overrideAccess: false }))
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'ed@example.com',
        password: 'a-long-password-42',
        name: 'Ed',
        role: 'editor',
      } as never,
    })
    const bytes = fixtureZip('frequencies')
    await refuse(() =>
      payload.create({
        collection: 'transit-feeds',
        data: { status: 'queued' },
        file: {
          data: Buffer.from(bytes),
          mimetype: 'application/zip',
          name: 'x.zip',
          size: bytes.length,
        },
        overrideAccess: false,
        user: { ...editor, collection: 'users' },
      }),
    )
    // The public reads the editorial records and the marker.
    const lines = await payload.find({ collection: 'transit-lines', overrideAccess: false })
    expect(lines.totalDocs).toBeGreaterThan(0)
  })

  it('imports a real feed with repairs and drops, and stores the report as built', async () => {
    // Porto Alegre writes ten late-night trips as 00:02:00 after 23:10:00; here its
    // calendar.txt also repeats every row, and one trip refers to a route that is not there.
    let files = mutate(realFeedFiles('porto-alegre-eptc'), 'calendar.txt', (rows) => [
      ...rows,
      ...rows,
    ])
    files = mutate(files, 'trips.txt', (rows) => [
      { ...rows[0], trip_id: 'x', route_id: 'NOPE' },
      ...rows,
    ])
    const outcome = await importZip(payload, zipSync(files), 'poa.zip')
    expect(outcome.ok).toBe(true)
    const doc = await feed(outcome.feedId)
    expect(doc.status).toBe('active')
    expect(await activeId()).toBe(outcome.feedId)
    // The same report on every database: what the import built, read back whole.
    expect(doc.report).toEqual(JSON.parse(JSON.stringify(outcome.report)))
    const groups = (outcome.report.notices ?? []).map((g) => [g.code, g.action, g.count])
    expect(groups).toEqual(
      expect.arrayContaining([
        ['duplicate_key', 'repaired', 1118],
        ['foreign_key_violation', 'dropped', 1],
        ['stop_time_with_arrival_before_previous_departure_time', 'repaired', 10],
      ]),
    )
    expect(doc.summary).toContain('Left out: 0 agencies, 0 routes, 0 stops, 1 trips')
    expect(doc.summary).toContain(
      'WARNING stop_time_with_arrival_before_previous_departure_time (validator ERROR): 10 repaired',
    )
    expect(doc.summary).toContain('ERROR foreign_key_violation (validator ERROR): 1 dropped')
    expect(doc.summary).toContain(
      '  trips.txt:2 Trip "x": route_id "NOPE" is not imported; trip left out',
    )
  })
})
