// The procedures as CPSV-AP 3.2.0 JSON-LD through their real route handlers, over HTTP, on
// the seeded demo city: each procedure's document and the catalogue, in every language,
// validated against the official SHACL shapes (tests/helpers/cpsvShacl.ts); a test stops at
// the first document with a violation. Then drafts, HTTP caching and CORS.
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetRateLimits } from '@/lib/http/rateLimit'
import { seedDemoCity } from '@/lib/seed/seedDemoCity'

import { cpsvValidator } from '../helpers/cpsvShacl'
import { LIFTED_OPEN_DATA_LIMIT, startOpenDataApi, type OpenDataApi } from '../helpers/openDataApi'
import { httpRequest } from '../helpers/routeServer'

let api: OpenDataApi
let payload: Payload
let validator: ReturnType<typeof cpsvValidator>
const counts = new Map<string, { documents: number; services: number; triples: number }>()
const LOCALES = ['en', 'es'] as const
const SLOW = { timeout: 240_000 }
const write = { overrideAccess: true, context: { disableRevalidate: true }, depth: 0 } as const
let slugs: string[] = []

beforeAll(async () => {
  api = await startOpenDataApi(async (seeded, dir) => {
    payload = seeded
    await seedDemoCity(payload, {
      now: new Date('2026-11-26T09:00:00Z'),
      demoPassword: 'demo-pass-0123456789',
      loginsFile: path.join(dir, 'demo-logins.txt'),
    })
  })
  validator = cpsvValidator()
  const published = await payload.find({
    collection: 'procedures',
    overrideAccess: false,
    pagination: false,
    select: { slug: true },
    sort: 'slug',
  })
  slugs = published.docs.map((doc) => doc.slug)
}, 300_000)

afterAll(async () => {
  await api?.stop()
  if (counts.size > 0)
    console.log(
      'CPSV-AP documents validated (endpoint, locale: documents / public services / triples)\n' +
        [...counts]
          .map(([key, n]) => `  ${key}: ${n.documents} / ${n.services} / ${n.triples}`)
          .join('\n'),
    )
})

const get = (pathAndQuery: string, headers: Record<string, string> = {}) =>
  httpRequest(`${api.server.origin}${pathAndQuery}`, { headers })

type Graph = { '@graph': Array<{ '@id': string; '@type': string | string[] }> }
const publicServices = (document: Graph) =>
  document['@graph'].filter((node) => node['@type'] === 'cpsv:PublicService')

/** Fetches and validates one document; fails with its violations. */
async function validated(address: string, endpoint: string, locale: string): Promise<Graph> {
  const answer = await get(address)
  expect(answer.status, `${address}: ${answer.text.slice(0, 300)}`).toBe(200)
  expect(answer.headers['content-type']).toBe('application/ld+json; charset=utf-8')
  const document = answer.json()
  const { violations, triples } = await validator.validate(document)
  expect(violations, `${address} against the CPSV-AP 3.2.0 shapes`).toEqual([])
  const key = `${endpoint} ${locale}`
  const sum = counts.get(key) ?? { documents: 0, services: 0, triples: 0 }
  counts.set(key, {
    documents: sum.documents + 1,
    services: sum.services + publicServices(document).length,
    triples: sum.triples + triples,
  })
  return document
}

describe.each(LOCALES)('CPSV-AP 3.2.0 in %s, against the official SHACL shapes', (locale) => {
  it('publishes every procedure as a public service with its own document', SLOW, async () => {
    expect(slugs.length).toBeGreaterThan(10)
    for (const slug of slugs) {
      const document = await validated(
        `/${locale}/procedures/${slug}.jsonld`,
        '/[locale]/procedures/[slug].jsonld',
        locale,
      )
      const [service] = publicServices(document)
      expect(service).toMatchObject({
        'dct:title': { '@language': locale },
        'rdfs:seeAlso': {
          '@id': expect.stringMatching(new RegExp(`/${locale}/procedures/${slug}$`)),
        },
      })
    }
  })

  it('publishes every procedure in one catalogue document', SLOW, async () => {
    const document = await validated(
      `/api/open-data/cpsv?locale=${locale}`,
      '/api/open-data/cpsv',
      locale,
    )
    expect(publicServices(document)).toHaveLength(slugs.length)
  })
})

describe('what a procedure says', () => {
  it('gives the e-office link, the offices, the phone, costs and the law of a demo procedure', async () => {
    const document = (await get(`/es/procedures/${slugs[0]}.jsonld`)).json() as Graph
    const types = new Set(document['@graph'].flatMap((node) => [node['@type']].flat()))
    for (const type of [
      'cpsv:PublicService',
      'cv:PublicOrganisation',
      'cv:Channel',
      'cv:Cost',
      'cv:Output',
    ])
      expect(types, type).toContain(type)
    const catalogue = (await get('/api/open-data/cpsv?locale=es')).json() as Graph
    const all = new Set(catalogue['@graph'].flatMap((node) => [node['@type']].flat()))
    for (const type of ['cv:Requirement', 'cv:Evidence', 'eli:LegalResource'])
      expect(all, type).toContain(type)
    const channels = catalogue['@graph'].filter((node) => node['@type'] === 'cv:Channel')
    const kinds = new Set(
      channels.map((c) =>
        (c as never as { 'dct:type': { '@id': string } })['dct:type']['@id'].split('/').pop(),
      ),
    )
    expect([...kinds].sort()).toEqual(['in-person', 'online', 'phone'])
  })
})

describe('drafts', () => {
  beforeAll(async () => {
    await payload.create({
      collection: 'procedures',
      locale: 'en',
      draft: true,
      data: {
        title: 'Secret draft procedure',
        slug: 'secret-draft',
        summary: 'Not yet.',
        _status: 'draft',
      },
      ...write,
    } as Parameters<Payload['create']>[0])
    const [first] = slugs
    const { docs } = await payload.find({
      collection: 'procedures',
      where: { slug: { equals: first } },
      ...write,
    })
    await payload.update({
      collection: 'procedures',
      id: docs[0].id,
      locale: 'en',
      draft: true,
      data: { title: 'Unpublished new title' },
      ...write,
    })
  })

  it('never shows a draft procedure, nor a published one’s pending draft, whatever the query asks', async () => {
    for (const query of ['', '?draft=true', '?draft=true&locale=en', '?preview=true&draft=1']) {
      expect((await get(`/en/procedures/secret-draft.jsonld${query}`)).status, query).toBe(404)
      const one = await get(`/en/procedures/${slugs[0]}.jsonld${query}`)
      expect(one.status).toBe(200)
      expect(one.text).not.toContain('Unpublished new title')
      const all = await get(`/api/open-data/cpsv${query || '?'}&locale=en`)
      expect(all.status).toBe(200)
      expect(all.text).not.toContain('Secret draft procedure')
      expect(all.text).not.toContain('Unpublished new title')
    }
  })
})

describe('HTTP', () => {
  it('lets any origin read, and answers 304 to a client whose copy is current', async () => {
    const address = `/en/procedures/${slugs[0]}.jsonld`
    const first = await get(address, { origin: 'https://app.example' })
    expect(first.headers['access-control-allow-origin']).toBe('*')
    expect(first.headers['cache-control']).toMatch(/public/)
    const etag = first.headers.etag as string
    expect(etag).toBeTruthy()
    expect(first.headers['last-modified']).toBeTruthy()
    expect((await get(address, { 'if-none-match': etag })).status).toBe(304)
    const catalogue = await get('/api/open-data/cpsv')
    expect(
      (await get('/api/open-data/cpsv', { 'if-none-match': catalogue.headers.etag as string }))
        .status,
    ).toBe(304)
    const preflight = await httpRequest(`${api.server.origin}/api/open-data/cpsv`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
  })

  it('is rate-limited for anonymous readers like every open-data address', async () => {
    process.env.PLAZA_RATE_LIMIT_OPEN_DATA = '2/60'
    resetRateLimits()
    try {
      const statuses = []
      for (const address of ['/api/open-data/cpsv', `/en/procedures/${slugs[0]}.jsonld`])
        statuses.push((await get(address)).status)
      const refused = await get(`/en/procedures/${slugs[0]}.jsonld`)
      expect([...statuses, refused.status]).toEqual([200, 200, 429])
      expect(refused.headers['access-control-allow-origin']).toBe('*')
    } finally {
      process.env.PLAZA_RATE_LIMIT_OPEN_DATA = LIFTED_OPEN_DATA_LIMIT
      resetRateLimits()
    }
  })

  it('answers 404 for an unknown procedure or language, and 400 for a catalogue language it lacks', async () => {
    expect((await get('/en/procedures/no-such-procedure.jsonld')).status).toBe(404)
    expect((await get(`/xx/procedures/${slugs[0]}.jsonld`)).status).toBe(404)
    expect((await get('/api/open-data/cpsv?locale=xx')).status).toBe(400)
  })
})
