// docs/SECURITY.md over real HTTP: login, forgot-password (REST and GraphQL) and every
// public JSON API answer 429 with Retry-After after N requests from one client, while
// another client (another loopback address) is unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rateLimitEnvName, rateLimitRule, resetRateLimits } from '../../src/lib/http/rateLimit'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const LIMITS = {
  PLAZA_RATE_LIMIT_LOGIN: '3/60',
  PLAZA_RATE_LIMIT_FORGOT_PASSWORD: '2/60',
  PLAZA_RATE_LIMIT_SEARCH: '4/60',
  PLAZA_RATE_LIMIT_NEARBY: '4/60',
  PLAZA_RATE_LIMIT_TRANSIT: '4/60',
  PLAZA_RATE_LIMIT_OPEN_DATA: '4/60',
  PLAZA_RATE_LIMIT_WEBHOOK: '4/60',
  PLAZA_RATE_LIMIT_PUSH_SUBSCRIBE: '4/60',
}

let ctx: TestPayload
let server: RouteServer
const A = '127.0.0.1'
const B = '127.0.0.2'

beforeAll(async () => {
  Object.assign(process.env, LIMITS)
  ctx = await startTestPayload()
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'editor@test.example', password: 'correct-horse-battery', role: 'editor' },
    overrideAccess: true,
  })
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  for (const name of Object.keys(LIMITS)) delete process.env[name]
})

function expectTooMany(answer: {
  status: number
  headers: Record<string, unknown>
  json: () => any
}) {
  expect(answer.status).toBe(429)
  const retryAfter = Number(answer.headers['retry-after'])
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(60)
  expect(answer.headers['content-type']).toMatch(/application\/json/)
  expect(answer.json().error).toMatch(
    /^Too many requests\. Please wait \d+ seconds? and try again\.$/,
  )
}

const login = (from: string, password = 'wrong-password') =>
  httpRequest(`${server.origin}/api/users/login`, {
    method: 'POST',
    body: { email: 'editor@test.example', password },
    from,
  })

describe('login', () => {
  it('answers 429 after 3 attempts from one client; another client still reaches Payload', async () => {
    resetRateLimits()
    for (let i = 0; i < 3; i++) expect((await login(A)).status).toBe(401)
    expectTooMany(await login(A))
    // Even the right password is not checked while the client is throttled.
    expectTooMany(await login(A, 'correct-horse-battery'))
    const other = await login(B, 'correct-horse-battery')
    expect(other.status).toBe(200)
    expect(other.json().token).toBeTruthy()
  })

  it('counts every aliased loginUser mutation in one GraphQL request', async () => {
    resetRateLimits()
    const attempt = (n: number) =>
      `a${n}: loginUser(email: "editor@test.example", password: "wrong") { token }`
    const batch = `mutation { ${[1, 2, 3, 4].map(attempt).join(' ')} }`
    expectTooMany(
      await httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        body: { query: batch },
        from: A,
      }),
    )
    const single = await httpRequest(`${server.origin}/api/graphql`, {
      method: 'POST',
      body: { query: `mutation { ${attempt(1)} }` },
      from: B,
    })
    expect(single.status).toBe(200)
    expect(single.json().errors?.[0]?.message).toMatch(/incorrect/i)
  })

  it('does not count ordinary GraphQL queries against login', async () => {
    resetRateLimits()
    for (let i = 0; i < 6; i++) {
      const answer = await httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        body: { query: '{ Topics { totalDocs } }' },
        from: A,
      })
      expect(answer.status).toBe(200)
    }
  })
})

describe('forgot-password', () => {
  const forgot = (from: string, email: string) =>
    httpRequest(`${server.origin}/api/users/forgot-password`, {
      method: 'POST',
      body: { email },
      from,
    })

  it('answers 429 after 2 requests per client and per e-mail address', async () => {
    resetRateLimits()
    expect((await forgot(A, 'editor@test.example')).status).toBe(200)
    expect((await forgot(A, 'nobody@test.example')).status).toBe(200)
    expectTooMany(await forgot(A, 'third@test.example'))
    // Another client asking for a different address goes through…
    expect((await forgot(B, 'someone@test.example')).status).toBe(200)
    // …and may ask once more for editor@, whose own budget (2) is then spent from any client.
    expect((await forgot(B, 'editor@test.example')).status).toBe(200)
    expectTooMany(await forgot('127.0.0.3', 'EDITOR@test.example'))
  })

  it('limits forgotPasswordUser over GraphQL too', async () => {
    resetRateLimits()
    const mutation = { query: 'mutation { forgotPasswordUser(email: "x@test.example") }' }
    for (let i = 0; i < 2; i++) {
      const answer = await httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        body: mutation,
        from: A,
      })
      expect(answer.status).toBe(200)
    }
    expectTooMany(
      await httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        body: mutation,
        from: A,
      }),
    )
  })
})

describe.each([
  ['search', '/api/search?q=library'],
  ['nearby', '/api/nearby?lat=39.47&lng=-0.37'],
  ['transit', '/api/transit/lines'],
  ['transit (one line)', '/api/transit/lines/L1'],
  ['transit (departures)', '/api/transit/stops/S1/departures'],
  ['open data', '/api/open-data/hsds/services'],
  ['open data (one service)', '/api/open-data/hsds/services/unknown-id'],
])('public API %s', (_name, path) => {
  it('answers 429 after 4 requests from one client and not for another client', async () => {
    resetRateLimits()
    for (let i = 0; i < 4; i++) {
      const answer = await httpRequest(`${server.origin}${path}`, { from: A })
      expect(answer.status, answer.text).not.toBe(429)
      // Transit answers 503 "No transit timetable is in service." on this empty database.
      expect([200, 400, 404, 503], answer.text).toContain(answer.status)
    }
    expectTooMany(await httpRequest(`${server.origin}${path}`, { from: A }))
    const other = await httpRequest(`${server.origin}${path}`, { from: B })
    expect(other.status).not.toBe(429)
  })
})

describe.each([
  ['push subscribe', '/api/push/subscriptions', 'POST'],
  ['push unsubscribe', '/api/push/subscriptions', 'DELETE'],
  ['e-office webhook', '/api/eoffice/messages', 'POST'],
] as const)('public write API %s', (_name, path, method) => {
  it('answers 429 after 4 requests from one client and not for another client', async () => {
    resetRateLimits()
    // (The test client cannot send a DELETE body through Node's parser: DELETE goes bare.)
    const send = (from: string) =>
      httpRequest(`${server.origin}${path}`, {
        method,
        ...(method === 'POST' ? { body: { endpoint: 'x' } } : {}),
        from,
      })
    for (let i = 0; i < 4; i++) {
      const answer = await send(A)
      // Refused on its merits (bad body, foreign origin, webhook not configured), not throttled.
      expect([400, 401, 403, 413, 415, 503], answer.text).toContain(answer.status)
    }
    expectTooMany(await send(A))
    expect((await send(B)).status).not.toBe(429)
  })
})

describe('configuration', () => {
  it('reads limits as "requests/seconds" and refuses anything else with one sentence', () => {
    expect(rateLimitEnvName('forgotPassword')).toBe('PLAZA_RATE_LIMIT_FORGOT_PASSWORD')
    expect(rateLimitRule('search', {})).toEqual({ points: 60, duration: 60 })
    expect(rateLimitRule('search', { PLAZA_RATE_LIMIT_SEARCH: ' 500 / 10 ' })).toEqual({
      points: 500,
      duration: 10,
    })
    for (const bad of ['0/60', '10', 'ten/60', '10/0', '-1/60']) {
      expect(() => rateLimitRule('search', { PLAZA_RATE_LIMIT_SEARCH: bad })).toThrow(
        /PLAZA_RATE_LIMIT_SEARCH must be "requests\/seconds"/,
      )
    }
  })
})
