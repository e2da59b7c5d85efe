// GET /api/nearby through the function its route handler serves, on a real Payload with a temporary database.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { nearbyResponse } from '@/lib/geo/nearbyResponse'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const write = { overrideAccess: true, context: { disableRevalidate: true }, depth: 0 } as const
const ids: Record<string, number | string> = {}

// Thursday 26 November 2026, 10:00 in Madrid.
const NOW = new Date('2026-11-26T09:00:00Z')
const ORIGIN = { lat: 39.47, lng: -0.376 }

interface Body {
  error?: string
  count: number
  results: Array<{
    distanceMetres: number
    service: { slug: string; title: string; url: string }
    openingStatus: { state: string; label: string }
    accessibility: { wheelchair: string; notes: string | null }
  }>
}

async function nearby(query: Record<string, string | number | boolean>, now = NOW) {
  const params = new URLSearchParams(
    Object.entries({ lat: ORIGIN.lat, lng: ORIGIN.lng, ...query }).map(([k, v]) => [k, String(v)]),
  )
  const response = await nearbyResponse(payload, params, now)
  return { status: response.status, body: response.body as Body }
}

async function raw(query: string) {
  const response = await nearbyResponse(payload, new URLSearchParams(query), NOW)
  return { status: response.status, body: response.body as { error: string } }
}

async function service(
  slug: string,
  metresNorth: number,
  extra: {
    topics?: number[]
    wheelchair?: 'yes' | 'limited' | 'no'
    hours?: string
    status?: 'draft' | 'published'
  } = {},
) {
  // ~111,195 m per degree of latitude: places each service due north of the origin.
  const lat = ORIGIN.lat + metresNorth / 111_195
  const doc = await payload.create({
    collection: 'services',
    locale: 'en',
    draft: extra.status === 'draft',
    data: {
      title: `Service ${slug}`,
      slug,
      summary: 'A test service.',
      category: 'office',
      topics: extra.topics ?? [],
      _status: extra.status ?? 'published',
      locations: [
        {
          name: `${slug} desk`,
          address: { street: 'Calle Mayor 1', postalCode: '46001', locality: 'Testville' },
          point: [ORIGIN.lng, lat],
          openingHours: extra.hours ?? 'Mo-Fr 09:00-14:00; PH off',
          accessibility: { wheelchair: extra.wheelchair ?? 'yes', notes: `${slug} notes` },
        },
      ],
    },
    ...write,
  } as Parameters<Payload['create']>[0])
  ids[slug] = doc.id
  return doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const sport = await payload.create({
    collection: 'topics',
    data: { title: 'Sport', slug: 'sport', _status: 'published' },
    ...write,
  })
  await service('near-100', 100, { wheelchair: 'no' })
  await service('near-300', 300, { hours: 'Mo-Fr 16:00-20:00; PH off' })
  await service('near-500', 500, { topics: [sport.id] })
  await service('near-700', 700, { wheelchair: 'limited', topics: [sport.id] })
  await service('near-900', 900, { topics: [sport.id] })
  await service('draft-50', 50, { status: 'draft' })
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

describe('GET /api/nearby', () => {
  it('sorts published locations by distance, in metres', async () => {
    const { status, body } = await nearby({ limit: 10 })
    expect(status).toBe(200)
    expect(body.results.map((r) => r.service.slug)).toEqual([
      'near-100',
      'near-300',
      'near-500',
      'near-700',
      'near-900',
    ])
    const distances = body.results.map((r) => r.distanceMetres)
    expect(distances[0]).toBeGreaterThanOrEqual(99)
    expect(distances[0]).toBeLessThanOrEqual(101)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(body.results[0].service.url).toBe('/en/services/near-100')
  })

  it('never returns drafts', async () => {
    const { body } = await nearby({ limit: 50 })
    expect(body.results.map((r) => r.service.slug)).not.toContain('draft-50')
  })

  it('applies the limit after filtering', async () => {
    const { body } = await nearby({ limit: 2, topic: 'sport' })
    expect(body.results.map((r) => r.service.slug)).toEqual(['near-500', 'near-700'])
  })

  it('keeps only fully wheelchair-accessible places with accessible=true', async () => {
    const { body } = await nearby({ limit: 3, accessible: true })
    expect(body.results.map((r) => r.service.slug)).toEqual(['near-300', 'near-500', 'near-900'])
    expect(body.results.every((r) => r.accessibility.wheelchair === 'yes')).toBe(true)
  })

  it('keeps only places open now with openNow=true, in the city time zone', async () => {
    const { body } = await nearby({ limit: 3, openNow: true })
    expect(body.results.map((r) => r.service.slug)).toEqual(['near-100', 'near-500', 'near-700'])
    const all = await nearby({ limit: 2 })
    expect(all.body.results[0].openingStatus).toMatchObject({
      state: 'open',
      label: 'Open until 14:00',
    })
    expect(all.body.results[1].openingStatus).toMatchObject({
      state: 'closed',
      label: 'Closed — opens today at 16:00',
    })
  })

  it('speaks the requested language', async () => {
    const { body } = await nearby({ limit: 1, locale: 'es' })
    expect(body.results[0].service.url).toBe('/es/services/near-100')
    expect(body.results[0].openingStatus.label).toBe('Abierto hasta las 14:00')
  })

  it('says a service closed by its status notice is closed, not open by its hours', async () => {
    const setState = (state: 'closed' | 'normal') =>
      payload.update({
        collection: 'services',
        id: ids['near-500'],
        locale: 'en',
        data: { status: { state, message: state === 'closed' ? 'Closed for works.' : '' } },
        ...write,
      })
    await setState('closed')
    try {
      const { body } = await nearby({ limit: 3, topic: 'sport' })
      expect(body.results[0].service.slug).toBe('near-500')
      expect(body.results[0].openingStatus).toMatchObject({ state: 'closed', label: 'Closed' })
      const open = await nearby({ limit: 2, openNow: true })
      expect(open.body.results.map((r) => r.service.slug)).toEqual(['near-100', 'near-700'])
    } finally {
      await setState('normal')
    }
    const { body } = await nearby({ limit: 1, topic: 'sport' })
    expect(body.results[0].openingStatus.state).toBe('open')
  })

  it.each([
    ['lng=-0.37', 'lat is required.'],
    ['lat=abc&lng=-0.37', 'lat must be a decimal number'],
    ['lat=95&lng=-0.37', 'lat must be between -90 and 90.'],
    ['lat=39.47&lng=-181', 'lng must be between -180 and 180.'],
    ['lat=39.47&lng=-0.37&limit=51', 'limit must be between 1 and 50.'],
    ['lat=39.47&lng=-0.37&limit=100000000', 'limit must be a whole number.'],
    ['lat=39.47&lng=-0.37&limit=ten', 'limit must be a whole number.'],
    ['lat=39.47&lng=-0.37&radius=5', 'Unknown parameter: radius.'],
    ['lat=39.47&lng=-0.37&openNow=1', 'openNow must be "true" or "false".'],
    ['lat=39.47&lat=39.48&lng=-0.37', 'lat may be given only once.'],
    ['lat=39.47&lng=-0.37&locale=fr', 'locale must be one of: en, es.'],
  ])('answers 400 with a clear message for %s', async (query, message) => {
    const { status, body } = await raw(query)
    expect(status).toBe(400)
    expect(body.error).toContain(message)
  })

  it('drops a service the moment it is unpublished, and shows it again when republished', async () => {
    // Warm the index first, as a running server would have.
    expect((await nearby({ limit: 1 })).body.results[0].service.slug).toBe('near-100')
    await payload.update({
      collection: 'services',
      id: ids['near-100'],
      data: { _status: 'draft' },
      draft: false,
      ...write,
    })
    expect((await nearby({ limit: 1 })).body.results[0].service.slug).toBe('near-300')
    await payload.update({
      collection: 'services',
      id: ids['near-100'],
      data: { _status: 'published' },
      ...write,
    })
    expect((await nearby({ limit: 1 })).body.results[0].service.slug).toBe('near-100')
  })

  it('follows a moved location and a deleted service', async () => {
    const doc = await payload.findByID({ collection: 'services', id: ids['near-900'], ...write })
    const [location] = doc.locations ?? []
    await payload.update({
      collection: 'services',
      id: ids['near-900'],
      data: { locations: [{ ...location, point: [ORIGIN.lng, ORIGIN.lat + 10 / 111_195] }] },
      ...write,
    })
    expect((await nearby({ limit: 1 })).body.results[0].service.slug).toBe('near-900')
    await payload.delete({ collection: 'services', id: ids['near-900'], ...write })
    const { body } = await nearby({ limit: 50 })
    expect(body.results.map((r) => r.service.slug)).not.toContain('near-900')
  })
})
