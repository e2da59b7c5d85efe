import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BuiltinSearchBackend } from '@/lib/search/builtinBackend'
import { reindexAll, resetSearchState, searchSite, searchState } from '@/lib/search/searchService'

import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The built-in backend through the real collection hooks on a real database: what an
// editor does in the admin (publish, draft, unpublish, delete) is what a citizen finds.
let ctx: TestPayload
let payload: Payload

const find = async (q: string, locale = 'en') =>
  (await searchSite(payload, { q, locale, limit: 20 })).hits.map((hit) => hit.title)

async function createProcedure(
  title: string,
  status: 'published' | 'draft',
  extra: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'procedures',
    data: { ...sampleDoc('procedures'), title, _status: status, ...extra } as never,
    draft: status === 'draft',
    locale: 'en',
  })
}

beforeAll(async () => {
  delete process.env.ALGOLIA_APP_ID
  resetSearchState()
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  resetSearchState()
  await ctx?.cleanup()
})

describe('built-in search on a real database', () => {
  it('finds a published procedure as soon as it is published, in its language', async () => {
    const doc = await createProcedure('Bulky waste collection request', 'published')
    await payload.update({
      collection: 'procedures',
      id: doc.id,
      locale: 'es',
      data: { title: 'Solicitud de recogida de enseres', summary: 'Recogida de muebles.' },
    })
    expect(await find('bulky waste')).toContain('Bulky waste collection request')
    expect(await find('enseres', 'es')).toContain('Solicitud de recogida de enseres')
    expect(await find('enseres', 'en')).toEqual([])
  })

  it('never finds a draft', async () => {
    await createProcedure('Secret draft about allotments', 'draft')
    expect(await find('allotments')).toEqual([])
  })

  it('keeps the published text findable while a new draft is pending', async () => {
    const doc = await createProcedure('Pet registration', 'published')
    await payload.update({
      collection: 'procedures',
      id: doc.id,
      draft: true,
      data: { title: 'Pet registration and microchip census draft', _status: 'draft' } as never,
    })
    expect(await find('pet registration')).toContain('Pet registration')
    expect(await find('microchip')).toEqual([])
  })

  it('removes a document when it is unpublished or deleted', async () => {
    const unpublished = await createProcedure('Street party permit', 'published')
    const deleted = await createProcedure('Terrace licence', 'published')
    expect(await find('street party')).toContain('Street party permit')
    expect(await find('terrace')).toContain('Terrace licence')
    await payload.update({
      collection: 'procedures',
      id: unpublished.id,
      data: { _status: 'draft' } as never,
    })
    await payload.delete({ collection: 'procedures', id: deleted.id })
    expect(await find('street party')).toEqual([])
    expect(await find('terrace')).toEqual([])
  })

  it('indexes only actual, current alerts', async () => {
    const base = sampleDoc('alerts')
    await payload.create({
      collection: 'alerts',
      data: {
        ...base,
        headline: 'Flood warning river Turia',
        _status: 'published',
        status: 'Actual',
      } as never,
    })
    await payload.create({
      collection: 'alerts',
      data: {
        ...sampleDoc('alerts'),
        headline: 'Flood drill exercise',
        _status: 'published',
        status: 'Exercise',
      } as never,
    })
    expect(await find('flood')).toEqual(['Flood warning river Turia'])
  })

  it('rebuilds from the database in a fresh process, and reindexing is idempotent', async () => {
    const before = await find('bulky')
    resetSearchState() // as another server process would start
    expect(await find('bulky')).toEqual(before)
    const backend = searchState().backend as BuiltinSearchBackend
    const first = await reindexAll(payload, backend)
    const second = await reindexAll(payload, backend)
    expect(second).toEqual(first)
    expect(first.en).toBeGreaterThanOrEqual(3)
    expect(backend.size('en')).toBe(first.en)
  })

  it('notices changes made by another process (seeded without hooks)', async () => {
    await find('anything') // index built
    await payload.create({
      collection: 'procedures',
      data: {
        ...sampleDoc('procedures'),
        title: 'Cemetery plot renewal',
        _status: 'published',
      } as never,
      context: { disableSearchSync: true },
    })
    expect(await find('cemetery')).toEqual([]) // not yet: the freshness check runs every 2 s
    await new Promise((resolve) => setTimeout(resolve, 2100))
    await find('cemetery') // triggers the background rebuild
    await searchState().rebuilding
    expect(await find('cemetery')).toEqual(['Cemetery plot renewal'])
  })
})
