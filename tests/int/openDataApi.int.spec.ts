// How the HSDS API behaves for a consumer, through its real route handlers over HTTP:
// paging, filters, incremental sync, drafts, stable ids, HTTP caching and CORS, the old
// address, and the rate limit.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetRateLimits } from '@/lib/http/rateLimit'
import { hsdsId } from '@/lib/opendata/hsdsId'

import { LIFTED_OPEN_DATA_LIMIT, startOpenDataApi, type OpenDataApi } from '../helpers/openDataApi'
import { httpRequest } from '../helpers/routeServer'

let api: OpenDataApi
let payload: Payload
const write = { overrideAccess: true, context: { disableRevalidate: true }, depth: 0 } as const
const ids: Record<string, number> = {}
let sportTerm = ''

async function service(slug: string, extra: { topics?: number[]; draft?: boolean } = {}) {
  const doc = await payload.create({
    collection: 'services',
    locale: 'en',
    draft: extra.draft,
    data: {
      title: `Service ${slug}`,
      slug,
      summary: `About ${slug}.`,
      category: 'office',
      topics: extra.topics ?? [],
      _status: extra.draft ? 'draft' : 'published',
      locations: [
        {
          name: `${slug} desk`,
          address: { street: 'Calle Mayor 1', postalCode: '46001', locality: 'Testville' },
          point: [-0.376, 39.47],
          openingHours: 'Mo-Fr 09:00-14:00; PH off',
        },
      ],
    },
    ...write,
  } as Parameters<Payload['create']>[0])
  ids[slug] = doc.id as number
}

const url = (path: string) => `${api.server.origin}/api/open-data/hsds${path}`
const get = (path: string, headers: Record<string, string> = {}) =>
  httpRequest(url(path), { headers })

beforeAll(async () => {
  api = await startOpenDataApi(async (fresh) => {
    payload = fresh
    const sport = await payload.create({
      collection: 'topics',
      data: { title: 'Sport', slug: 'sport', _status: 'published' },
      ...write,
    })
    sportTerm = hsdsId('taxonomy_term', sport.id)
    for (let i = 1; i <= 12; i++)
      await service(`s${String(i).padStart(2, '0')}`, { topics: i % 3 === 0 ? [sport.id] : [] })
    await service('hidden', { draft: true })
  })
}, 120_000)

afterAll(async () => {
  await api?.stop()
})

describe('paging', () => {
  it('answers page and per_page with the HSDS page envelope', async () => {
    const body = (await get('/services?page=2&per_page=5')).json()
    expect(body).toMatchObject({
      total_items: 12,
      total_pages: 3,
      page_number: 2,
      size: 5,
      first_page: false,
      last_page: false,
      empty: false,
    })
    expect(body.contents.map((s: { name: string }) => s.name)).toEqual(
      ['s06', 's07', 's08', 's09', 's10'].map((slug) => `Service ${slug}`),
    )
  })

  it('answers an empty last page past the end', async () => {
    const body = (await get('/services?page=9&per_page=5')).json()
    expect(body).toMatchObject({ total_items: 12, size: 0, last_page: true, empty: true })
    expect(body.contents).toEqual([])
  })

  it('ignores parameters it does not know, and refuses known ones that mean nothing', async () => {
    expect((await get('/services?per_page=5&format=json&foo=bar')).status).toBe(200)
    for (const bad of ['page=0', 'per_page=abc', 'modified_after=yesterday', 'locale=xx']) {
      const answer = await get(`/services?${bad}`)
      expect(answer.status, bad).toBe(400)
      expect(answer.json().error).toBeTruthy()
    }
  })
})

describe('filters', () => {
  it('finds services by text and by taxonomy term', async () => {
    const bySearch = (await get('/services?search=ABOUT%20S07')).json()
    expect(bySearch.contents.map((s: { name: string }) => s.name)).toEqual(['Service s07'])
    const byTerm = (await get(`/services?taxonomy_term_id=${sportTerm}`)).json()
    expect(byTerm.contents.map((s: { name: string }) => s.name)).toEqual(
      ['s03', 's06', 's09', 's12'].map((slug) => `Service ${slug}`),
    )
  })

  it('answers modified_after with what changed since, for incremental sync', async () => {
    const before = (await get('/services?per_page=100')).json()
    const since = new Date(Date.now() + 1000)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await payload.update({
      collection: 'services',
      id: ids.s04,
      locale: 'en',
      data: { summary: 'Changed.' },
      ...write,
    })
    const changed = (await get(`/services?modified_after=${since.toISOString()}`)).json()
    expect(changed.contents.map((s: { id: string }) => s.id)).toEqual([hsdsId('service', ids.s04)])
    expect(changed.contents[0].last_modified >= since.toISOString()).toBe(true)
    // Nothing else moved: the other ids are those of the earlier export.
    const after = (await get('/services?per_page=100')).json()
    expect(after.contents.map((s: { id: string }) => s.id)).toEqual(
      before.contents.map((s: { id: string }) => s.id),
    )
  })
})

describe('content', () => {
  it('never shows drafts', async () => {
    const list = (await get('/services?per_page=100')).json()
    expect(list.contents.map((s: { name: string }) => s.name)).not.toContain('Service hidden')
    expect((await get(`/services/${hsdsId('service', ids.hidden)}`)).status).toBe(404)
  })

  it('gives every service an organization, and the city as the organization of last resort', async () => {
    const body = (await get(`/services/${hsdsId('service', ids.s01)}`)).json()
    expect(body.organization_id).toBe(hsdsId('organization', 'city'))
    expect(body.organization.name).toBe('Testville')
    const city = (await get(`/organizations/${body.organization_id}`)).json()
    expect(city.services.map((s: { id: string }) => s.id)).toContain(body.id)
  })

  it('answers 404 for an unknown id or address', async () => {
    expect((await get('/services/00000000-0000-5000-8000-000000000000')).status).toBe(404)
    expect((await get('/nothing-here')).status).toBe(404)
  })
})

describe('HTTP', () => {
  it('lets any origin read, and exposes the validators', async () => {
    const answer = await get('/services', { origin: 'https://app.example' })
    expect(answer.headers['access-control-allow-origin']).toBe('*')
    expect(answer.headers['access-control-expose-headers']).toMatch(/ETag/)
    expect(answer.headers['cache-control']).toMatch(/public/)
    const preflight = await httpRequest(url('/services'), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-headers']).toMatch(/If-None-Match/)
  })

  it('answers 304 to a client whose copy is current, and 200 once it is not', async () => {
    const first = await get('/services?per_page=3')
    const etag = first.headers.etag as string
    const lastModified = first.headers['last-modified'] as string
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0)
    const again = await get('/services?per_page=3', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect((await get('/services?per_page=3', { 'if-modified-since': lastModified })).status).toBe(
      304,
    )
    await payload.update({
      collection: 'services',
      id: ids.s01,
      locale: 'en',
      data: { title: 'Service s01 renamed' },
      ...write,
    })
    const changed = await get('/services?per_page=3', { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('redirects the first open-data address to the same data in the HSDS API', async () => {
    const answer = await httpRequest(`${api.server.origin}/api/open-data/services.json?locale=es`)
    expect(answer.status).toBe(308)
    const location = new URL(answer.headers.location!, api.server.origin)
    expect(location.pathname).toBe('/api/open-data/hsds/services')
    expect(Object.fromEntries(location.searchParams)).toEqual({
      full: 'true',
      per_page: '1000',
      locale: 'es',
    })
    const followed = await httpRequest(location.toString())
    expect(followed.json().total_items).toBe(12)
  })

  it('is rate-limited, and the 429 stays readable from another origin', async () => {
    process.env.PLAZA_RATE_LIMIT_OPEN_DATA = '2/60'
    resetRateLimits()
    try {
      const answers = []
      for (let i = 0; i < 3; i++) answers.push(await get('/'))
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429])
      expect(answers[2].headers['access-control-allow-origin']).toBe('*')
    } finally {
      process.env.PLAZA_RATE_LIMIT_OPEN_DATA = LIFTED_OPEN_DATA_LIMIT
      resetRateLimits()
    }
  })
})
