// docs/SECURITY.md for the transit pages, which are rendered per request (departures move
// with the clock): once read, the feed in service, the editors' line/stop records and the
// alerts naming them are kept, so the pages keep answering when the database fails; alerts
// that expire meanwhile still drop, and nothing is invented for what was never read. The
// outage itself (a real PostgreSQL cut) is exercised by tests/resilience/dbDown.ts.
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { lineOverlays, stopOverlay } from '@/lib/transit/overlays'
import { forgetActiveTimetable, importZip, loadActiveTimetable } from '@/lib/transit/storage'

import { caltrainZip } from '../helpers/gtfsFixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let stopRecord: { id: number | string }
// Imported once the test database is chosen: the module reaches the site's Payload config.
let activeAlertsFor: typeof import('@/lib/transit/read').activeAlertsFor

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  ;({ activeAlertsFor } = await import('@/lib/transit/read'))
  forgetActiveTimetable()
  const outcome = await importZip(payload, caltrainZip(), 'caltrain.zip')
  expect(outcome.ok).toBe(true)
  const { docs } = await payload.find({
    collection: 'transit-stops',
    where: { stopId: { equals: 'ctpa' } },
    depth: 0,
  })
  stopRecord = docs[0]!
})

afterEach(() => {
  vi.restoreAllMocks()
})

afterAll(async () => {
  forgetActiveTimetable()
  await ctx?.cleanup()
})

/** Every read Payload would make fails, as with the database gone. */
function cutTheDatabase() {
  const down = () => Promise.reject(new Error('connect ECONNREFUSED (database down)'))
  vi.spyOn(payload, 'find').mockImplementation(down as never)
  vi.spyOn(payload, 'findGlobal').mockImplementation(down as never)
}

describe('transit pages with the database down', () => {
  it('never invents what was not read before the outage', async () => {
    cutTheDatabase()
    await expect(stopOverlay(payload, 'ctsj', 'en')).rejects.toThrow(/database down/)
    await expect(activeAlertsFor(payload, 'affects.stops', [stopRecord.id], 'es')).rejects.toThrow(
      /database down/,
    )
  })

  it('keeps the timetable in service, the line and stop records and the current alerts', async () => {
    const now = new Date()
    const soon = new Date(now.getTime() + 60 * 60 * 1000)
    const alert = await payload.create({
      collection: 'alerts',
      data: {
        headline: 'Lift out of order at Palo Alto',
        description: 'Use the ramp on the north side.',
        onset: new Date(now.getTime() - 60_000).toISOString(),
        expires: soon.toISOString(),
        eventType: 'Works',
        categories: ['Transport'],
        area: { description: 'Palo Alto' },
        affects: { stops: [stopRecord.id] },
        _status: 'published',
      },
      context: { disableRevalidate: true },
      depth: 0,
      draft: false,
    } as never)

    // Read once with the database up, as the first visit after start-up does.
    const before = { active: await loadActiveTimetable(payload) }
    expect(before.active?.index.stop('ctpa')?.name).toBe('Palo Alto Caltrain')
    const lines = await lineOverlays(payload, 'en')
    expect(lines.size).toBeGreaterThan(0)
    expect((await stopOverlay(payload, 'ctpa', 'en'))?.id).toBe(stopRecord.id)
    const alerts = await activeAlertsFor(payload, 'affects.stops', [stopRecord.id], 'en', now)
    expect(alerts.map((a) => a.id)).toEqual([alert.id])

    cutTheDatabase()
    const during = { active: await loadActiveTimetable(payload) }
    expect(during.active?.feedId).toBe(before.active?.feedId)
    expect(during.active?.index.stop('ctpa')?.name).toBe('Palo Alto Caltrain')
    expect([...(await lineOverlays(payload, 'en')).keys()]).toEqual([...lines.keys()])
    expect((await stopOverlay(payload, 'ctpa', 'en'))?.id).toBe(stopRecord.id)
    expect(
      (await activeAlertsFor(payload, 'affects.stops', [stopRecord.id], 'en', now)).map(
        (a) => a.id,
      ),
    ).toEqual([alert.id])
    // The kept alert has expired by then: it is not shown any more.
    const later = new Date(soon.getTime() + 1000)
    expect(await activeAlertsFor(payload, 'affects.stops', [stopRecord.id], 'en', later)).toEqual(
      [],
    )
    expect(payload.find).toHaveBeenCalled()
  })
})
