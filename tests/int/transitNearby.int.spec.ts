// Nearby stops on a real database: the Caltrain feed imported through the transit storage,
// read back through the same functions the near-me API and the service pages call.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nearbyResponse } from '@/lib/geo/nearbyResponse'
import { nearbyStops } from '@/lib/transit/nearbyStops'
import { stopIndexOf } from '@/lib/transit/stopIndex'
import { forgetActiveTimetable, importZip, loadActiveTimetable } from '@/lib/transit/storage'

import { caltrainZip, fixtureZip } from '../helpers/gtfsFixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

// King St, San Francisco: 725 m from the SF station, 1,371 m from 22nd St.
const KING_ST = { lat: 37.77, lng: -122.393 }

interface StopsBody {
  stops: Array<{
    stopId: string
    name: string
    distanceMetres: number
    walkingMinutes: number
    url: string
    lines: Array<{ routeId: string; name: string; color: string | null; url: string }>
  }>
}

async function apiStops(locale = 'en') {
  const params = new URLSearchParams({
    lat: String(KING_ST.lat),
    lng: String(KING_ST.lng),
    locale,
  })
  const response = await nearbyResponse(payload, params)
  expect(response.status).toBe(200)
  return (response.body as StopsBody).stops
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  forgetActiveTimetable()
})

afterAll(async () => {
  forgetActiveTimetable()
  await ctx?.cleanup()
})

describe('nearby stops from the timetable in service', () => {
  it('says nothing about transit before any timetable is in service', async () => {
    expect(await nearbyStops(payload, [KING_ST.lng, KING_ST.lat], 'en')).toBeNull()
    expect(await apiStops()).toEqual([])
  })

  it('lists the SF station near King St with its lines and links, in each language', async () => {
    const outcome = await importZip(payload, caltrainZip(), 'caltrain.zip')
    expect(outcome.ok).toBe(true)
    const stops = await apiStops()
    expect(stops).toHaveLength(1)
    expect(stops[0]).toMatchObject({
      stopId: 'ctsf',
      name: 'San Francisco Caltrain',
      distanceMetres: 725,
      walkingMinutes: 13,
      url: '/en/transit/stops/ctsf',
    })
    expect(stops[0].lines.map((l) => [l.name, l.color, l.url])).toEqual([
      ['Baby Bullet', '#E31837', '/en/transit/lines/Bu-16APR'],
      ['Limited', '#FEF0B5', '/en/transit/lines/Li-16APR'],
      ['Local', '#FFFFFF', '/en/transit/lines/Lo-16APR'],
    ])
    expect((await apiStops('es'))[0].url).toBe('/es/transit/stops/ctsf')
  })

  it('shows an editor’s colour override for a line', async () => {
    const { docs } = await payload.find({
      collection: 'transit-lines',
      where: { routeId: { equals: 'Lo-16APR' } },
      depth: 0,
    })
    await payload.update({
      collection: 'transit-lines',
      id: docs[0].id,
      data: { color: '#1a5fb4' },
      depth: 0,
    })
    const [sf] = (await nearbyStops(payload, [KING_ST.lng, KING_ST.lat], 'en'))!
    expect(sf.stop.lines.find((l) => l.routeId === 'Lo-16APR')?.color).toBe('#1A5FB4')
  })

  it('keeps one stop index per import: rebuilt only when another import goes into service', async () => {
    const before = stopIndexOf((await loadActiveTimetable(payload))!.index)
    expect(stopIndexOf((await loadActiveTimetable(payload))!.index)).toBe(before)
    // A refused feed changes nothing.
    expect((await importZip(payload, fixtureZip('bad-rows'), 'bad.zip')).ok).toBe(false)
    expect(stopIndexOf((await loadActiveTimetable(payload))!.index)).toBe(before)
    // A new import in service: a new index, built from what the database now holds.
    expect((await importZip(payload, fixtureZip('robust'), 'robust.zip')).ok).toBe(true)
    const after = stopIndexOf((await loadActiveTimetable(payload))!.index)
    expect(after).not.toBe(before)
    expect(await apiStops()).toEqual([])
    // The robust fixture's "Plaza Mayor" stop is in Valencia.
    const params = new URLSearchParams({ lat: '39.4701', lng: '-0.3761' })
    const body = (await nearbyResponse(payload, params)).body as StopsBody
    expect(body.stops[0]).toMatchObject({ stopId: 'A', name: 'Plaza Mayor' })
  })
})
