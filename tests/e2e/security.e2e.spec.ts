import { expect, request as playwrightRequest, test } from '@playwright/test'

import { baseURL } from '../../playwright.config'
import { DEMO_PASSWORD, DEMO_USERS } from '../helpers/e2eAuth'

// docs/SECURITY.md on the production build (`next start`, NODE_ENV=production).

// Every kind of response the site gives: pages, feeds, APIs, admin, static files, errors.
const ROUTES = [
  '/en',
  '/es',
  '/en/services',
  '/en/agenda',
  '/en/alerts',
  '/en/transit',
  '/en/search?q=library',
  '/en/does-not-exist',
  '/en/agenda/rss.xml',
  '/en/agenda.ics',
  '/en/alerts/atom.xml',
  '/alerts/cap.atom',
  '/sitemap.xml',
  '/robots.txt',
  '/api/search?q=library',
  '/api/nearby?lat=39.47&lng=-0.37',
  '/api/transit/lines',
  '/api/open-data/hsds/services',
  '/en/open-data',
  '/api/services?limit=1',
  '/api/users/me',
  '/admin/login',
  '/favicon.ico',
]

function expectSecurityHeaders(path: string, headers: Record<string, string>) {
  const csp = headers['content-security-policy']
  expect(csp, `${path}: CSP`).toBeTruthy()
  expect(csp, `${path}: no unsafe-eval`).not.toContain('unsafe-eval')
  expect(csp, `${path}: frame-ancestors`).toMatch(/frame-ancestors 'self'/)
  expect(csp, `${path}: object-src`).toMatch(/object-src 'none'/)
  expect(headers['x-content-type-options'], `${path}: nosniff`).toBe('nosniff')
  expect(headers['referrer-policy'], `${path}: Referrer-Policy`).toBe(
    'strict-origin-when-cross-origin',
  )
  expect(headers['strict-transport-security'], `${path}: HSTS`).toMatch(/max-age=\d{7,}/)
  expect(headers['x-powered-by'], `${path}: no X-Powered-By`).toBeUndefined()
}

// A stack frame, a source path or a database error in a body means internals leaked.
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/work\/|\.tsx?:\d+|SQLITE|DrizzleQueryError|Failed query/

test.describe('security headers', () => {
  test('every kind of response carries CSP, nosniff, Referrer-Policy, frame-ancestors, HSTS', async ({
    request,
  }) => {
    const html = await (await request.get('/en')).text()
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(html)?.[0]
    expect(asset, 'a static asset linked from the home page').toBeTruthy()
    for (const path of [...ROUTES, asset!]) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBeLessThan(500)
      expectSecurityHeaders(path, response.headers())
    }
    const graphql = await request.post('/api/graphql', {
      data: { query: '{ Topics { totalDocs } }' },
    })
    expectSecurityHeaders('/api/graphql', graphql.headers())
  })
})

test.describe('production errors show no internals', () => {
  const HOSTILE_GETS = [
    '/api/services?where[title][no_such_operator]=1',
    '/api/services?where[or][0][and][0][slug][equals][$ne]=x',
    '/api/services?sort=-nonexistent.deep.field&depth=999',
    '/api/services?limit=-5&page=abc',
    '/api/services/not-an-id',
    '/api/services?where[content][like]=%27%20OR%201=1--',
    '/api/nearby?lat=abc&lng=%00',
    '/api/search?q=' + 'x'.repeat(5000),
    '/api/transit/stops/%2e%2e%2f%2e%2e%2fetc%2fpasswd/departures?date=2026-13-45',
    '/en/services/%E0%A4%A',
    '/en/agenda?from=not-a-date&topic[]=x',
  ]

  test('hostile GETs get a 4xx or a page, never a stack or database text', async ({ request }) => {
    const statuses: string[] = []
    for (const path of HOSTILE_GETS) {
      const response = await request.get(path, { maxRedirects: 0 })
      const body = await response.text()
      statuses.push(`${response.status()} ${path.slice(0, 60)}`)
      expect(body, path).not.toMatch(INTERNALS)
      expect(response.status(), `${path}: ${body.slice(0, 200)}`).toBeLessThan(500)
    }
    console.log(`hostile GETs:\n  ${statuses.join('\n  ')}`)
  })

  test('malformed bodies to login, GraphQL and REST writes get a clear 4xx', async ({
    request,
  }) => {
    const cases: Array<[string, string, string]> = [
      ['/api/users/login', '{"email": ', 'application/json'],
      ['/api/users/login', '{"email": {"$gt": ""}, "password": {"$ne": 1}}', 'application/json'],
      ['/api/graphql', '{"query": "{"}', 'application/json'],
      ['/api/graphql', 'not json at all', 'application/json'],
      ['/api/services', '{"title": 1}', 'application/json'],
    ]
    for (const [path, body, type] of cases) {
      const response = await request.post(path, { data: body, headers: { 'content-type': type } })
      const text = await response.text()
      expect(text, path).not.toMatch(INTERNALS)
      expect(response.status(), `${path} ${body}: ${text.slice(0, 200)}`).toBeLessThan(500)
      // GraphQL over HTTP may answer a syntax error with 200 and an `errors` list (no data).
      if (path === '/api/graphql' && response.status() === 200) {
        const body = JSON.parse(text) as { errors?: unknown[]; data?: unknown }
        expect(body.errors?.length, text).toBeGreaterThan(0)
        expect(body.data ?? null).toBeNull()
      } else expect(response.status(), path).not.toBe(200)
    }
  })
})

test.describe('GraphQL in production', () => {
  test('refuses introspection and over-deep queries', async ({ request }) => {
    const introspection = await request.post('/api/graphql', {
      data: { query: '{ __schema { types { name } } }' },
    })
    const body = JSON.stringify(await introspection.json())
    expect(body).toMatch(/introspection/i)
    expect(body).not.toContain('"types"')
    const deep = `{ Procedures { docs { ${'relatedProcedures { '.repeat(8)}id${' }'.repeat(8)} } } }`
    const answer = JSON.stringify(
      await (await request.post('/api/graphql', { data: { query: deep } })).json(),
    )
    expect(answer).toMatch(/levels deep; at most 8 are allowed/)
  })
})

test.describe('foreign origins', () => {
  test('a cookie-authenticated write from another origin is refused; from our origin it works', async () => {
    const context = await playwrightRequest.newContext({ baseURL })
    try {
      const login = await context.post('/api/users/login', {
        data: { email: DEMO_USERS.contributor, password: DEMO_PASSWORD },
      })
      expect(login.status()).toBe(200)
      expect(login.headers()['set-cookie']).toMatch(/payload-token=.+HttpOnly/i)
      const me = (await login.json()).user as { id: number; name?: string }
      const patch = (origin: string, name: string) =>
        context.patch(`/api/users/${me.id}`, { headers: { origin }, data: { name } })

      const foreign = await patch('https://evil.example', 'Changed by evil.example')
      expect(foreign.status()).toBe(403)
      const check = await context.get(`/api/users/${me.id}`, { headers: { origin: baseURL } })
      expect((await check.json()).name ?? null).not.toBe('Changed by evil.example')

      const preflight = await context.fetch(`/api/users/${me.id}`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' },
      })
      expect(preflight.headers()['access-control-allow-origin']).toBeUndefined()

      const own = await patch(baseURL, me.name ?? 'Contributor')
      expect(own.status(), await own.text()).toBe(200)
    } finally {
      await context.dispose()
    }
  })
})
