// docs/SECURITY.md over real HTTP through Payload's REST and GraphQL route
// handlers and the site's proxy: depth is bounded for everyone, anonymous reads are bounded in
// size and rate (400 / 429 with Retry-After and one sentence, never a slow answer), the
// search page has a real 429, and a client's own X-Forwarded-For never changes who it is.
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashAddress } from '../../src/lib/audit/auditLog'
import { MAX_ANONYMOUS_LIMIT, MAX_DEPTH } from '../../src/lib/http/publicReads'
import { resetRateLimits } from '../../src/lib/http/rateLimit'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type HttpAnswer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const PASSWORD = 'correct-horse-battery'
let ctx: TestPayload
let server: RouteServer
let editorToken = ''

beforeAll(async () => {
  process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '100000/60'
  process.env.PLAZA_RATE_LIMIT_LOGIN = '100000/60'
  ctx = await startTestPayload()
  const { payload } = ctx
  await payload.create({
    collection: 'users',
    data: { email: 'editor@reads.example', password: PASSWORD, role: 'editor' },
    overrideAccess: true,
  })
  for (let i = 0; i < 3; i++) {
    await payload.create({
      collection: 'topics',
      data: { title: `Topic ${i}`, slug: `topic-${i}`, _status: 'published' },
      context: { disableRevalidate: true },
    } as never)
  }
  const api = await plazaApiDispatch()
  const { proxy } = await import('../../src/proxy')
  // The site's proxy runs first, as in `next start`; what it lets through is "the page".
  server = await startRouteServer(async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname.startsWith('/api/')) return api(request)
    const answer = await proxy(new NextRequest(request))
    if (answer.headers.get('x-middleware-next')) return new Response('the page', { status: 200 })
    return answer
  })
  resetRateLimits()
  const login = await httpRequest(`${server.origin}/api/users/login`, {
    method: 'POST',
    body: { email: 'editor@reads.example', password: PASSWORD },
  })
  editorToken = login.json().token
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  delete process.env.PLAZA_RATE_LIMIT_PUBLIC_API
  delete process.env.PLAZA_RATE_LIMIT_LOGIN
  delete process.env.PLAZA_RATE_LIMIT_SEARCH
})

const get = (path: string, { token, from }: { token?: string; from?: string } = {}) =>
  httpRequest(`${server.origin}${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
    from,
  })

const graphql = (
  query: string,
  { token, from, variables }: { token?: string; from?: string; variables?: object } = {},
) =>
  httpRequest(`${server.origin}/api/graphql`, {
    method: 'POST',
    headers: token ? { authorization: `JWT ${token}` } : {},
    body: { query, variables },
    from,
  })

function expectRefused(answer: HttpAnswer, pattern: RegExp) {
  expect(answer.status, answer.text).toBe(400)
  expect(answer.json().errors?.[0]?.message).toMatch(pattern)
  expect(answer.text).not.toMatch(/"docs"/)
}

describe('bounded reads (line 23)', () => {
  it(`refuses depth above ${MAX_DEPTH} for everyone with a 400 that names the limit`, async () => {
    for (const token of [undefined, editorToken]) {
      for (const path of [
        '/api/topics?depth=4',
        '/api/topics?depth=1000',
        '/api/globals/site-settings?depth=50',
      ]) {
        expectRefused(await get(path, { token }), /^depth may be at most 3: /)
      }
      expect((await get(`/api/topics?depth=${MAX_DEPTH}`, { token })).status).toBe(200)
    }
    const { docs } = (await get('/api/topics?limit=1')).json()
    expectRefused(await get(`/api/topics/${docs[0].id}?depth=9`), /^depth may be at most 3/)
  })

  it(`refuses anonymous limits outside 1–${MAX_ANONYMOUS_LIMIT} and pagination=false, over every REST spelling`, async () => {
    const ok = await get(`/api/topics?limit=${MAX_ANONYMOUS_LIMIT}`)
    expect(ok.status).toBe(200)
    expect(ok.json().docs).toHaveLength(3)
    for (const query of [
      'limit=101',
      'limit=100000',
      'limit=0',
      'limit=-1',
      'limit=2.5',
      'limit=abc',
    ]) {
      expectRefused(
        await get(`/api/topics?${query}`),
        /^limit must be a whole number from 1 to 100 /,
      )
    }
    expectRefused(await get('/api/topics?pagination=false'), /^pagination=false is not available/)
    expectRefused(
      await get('/api/alerts?joins[pushDeliveries][limit]=0'),
      /^joins\[pushDeliveries\]\[limit\] must be/,
    )
    // Payload's POST-as-GET spelling, with the parameters in the body.
    const override = await httpRequest(`${server.origin}/api/topics`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'GET',
      },
      body: 'limit=5000&pagination=false',
    })
    expect(override.status, override.text).toBe(400)
    // Staff keep full reads.
    const staff = await get('/api/topics?limit=500&pagination=false', { token: editorToken })
    expect(staff.status).toBe(200)
    expect(staff.json().docs).toHaveLength(3)
  })

  it('refuses the same over GraphQL with a real 400, literal or variable, aliased or not', async () => {
    const cases: Array<[string, object | undefined]> = [
      ['{ Topics(limit: 1000) { docs { id } } }', undefined],
      ['{ Topics(limit: 0) { docs { id } } }', undefined],
      ['{ Topics(pagination: false) { docs { id } } }', undefined],
      ['query($n: Int) { Topics(limit: $n) { docs { id } } }', { n: 5000 }],
      ['{ a: Topics(limit: 1) { totalDocs } b: Topics(limit: 101) { totalDocs } }', undefined],
    ]
    for (const [query, variables] of cases) {
      const answer = await graphql(query, { variables })
      expect(answer.status, `${query}: ${answer.text}`).toBe(400)
      expect(answer.json().errors[0].message).toMatch(/^(limit must be|pagination=false)/)
    }
    const fine = await graphql('{ Topics(limit: 100) { docs { slug } } }')
    expect(fine.status).toBe(200)
    expect(fine.json().data.Topics.docs).toHaveLength(3)
    const staff = await graphql('{ Topics(limit: 1000, pagination: false) { totalDocs } }', {
      token: editorToken,
    })
    expect(staff.status).toBe(200)
    expect(staff.json().data.Topics.totalDocs).toBe(3)
  })
})

describe('rate limits on anonymous reads and the search page (line 23)', () => {
  function expectTooMany(answer: HttpAnswer) {
    expect(answer.status, answer.text).toBe(429)
    const retryAfter = Number(answer.headers['retry-after'])
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
  }

  it('answers 429 with Retry-After after N anonymous reads (REST and GraphQL share them)', async () => {
    process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '6/60'
    resetRateLimits()
    try {
      const A = '127.0.0.2'
      // Populating relationships (depth) is part of the read, not more reads.
      for (let i = 0; i < 3; i++)
        expect((await get('/api/topics?depth=2', { from: A })).status).toBe(200)
      expect((await get('/api/globals/site-settings', { from: A })).status).toBe(200)
      expect((await graphql('{ Topics { totalDocs } }', { from: A })).status).toBe(200)
      expect((await get('/api/topics/count', { from: A })).status).toBe(200)
      const rest = await get('/api/topics', { from: A })
      expectTooMany(rest)
      expect(rest.json().errors[0].message).toMatch(
        /^Too many requests\. Please wait \d+ seconds? and try again\.$/,
      )
      const gql = await graphql('{ Topics { totalDocs } }', { from: A })
      expectTooMany(gql)
      expect(gql.json().errors[0].message).toMatch(/^Too many requests/)
      // Another client, and staff from the same address, are not affected.
      expect((await get('/api/topics', { from: '127.0.0.3' })).status).toBe(200)
      const staff = await get('/api/topics', { from: A, token: editorToken })
      expect(staff.status, staff.text).toBe(200)
    } finally {
      process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '100000/60'
      resetRateLimits()
    }
  })

  it('answers the search page with a real 429 in the page language; the empty form is free', async () => {
    process.env.PLAZA_RATE_LIMIT_SEARCH = '3/60'
    resetRateLimits()
    try {
      const B = '127.0.0.4'
      for (let i = 0; i < 5; i++) expect((await get('/es/search', { from: B })).status).toBe(200)
      // The results page and the JSON search spend one budget.
      expect((await get('/es/search?q=parque', { from: B })).status).toBe(200)
      expect((await get('/en/search?q=park', { from: B })).status).toBe(200)
      expect((await get('/api/search?q=park&locale=en', { from: B })).status).not.toBe(429)
      const page = await get('/es/search?q=biblioteca', { from: B })
      expectTooMany(page)
      expect(page.headers['content-type']).toMatch(/text\/html/)
      expect(page.text).toMatch(/<html lang="es">/)
      expect(page.text).toMatch(/Has buscado muchas veces en poco tiempo\. Espera \d+ segundos?/)
      expectTooMany(await get('/api/search?q=park&locale=en', { from: B }))
      // Other pages and other clients are untouched.
      expect((await get('/es/agenda', { from: B })).status).toBe(200)
      expect((await get('/en/search?q=park', { from: '127.0.0.5' })).status).toBe(200)
    } finally {
      delete process.env.PLAZA_RATE_LIMIT_SEARCH
      resetRateLimits()
    }
  })
})

describe('client addresses cannot be forged (line 25)', () => {
  it('a client writing its own X-Forwarded-For / X-Real-IP still spends its own budget', async () => {
    process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '4/60'
    resetRateLimits()
    try {
      const C = '127.0.0.6'
      for (let i = 0; i < 4; i++) {
        const answer = await httpRequest(`${server.origin}/api/topics`, {
          headers: { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` },
          from: C,
        })
        expect(answer.status).toBe(200)
      }
      const forged = await httpRequest(`${server.origin}/api/topics`, {
        headers: {
          'x-forwarded-for': '203.0.113.200, 10.9.9.9',
          'x-plaza-socket-address': 'x 1.1.1.1',
        },
        from: C,
      })
      expect(forged.status).toBe(429)
    } finally {
      process.env.PLAZA_RATE_LIMIT_PUBLIC_API = '100000/60'
      resetRateLimits()
    }
  })

  it('the audit log records the connection address, not the one the client claims', async () => {
    const D = '127.0.0.7'
    const denied = await httpRequest(`${server.origin}/api/services`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.250' },
      body: { title: 'x' },
      from: D,
    })
    expect(denied.status).toBe(403)
    const { payload } = ctx
    const rows = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'access-denied' }, collectionSlug: { equals: 'services' } },
      depth: 0,
    })
    expect(rows.docs.map((row) => row.ipHash)).toEqual([hashAddress(D, payload.secret)])
  })
})
