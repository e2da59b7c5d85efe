import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetSearchState, searchSite, searchState } from '@/lib/search/searchService'
import { forgetActiveTimetable, importZip } from '@/lib/transit/storage'

import { caltrainZip, fixtureZip } from '../helpers/gtfsFixtures'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Transit lines and stops in search, built-in backend, real database, the real Caltrain
// feed: a stop's name finds its page, and a new import replaces the old lines and stops.
let ctx: TestPayload
let payload: Payload

const search = (q: string, locale = 'en', type?: 'line' | 'stop') =>
  searchSite(payload, { q, locale, limit: 20, ...(type ? { type } : {}) })

/** The index is rebuilt in the background when the stamp changes: search, wait, search. */
async function searchAfterRebuild(q: string, type?: 'line' | 'stop') {
  await search(q, 'en', type)
  await searchState().rebuilding
  return search(q, 'en', type)
}

beforeAll(async () => {
  delete process.env.ALGOLIA_APP_ID
  resetSearchState()
  forgetActiveTimetable()
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  resetSearchState()
  forgetActiveTimetable()
  await ctx?.cleanup()
})

describe('transit lines and stops in search', () => {
  it('finds nothing of transit before any import', async () => {
    expect((await search('Palo Alto')).hits).toEqual([])
  })

  it('finds a stop by name, linking to its page in the reader’s language', async () => {
    const outcome = await importZip(payload, caltrainZip(), 'caltrain.zip')
    expect(outcome.ok).toBe(true)
    const result = await searchAfterRebuild('Palo Alto')
    const stop = result.hits.find((hit) => hit.type === 'stop')
    expect(stop?.title).toBe('Palo Alto Caltrain')
    expect(stop?.url).toMatch(/^\/en\/transit\/stops\/[^/]+$/)
    // The stop page is the station's: the id in the URL is the one the transit page serves.
    const stopId = decodeURIComponent(stop!.url.split('/').pop()!)
    const { docs } = await payload.find({
      collection: 'transit-stops',
      where: { stopId: { equals: stopId } },
    })
    expect(docs).toHaveLength(1)
    // The summary names the lines serving it.
    expect(stop?.snippet.map((part) => part.text).join('')).toMatch(/Local/)
    const es = await search('Palo Alto', 'es', 'stop')
    expect(es.hits[0]?.url).toBe(`/es/transit/stops/${encodeURIComponent(stopId)}`)
  })

  it('finds a line by name with its mode, colour and page', async () => {
    const result = await search('baby bullet', 'en', 'line')
    expect(result.hits[0]).toMatchObject({
      type: 'line',
      title: 'Baby Bullet',
      url: '/en/transit/lines/Bu-16APR',
      color: '#E31837',
    })
    expect(result.hits[0].snippet.map((part) => part.text).join('')).toBe('Rail: Baby Bullet')
    // Lines are found by the stops they call at, too; the type tabs count them.
    const sanJose = await search('diridon')
    expect(sanJose.countsByType.line).toBeGreaterThan(0)
    expect(sanJose.countsByType.stop).toBeGreaterThan(0)
    const es = await search('baby bullet', 'es', 'line')
    expect(es.hits[0]?.url).toBe('/es/transit/lines/Bu-16APR')
    expect(es.hits[0].snippet.map((part) => part.text).join('')).toBe('Tren: Baby Bullet')
  })

  it('drops the old lines and stops once a new import is in service', async () => {
    const outcome = await importZip(payload, fixtureZip('robust'), 'robust.zip')
    expect(outcome.ok).toBe(true)
    expect((await searchAfterRebuild('Plaza Mayor')).hits[0]?.url).toBe('/en/transit/stops/A')
    expect((await search('Palo Alto')).hits).toEqual([])
    expect((await search('baby bullet')).hits).toEqual([])
  })

  it('a refused import leaves the timetable in service findable', async () => {
    const outcome = await importZip(payload, fixtureZip('bad-rows'), 'bad.zip')
    expect(outcome.ok).toBe(false)
    expect((await searchAfterRebuild('Plaza Mayor')).hits[0]?.url).toBe('/en/transit/stops/A')
  })
})
