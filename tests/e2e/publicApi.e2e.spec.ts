import { expect, test } from '@playwright/test'

import { loginToken } from '../helpers/e2eAuth'

// Anonymous visitors reach drafts through no channel: REST, GraphQL, versions or pages.
const DRAFT_SLUG = `e2e-draft-service-${Date.now()}`
let draftId: number | string

test.beforeAll(async ({ request }) => {
  const token = await loginToken(request, 'editor')
  const response = await request.post('/api/services?draft=true', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title: 'Secret draft service',
      slug: DRAFT_SLUG,
      summary: 'Not approved yet.',
      category: 'office',
      internalNotes: 'internal only',
      _status: 'draft',
      locations: [{ name: 'Nowhere', address: { street: 'Calle Falsa 1' }, point: [-0.37, 39.47] }],
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  draftId = ((await response.json()) as { doc: { id: number } }).doc.id
})

test.describe('drafts stay private', () => {
  test('REST lists and ?draft=true never include a draft', async ({ request }) => {
    for (const query of [
      '',
      '?draft=true',
      '?draft=true&limit=100',
      '?where[_status][equals]=draft',
    ]) {
      const response = await request.get(`/api/services${query}`)
      expect(response.status()).toBe(200)
      const body = await response.text()
      expect(body).not.toContain(DRAFT_SLUG)
      expect(body).not.toContain('internal only')
    }
    const byStatus = await (await request.get('/api/services?where[_status][equals]=draft')).json()
    expect(byStatus.totalDocs).toBe(0)
  })

  test('REST by id and the versions endpoint refuse anonymous readers', async ({ request }) => {
    const byId = await request.get(`/api/services/${draftId}?draft=true`)
    expect([403, 404]).toContain(byId.status())
    expect(await byId.text()).not.toContain(DRAFT_SLUG)
    const versions = await request.get('/api/services/versions')
    expect(versions.status()).toBe(403)
  })

  test('GraphQL never returns a draft', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ Services(draft: true, limit: 100) { docs { slug internalNotes } } }' },
    })
    const body = await response.text()
    expect(body).not.toContain(DRAFT_SLUG)
    expect(body).not.toContain('internal only')
  })

  test('the public page of a draft is a 404', async ({ request }) => {
    const response = await request.get(`/en/services/${DRAFT_SLUG}`)
    expect(response.status()).toBe(404)
  })

  test('published documents never expose internal notes', async ({ request }) => {
    const body = await (await request.get('/api/services?limit=100&depth=0')).json()
    expect(body.docs.length).toBeGreaterThan(0)
    for (const doc of body.docs) expect(doc).not.toHaveProperty('internalNotes')
  })
})

test.describe('preview and revalidation endpoints', () => {
  test('preview refuses a visitor without an editor session', async ({ request }) => {
    const response = await request.get('/next/preview?path=/en', { maxRedirects: 0 })
    expect(response.status()).toBe(403)
  })

  test('preview refuses paths outside the site', async ({ request }) => {
    const response = await request.get('/next/preview?path=//evil.example/', { maxRedirects: 0 })
    expect(response.status()).toBe(400)
  })

  test('preview lets an editor in and turns on draft mode', async ({ request }) => {
    const token = await loginToken(request, 'editor')
    const response = await request.get('/next/preview?path=/en/services', {
      headers: { Authorization: `JWT ${token}` },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(307)
    expect(response.headers()['location']).toBe('/en/services')
    expect(response.headers()['set-cookie']).toContain('__prerender_bypass')
  })

  test('revalidation needs the server key', async ({ request }) => {
    const response = await request.post('/next/revalidate', {
      data: { targets: [{ kind: 'layout', path: '/' }] },
      headers: { 'x-plaza-revalidate': 'guess' },
    })
    expect(response.status()).toBe(403)
  })
})

test.describe('site plumbing', () => {
  test('/ sends visitors to their language', async ({ request }) => {
    const es = await request.get('/', {
      headers: { 'Accept-Language': 'es-ES,es;q=0.9' },
      maxRedirects: 0,
    })
    expect([307, 308]).toContain(es.status())
    expect(es.headers()['location']).toMatch(/\/es$/)
    const en = await request.get('/', { headers: { 'Accept-Language': 'de-DE' }, maxRedirects: 0 })
    expect(en.headers()['location']).toMatch(/\/en$/)
  })

  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/en', '/en/procedures', '/api/services', '/admin/login']) {
      const response = await request.get(path)
      const headers = response.headers()
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'")
      expect(headers['content-security-policy'], path).toContain("object-src 'none'")
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
      expect(headers['x-powered-by'], path).toBeUndefined()
    }
  })

  test('the sitemap lists procedures in both languages, robots keeps crawlers out of the admin', async ({
    request,
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain('/en/procedures/register-certificate')
    expect(sitemap).toContain('/es/procedures/register-certificate')
    expect(sitemap).not.toContain(DRAFT_SLUG)
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toMatch(/Disallow: \/admin/)
    expect(robots).toMatch(/Sitemap: /)
  })

  test('unknown pages answer 404', async ({ request }) => {
    expect((await request.get('/en/procedures/no-such-procedure')).status()).toBe(404)
    expect((await request.get('/en/no/such/page')).status()).toBe(404)
    expect((await request.get('/xx/procedures')).status()).toBe(404)
  })
})
