import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resetRateLimits } from '@/lib/http/rateLimit'
import { handleSubscribe, handleUnsubscribe, MAX_BODY_BYTES } from '@/lib/push/subscriptionsApi'

import { subscriptionKeys } from '../helpers/pushKeys'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// The subscribe/unsubscribe API on a real SQLite database, fed real Request objects as
// the route hands them over: bad input is refused with a clear 4xx and writes nothing.
const SITE = 'https://city.example'
let ctx: TestPayload
let payload: Payload
let district: number
let line: number
let topic: number

beforeAll(async () => {
  process.env.PLAZA_PUSH_ALLOW_LOCAL = '0'
  ctx = await startTestPayload()
  payload = ctx.payload
  district = (
    await payload.create({
      collection: 'districts',
      data: sampleDoc('districts') as never,
      context: { disableRevalidate: true },
    })
  ).id as number
  line = (
    await payload.create({
      collection: 'transit-lines',
      data: { name: 'L1', routeId: 'L1' } as never,
      context: { disableRevalidate: true },
    })
  ).id as number
  topic = (
    await payload.create({
      collection: 'topics',
      data: sampleDoc('topics') as never,
      context: { disableRevalidate: true },
    })
  ).id as number
})

afterAll(async () => {
  await ctx?.cleanup()
})

function valid(overrides: Record<string, unknown> = {}) {
  const keys = subscriptionKeys()
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/${crypto.randomUUID()}`,
    keys: { p256dh: keys.p256dh, auth: keys.auth },
    locale: 'en',
    alerts: 'all',
    ...overrides,
  }
}

function request(
  method: 'POST' | 'DELETE',
  body: unknown,
  { origin = SITE, type = 'application/json' }: { origin?: string | null; type?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': type }
  if (origin) headers.origin = origin
  return new Request(`${SITE}/api/push/subscriptions`, {
    method,
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const subscribe = (body: unknown, options?: Parameters<typeof request>[2]) =>
  handleSubscribe(payload, request('POST', body, options), { siteOrigin: SITE })
const unsubscribe = (body: unknown, options?: Parameters<typeof request>[2]) =>
  handleUnsubscribe(payload, request('DELETE', body, options), { siteOrigin: SITE })
const count = async () => (await payload.count({ collection: 'push-subscriptions' })).totalDocs

describe('POST /api/push/subscriptions', () => {
  it('creates, then updates the same endpoint instead of duplicating it', async () => {
    const before = await count()
    const body = valid({
      alerts: 'matching',
      districts: [district],
      lines: [line],
      area: { lat: 39.47, lng: -0.37, radiusKm: 2 },
      agendaTopics: [topic],
      locale: 'es',
    })
    const created = await subscribe(body)
    expect(created.status).toBe(201)
    const updated = await subscribe({ ...body, alerts: 'severe', locale: 'en' })
    expect(updated).toMatchObject({ status: 200, body: { updated: true, alerts: 'severe' } })
    expect(await count()).toBe(before + 1)
    const { docs } = await payload.find({
      collection: 'push-subscriptions',
      where: { endpoint: { equals: body.endpoint } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({
      alerts: 'severe',
      locale: 'en',
      districts: [district],
      lines: [line],
      agendaTopics: [topic],
      area: { centre: [-0.37, 39.47], radiusKm: 2 },
    })
  })

  it('accepts what PushSubscription.toJSON() gives (expirationTime included)', async () => {
    expect((await subscribe(valid({ expirationTime: null }))).status).toBe(201)
  })

  const keys = subscriptionKeys()
  const shortKey = Buffer.alloc(33, 4).toString('base64url')
  const badBodies: [string, unknown, RegExp][] = [
    ['not an object', [], /expected object/i],
    ['no endpoint', { ...valid(), endpoint: undefined }, /endpoint/],
    ['endpoint not a string', valid({ endpoint: 42 }), /endpoint/],
    ['http:// endpoint', valid({ endpoint: 'http://fcm.googleapis.com/x' }), /https/],
    ['loopback endpoint', valid({ endpoint: 'https://127.0.0.1:8443/push' }), /loopback/],
    ['http://127.0.0.1 endpoint', valid({ endpoint: 'http://127.0.0.1/push' }), /https/],
    ['private network endpoint', valid({ endpoint: 'https://10.0.0.5/push' }), /private/],
    ['metadata endpoint', valid({ endpoint: 'https://169.254.169.254/x' }), /private/],
    ['localhost endpoint', valid({ endpoint: 'https://localhost/push' }), /public push service/],
    // Only the browsers' push services, on port 443 (docs/SECURITY.md).
    [
      'any other public host',
      valid({ endpoint: 'https://push.attacker.example/x' }),
      /public push service host/,
    ],
    ['a public address', valid({ endpoint: 'https://8.8.8.8/x' }), /public push service host/],
    [
      'a look-alike host',
      valid({ endpoint: 'https://fcm.googleapis.com.attacker.example/x' }),
      /public push service host/,
    ],
    [
      'a sibling of a listed host',
      valid({ endpoint: 'https://storage.googleapis.com/x' }),
      /public push service host/,
    ],
    [
      'a suffix without the dot',
      valid({ endpoint: 'https://evilnotify.windows.com/x' }),
      /public push service host/,
    ],
    [
      'a push service on another port',
      valid({ endpoint: 'https://fcm.googleapis.com:8443/fcm/send/x' }),
      /port 443/,
    ],
    [
      'endpoint over 2048',
      valid({ endpoint: `https://fcm.googleapis.com/${'a'.repeat(2050)}` }),
      /2048/,
    ],
    ['no keys', { ...valid(), keys: undefined }, /keys/],
    ['p256dh not base64url', valid({ keys: { p256dh: '***', auth: keys.auth } }), /p256dh/],
    ['p256dh wrong length', valid({ keys: { p256dh: shortKey, auth: keys.auth } }), /65 bytes/],
    [
      'p256dh compressed point',
      valid({ keys: { p256dh: Buffer.alloc(65, 2).toString('base64url'), auth: keys.auth } }),
      /uncompressed/,
    ],
    ['auth wrong length', valid({ keys: { p256dh: keys.p256dh, auth: 'AAAA' } }), /16 bytes/],
    ['extra key field', valid({ keys: { ...keys, ecdh: undefined, extra: 'x' } }), /extra/],
    ['unknown locale', valid({ locale: 'xx' }), /locale/],
    ['unknown alerts choice', valid({ alerts: 'some' }), /alerts/],
    ['matching without anything', valid({ alerts: 'matching' }), /at least one district/],
    ['none without topics', valid({ alerts: 'none' }), /nothing to notify/],
    ['districts not ids', valid({ districts: ['centre'] }), /districts/],
    ['unknown district id', valid({ districts: [999999] }), /districts: unknown id 999999/],
    ['unknown line id', valid({ lines: [888888] }), /lines: unknown id 888888/],
    ['unknown topic id', valid({ agendaTopics: [777777] }), /agendaTopics: unknown id 777777/],
    [
      'too many districts',
      valid({ districts: Array.from({ length: 51 }, (_, i) => i + 1) }),
      /districts/,
    ],
    ['latitude out of range', valid({ area: { lat: 91, lng: 0, radiusKm: 1 } }), /area.lat/],
    ['radius too large', valid({ area: { lat: 39, lng: 0, radiusKm: 500 } }), /area.radiusKm/],
    ['unknown top-level field', valid({ email: 'me@example.com' }), /email/],
  ]

  it.each(badBodies)('refuses %s with 400 and writes nothing', async (_, body, message) => {
    const before = await count()
    const result = await subscribe(body)
    expect(result.status).toBe(400)
    expect(String(result.body?.error)).toMatch(message)
    expect(await count()).toBe(before)
  })

  it('refuses malformed JSON, wrong content type and oversized bodies, writing nothing', async () => {
    const before = await count()
    expect(await subscribe('{"endpoint":')).toMatchObject({ status: 400, body: { error: /JSON/ } })
    expect(await subscribe(valid(), { type: 'text/plain' })).toMatchObject({ status: 415 })
    const huge = valid({ padding: 'x'.repeat(MAX_BODY_BYTES) })
    expect(await subscribe(huge)).toMatchObject({ status: 413 })
    expect(await count()).toBe(before)
  })

  it('refuses other origins and requests without an Origin header', async () => {
    const before = await count()
    expect((await subscribe(valid(), { origin: 'https://evil.example' })).status).toBe(403)
    expect((await subscribe(valid(), { origin: null })).status).toBe(403)
    expect(await count()).toBe(before)
  })
})

describe('DELETE /api/push/subscriptions', () => {
  it('removes the subscription for that endpoint, and answers the same for unknown ones', async () => {
    const body = valid()
    await subscribe(body)
    const before = await count()
    expect((await unsubscribe({ endpoint: body.endpoint })).status).toBe(204)
    expect(await count()).toBe(before - 1)
    expect((await unsubscribe({ endpoint: body.endpoint })).status).toBe(204)
  })

  it('validates and checks the origin', async () => {
    const body = valid()
    await subscribe(body)
    const before = await count()
    expect(
      (await unsubscribe({ endpoint: body.endpoint }, { origin: 'https://evil.example' })).status,
    ).toBe(403)
    expect((await unsubscribe({})).status).toBe(400)
    expect((await unsubscribe({ endpoint: body.endpoint, extra: 1 })).status).toBe(400)
    expect(await count()).toBe(before)
  })
})

describe('the cap on new subscriptions per client', () => {
  const from = (address: string, body: unknown) =>
    handleSubscribe(
      payload,
      new Request(`${SITE}/api/push/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: SITE, 'x-forwarded-for': address },
        body: JSON.stringify(body),
      }),
      { siteOrigin: SITE },
    )

  it('refuses new devices past the cap from one address, still updates known ones and serves others', async () => {
    process.env.PLAZA_TRUSTED_PROXIES = '1'
    process.env.PLAZA_RATE_LIMIT_PUSH_NEW_SUBSCRIPTION = '3/86400'
    resetRateLimits()
    try {
      const first = valid()
      expect((await from('203.0.113.7', first)).status).toBe(201)
      expect((await from('203.0.113.7', valid())).status).toBe(201)
      expect((await from('203.0.113.7', valid())).status).toBe(201)
      const before = await count()
      const refused = await from('203.0.113.7', valid())
      expect(refused.status).toBe(429)
      expect(String(refused.body?.error)).toMatch(/too many devices/)
      expect(Number(refused.headers?.['Retry-After'])).toBeGreaterThan(0)
      expect(await count()).toBe(before)
      // Changing an existing subscription is not a new device.
      expect((await from('203.0.113.7', { ...first, alerts: 'severe' })).status).toBe(200)
      expect((await from('198.51.100.9', valid())).status).toBe(201)
    } finally {
      delete process.env.PLAZA_TRUSTED_PROXIES
      delete process.env.PLAZA_RATE_LIMIT_PUSH_NEW_SUBSCRIPTION
      resetRateLimits()
    }
  })
})
