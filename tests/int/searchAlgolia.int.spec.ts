import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { AlgoliaSearchBackend } from '@/lib/search/algoliaBackend'
import { reindexAll, resetSearchState, searchSite, searchState } from '@/lib/search/searchService'
import { forgetActiveTimetable, importZip } from '@/lib/transit/storage'

import {
  startAlgoliaStandIn,
  type AlgoliaStandIn,
  type RecordedRequest,
} from '../helpers/algoliaStandIn'
import { caltrainZip } from '../helpers/gtfsFixtures'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Plaza's Algolia backend against a local stand-in of the Algolia API: the requests sent on
// publish, unpublish, delete and reindex, the keys they carry, and retries through the jobs
// queue when Algolia fails.
let ctx: TestPayload
let payload: Payload
let algolia: AlgoliaStandIn

const ADMIN_KEY = 'admin-key-never-in-the-browser'
const SEARCH_KEY = 'search-only-key'

async function until<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = check()
    if (value !== undefined) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** The searchSync job the hook queued for a document, once it appears. */
async function queuedRetryFor(id: number | string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'searchSync' } },
      overrideAccess: true,
    })
    const found = docs.find((d) => (d.input as { id?: string } | null)?.id === String(id))
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no retry job was queued for ${id}`)
}

type BatchBody = { requests: { action: string; body: Record<string, unknown> }[] }
const batches = (index: string) =>
  algolia.requests.filter((r) => r.method === 'POST' && r.path === `/1/indexes/${index}/batch`)
const batchFor = (index: string, action: string, objectID: string) =>
  batches(index).find((r: RecordedRequest) =>
    (r.body as BatchBody).requests.some((q) => q.action === action && q.body.objectID === objectID),
  )

beforeAll(async () => {
  algolia = await startAlgoliaStandIn()
  Object.assign(process.env, {
    ALGOLIA_APP_ID: 'PLAZATEST',
    ALGOLIA_SEARCH_KEY: SEARCH_KEY,
    ALGOLIA_ADMIN_KEY: ADMIN_KEY,
    ALGOLIA_INDEX_PREFIX: 'villamar_',
    ALGOLIA_HOST: algolia.url,
  })
  resetSearchState()
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  for (const name of [
    'ALGOLIA_APP_ID',
    'ALGOLIA_SEARCH_KEY',
    'ALGOLIA_ADMIN_KEY',
    'ALGOLIA_INDEX_PREFIX',
    'ALGOLIA_HOST',
  ]) {
    delete process.env[name]
  }
  resetSearchState()
  await ctx?.cleanup()
  await algolia?.close()
})

beforeEach(() => {
  algolia.requests.length = 0
  algolia.failWith = null
})

describe('Algolia backend', () => {
  it('is chosen when the three keys are set', () => {
    expect(searchState().backend).toBeInstanceOf(AlgoliaSearchBackend)
  })

  it('saves a published document to one index per locale with the admin key', async () => {
    const doc = await payload.create({
      collection: 'procedures',
      data: {
        ...sampleDoc('procedures'),
        title: 'Register certificate',
        _status: 'published',
      } as never,
    })
    const objectID = `procedures-${doc.id}`
    for (const index of ['villamar_en', 'villamar_es']) {
      const request = await until(
        () => batchFor(index, 'addObject', objectID),
        `addObject in ${index}`,
      )
      expect(request.apiKey).toBe(ADMIN_KEY)
      expect(request.appId).toBe('PLAZATEST')
      const object = (request.body as BatchBody).requests[0].body
      expect(object).toMatchObject({
        objectID,
        type: 'procedure',
        title: 'Register certificate',
        url: `/${index.slice(-2)}/procedures/${doc.slug}`,
        locale: index.slice(-2),
      })
      expect(Object.keys(object).sort()).toEqual(
        [
          'body',
          'expiresAt',
          'locale',
          'objectID',
          'summary',
          'title',
          'topics',
          'type',
          'url',
        ].sort(),
      )
    }
  })

  it('sends nothing for a draft and deletes on unpublish and delete', async () => {
    const draft = await payload.create({
      collection: 'procedures',
      data: { ...sampleDoc('procedures'), _status: 'draft' } as never,
      draft: true,
    })
    const doc = await payload.create({
      collection: 'procedures',
      data: { ...sampleDoc('procedures'), _status: 'published' } as never,
    })
    await until(() => batchFor('villamar_en', 'addObject', `procedures-${doc.id}`), 'publish')
    expect(batchFor('villamar_en', 'addObject', `procedures-${draft.id}`)).toBeUndefined()
    await payload.update({
      collection: 'procedures',
      id: doc.id,
      data: { _status: 'draft' } as never,
    })
    await until(() => batchFor('villamar_en', 'deleteObject', `procedures-${doc.id}`), 'unpublish')
    await until(
      () => batchFor('villamar_es', 'deleteObject', `procedures-${doc.id}`),
      'unpublish es',
    )
    const other = await payload.create({
      collection: 'services',
      data: { ...sampleDoc('services'), _status: 'published' } as never,
    })
    algolia.requests.length = 0
    await payload.delete({ collection: 'services', id: other.id })
    await until(() => batchFor('villamar_en', 'deleteObject', `services-${other.id}`), 'delete')
  })

  it('never fails the save when Algolia is down, and retries through the jobs queue', async () => {
    algolia.failWith = 500
    const doc = await payload.create({
      collection: 'procedures',
      data: { ...sampleDoc('procedures'), title: 'Fine appeal', _status: 'published' } as never,
    })
    expect(doc.id).toBeDefined()
    const job = await queuedRetryFor(doc.id)
    expect(job.input).toEqual({ collection: 'procedures', id: String(doc.id) })
    algolia.failWith = null
    algolia.requests.length = 0
    await payload.jobs.run({ where: { id: { equals: job.id } } })
    expect(batchFor('villamar_en', 'addObject', `procedures-${doc.id}`)).toBeDefined()
    // A completed job is deleted from the queue.
    const left = await payload.count({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(0)
  })

  it('reindexes with settings, synonyms and an atomic replace per locale', async () => {
    const counts = await reindexAll(payload)
    expect(counts.en).toBeGreaterThan(0)
    const paths = algolia.requests.map((r) => `${r.method} ${r.path}`)
    expect(paths).toContain('PUT /1/indexes/villamar_en/settings')
    expect(paths).toContain('POST /1/indexes/villamar_es/synonyms/batch')
    const settings = algolia.requests.find((r) => r.path === '/1/indexes/villamar_en/settings')
    expect(settings?.body).toMatchObject({ searchableAttributes: ['title', 'summary', 'body'] })
    // replaceAllObjects: copy settings to a temporary index, fill it, move it over the live one.
    const operations = algolia.requests.filter((r) => r.path.endsWith('/operation'))
    expect(operations.map((r) => (r.body as { operation: string }).operation)).toEqual(
      expect.arrayContaining(['copy', 'move']),
    )
    expect(algolia.requests.every((r) => r.apiKey === ADMIN_KEY)).toBe(true)
  })

  it('searches with the search-only key and reads the hits', async () => {
    algolia.hits = [
      {
        objectID: 'procedures-1',
        type: 'procedure',
        title: 'Register certificate',
        url: '/en/procedures/register-certificate',
        summary: 'S',
        _snippetResult: { summary: { value: 'Get a \u0002certificate\u0003', matchLevel: 'full' } },
      },
    ]
    const result = await searchSite(payload, { q: 'certificate', locale: 'en', limit: 5 })
    expect(result.backend).toBe('algolia')
    expect(result.hits[0]).toMatchObject({
      title: 'Register certificate',
      snippet: [
        { text: 'Get a ', match: false },
        { text: 'certificate', match: true },
      ],
    })
    const query = algolia.requests.find((r) => r.path === '/1/indexes/*/queries')
    expect(query?.apiKey).toBe(SEARCH_KEY)
    expect(JSON.stringify(query?.body)).toContain('villamar_en')
  })

  it('reindexes through the jobs queue when a transit import becomes active', async () => {
    forgetActiveTimetable()
    const outcome = await importZip(payload, caltrainZip(), 'caltrain.zip')
    expect(outcome.ok).toBe(true)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'searchSync' } },
      overrideAccess: true,
    })
    const job = docs.find((d) => (d.input as { collection?: string }).collection === 'transit')
    expect(job?.input).toEqual({ collection: 'transit', id: String(outcome.feedId) })
    expect(algolia.requests.some((r) => r.path.includes('/batch'))).toBe(false)
    await payload.jobs.run()
    // Every locale's index is replaced atomically with the lines and stops in it.
    for (const [locale, url] of [
      ['en', '/en/transit/lines/Bu-16APR'],
      ['es', '/es/transit/lines/Bu-16APR'],
    ]) {
      const objects = algolia.requests
        .filter((r) => r.path.startsWith(`/1/indexes/villamar_${locale}_tmp`))
        .filter((r) => r.method === 'POST' && r.path.endsWith('/batch'))
        .flatMap((r) => (r.body as BatchBody).requests.map((q) => q.body))
      expect(objects).toContainEqual(
        expect.objectContaining({
          objectID: 'transit-line-Bu-16APR',
          type: 'line',
          title: 'Baby Bullet',
          url,
          color: '#E31837',
        }),
      )
      expect(objects.filter((o) => o.type === 'stop').length).toBeGreaterThan(20)
    }
    expect(algolia.requests.every((r) => r.apiKey === ADMIN_KEY)).toBe(true)
    forgetActiveTimetable()
  })
})
