import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { subjectHash } from '@/lib/eoffice/keys'
import { linkCitizen, listNotices } from '@/lib/eoffice/links'
import { EOFFICE_DELIVERY_TASK, PRUNE_NOTICES_TASK } from '@/lib/eoffice/notices'
import { signWebhook } from '@/lib/eoffice/webhook'
import { setPushAgent } from '@/lib/push'
import type { CitizenLink } from '@/payload-types'

import { startEOfficeApp } from '../helpers/eofficeApp'
import { startPushEndpoint, type PushEndpoint } from '../helpers/pushEndpoint'
import { useTestVapidKeys } from '../helpers/pushKeys'
import { EOFFICE_HOST, startTestPayload, type TestPayload } from '../helpers/testPayload'

// The electronic office's webhook over real HTTP: HMAC signature and ±5 min window,
// idempotency (also under parallel posts), body validation and the link allowlist, nothing
// stored on any refusal; and a message for a linked citizen reaching their devices through
// a local HTTPS push service (decrypted) and their inbox.
const SECRET = 'webhook-secret-for-tests-0123456789'
const ISSUER = 'https://id.test.example'

let ctx: TestPayload
let payload: Payload
let app: Awaited<ReturnType<typeof startEOfficeApp>>
let push: PushEndpoint
let link: CitizenLink

beforeAll(async () => {
  process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
  process.env.EOFFICE_OIDC_ISSUER = ISSUER
  process.env.EOFFICE_OIDC_CLIENT_ID = 'plaza'
  process.env.EOFFICE_WEBHOOK_SECRET = SECRET
  const vapid = useTestVapidKeys()
  push = await startPushEndpoint({ vapidPublicKey: vapid.publicKey })
  setPushAgent(push.agent)
  ctx = await startTestPayload()
  payload = ctx.payload
  app = await startEOfficeApp(payload)
  process.env.PLAZA_SERVER_URL = app.origin
  link = await linkCitizen(payload, ISSUER, 'citizen-webhook')
})

afterAll(async () => {
  for (const name of [
    'PLAZA_PUSH_ALLOW_LOCAL',
    'EOFFICE_OIDC_ISSUER',
    'EOFFICE_OIDC_CLIENT_ID',
    'EOFFICE_WEBHOOK_SECRET',
    'PLAZA_SERVER_URL',
  ]) {
    delete process.env[name]
  }
  setPushAgent(undefined)
  await app?.close()
  await ctx?.cleanup()
  await push?.close()
})

beforeEach(() => push.reset())

let counter = 0
function message(overrides: Record<string, unknown> = {}) {
  counter++
  return {
    messageId: `msg-${Date.now()}-${counter}`,
    recipientRef: 'citizen-webhook',
    subject: 'Your residence certificate is ready',
    url: `https://${EOFFICE_HOST}/inbox/${counter}`,
    sentAt: new Date().toISOString(),
    category: 'certificates',
    ...overrides,
  }
}

async function post(
  body: unknown,
  {
    secret = SECRET,
    offset = 0,
    timestamp = Math.floor(Date.now() / 1000) + offset,
    signature,
    raw,
  }: {
    secret?: string
    offset?: number
    timestamp?: number | string
    signature?: string
    raw?: string
  } = {},
) {
  const rawBody = raw ?? JSON.stringify(body)
  return fetch(`${app.origin}/api/eoffice/messages`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-plaza-timestamp': String(timestamp),
      'x-plaza-signature': signature ?? signWebhook(secret, timestamp, rawBody),
    },
    body: rawBody,
  })
}

const noticeCount = async () =>
  (await payload.count({ collection: 'eoffice-notices', overrideAccess: true })).totalDocs
const deliveryJobs = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: EOFFICE_DELIVERY_TASK } },
      overrideAccess: true,
    })
  ).totalDocs

describe('signature and time window', () => {
  it.each([
    ['wrong secret', { secret: 'another-secret' }],
    ['malformed signature', { signature: 'sha256=xyz' }],
    ['missing prefix', { signature: 'a'.repeat(64) }],
    ['empty signature', { signature: '' }],
    ['stale by 6 minutes', { offset: -360 }],
    ['future by 6 minutes', { offset: 360 }],
    ['stale just past 5 minutes', { offset: -305 }],
    ['future just past 5 minutes', { offset: 305 }],
    ['timestamp not a number', { timestamp: 'yesterday' }],
    ['timestamp in milliseconds', { offset: Date.now() }],
  ])('refuses %s with 401 and stores nothing', async (_name, options) => {
    const before = await noticeCount()
    const response = await post(message(), options)
    expect(response.status).toBe(401)
    expect(await noticeCount()).toBe(before)
  })

  it('refuses a body changed after signing', async () => {
    const body = message()
    const timestamp = Math.floor(Date.now() / 1000)
    const signature = signWebhook(SECRET, timestamp, JSON.stringify(body))
    const response = await post(null, {
      timestamp,
      signature,
      raw: JSON.stringify({ ...body, url: 'https://evil.example/x' }),
    })
    expect(response.status).toBe(401)
  })

  it('accepts timestamps just inside the window (−4:55 and +4:55)', async () => {
    const now = Math.floor(Date.now() / 1000)
    expect((await post(message(), { timestamp: now - 295 })).status).toBe(202)
    expect((await post(message(), { timestamp: now + 295 })).status).toBe(202)
  })

  it('refuses an oversized body with 413 before anything else', async () => {
    const response = await post(message({ subject: 'x'.repeat(20_000) }))
    expect(response.status).toBe(413)
  })
})

describe('body validation and allowlist', () => {
  const valid = message()
  const hostile: [string, string][] = [
    ['not JSON', '{"messageId": '],
    ['empty body', ''],
    ['JSON null', 'null'],
    ['JSON array', JSON.stringify([valid])],
    ['JSON string', JSON.stringify('hello')],
    ['missing messageId', JSON.stringify({ ...valid, messageId: undefined })],
    ['empty messageId', JSON.stringify({ ...valid, messageId: '' })],
    ['messageId with spaces', JSON.stringify({ ...valid, messageId: 'a b' })],
    ['messageId too long', JSON.stringify({ ...valid, messageId: 'a'.repeat(201) })],
    ['messageId a number', JSON.stringify({ ...valid, messageId: 42 })],
    ['missing recipient', JSON.stringify({ ...valid, recipientRef: undefined })],
    ['recipient an object', JSON.stringify({ ...valid, recipientRef: { $ne: null } })],
    ['empty subject', JSON.stringify({ ...valid, subject: '   ' })],
    ['subject with newline', JSON.stringify({ ...valid, subject: 'a\nInjected: header' })],
    ['subject too long', JSON.stringify({ ...valid, subject: 's'.repeat(301) })],
    ['url on another host', JSON.stringify({ ...valid, url: 'https://evil.example/x' })],
    [
      'url on a look-alike host',
      JSON.stringify({ ...valid, url: `https://${EOFFICE_HOST}.evil.example/x` }),
    ],
    [
      'url with credentials',
      JSON.stringify({ ...valid, url: `https://user:pw@${EOFFICE_HOST}/x` }),
    ],
    ['javascript: url', JSON.stringify({ ...valid, url: 'javascript:alert(1)' })],
    ['data: url', JSON.stringify({ ...valid, url: 'data:text/html,<script>alert(1)</script>' })],
    ['plain http url', JSON.stringify({ ...valid, url: `http://${EOFFICE_HOST}/x` })],
    ['relative url', JSON.stringify({ ...valid, url: '/inbox/1' })],
    ['protocol-relative url', JSON.stringify({ ...valid, url: `//${EOFFICE_HOST}/x` })],
    ['sentAt not a date', JSON.stringify({ ...valid, sentAt: 'last tuesday' })],
    ['sentAt without offset', JSON.stringify({ ...valid, sentAt: '2026-11-26 10:00' })],
    ['sentAt a number', JSON.stringify({ ...valid, sentAt: Date.now() })],
    ['category too long', JSON.stringify({ ...valid, category: 'c'.repeat(61) })],
    ['category an array', JSON.stringify({ ...valid, category: ['a'] })],
  ]

  it.each(hostile)('refuses %s with 400 and stores nothing', async (_name, raw) => {
    const before = await noticeCount()
    const jobs = await deliveryJobs()
    const response = await post(null, { raw })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toBeTruthy()
    expect(await noticeCount()).toBe(before)
    expect(await deliveryJobs()).toBe(jobs)
  })

  it('has at least 20 hostile cases', () => expect(hostile.length).toBeGreaterThanOrEqual(20))
})

describe('recipients, idempotency and delivery', () => {
  it('accepts a message for an unknown recipient with 202 and stores nothing', async () => {
    const before = await noticeCount()
    const jobs = await deliveryJobs()
    const response = await post(message({ recipientRef: 'nobody-we-know' }))
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ accepted: true })
    expect(await noticeCount()).toBe(before)
    expect(await deliveryJobs()).toBe(jobs)
  })

  it('stores and queues the same messageId once, also for parallel posts', async () => {
    const body = message()
    const jobs = await deliveryJobs()
    expect((await post(body)).status).toBe(202)
    expect((await post(body)).status).toBe(202)
    const parallel = message()
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(parallel)))
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202, 202, 202])
    for (const id of [body.messageId, parallel.messageId]) {
      const { totalDocs } = await payload.count({
        collection: 'eoffice-notices',
        where: { messageId: { equals: id } },
        overrideAccess: true,
      })
      expect(totalDocs).toBe(1)
    }
    expect(await deliveryJobs()).toBe(jobs + 2)
  })

  it('a signed message for a linked citizen reaches their devices (decrypted) and inbox', async () => {
    // Clear the queue of earlier tests' deliveries (no devices then: nothing sent).
    await payload.jobs.run({ limit: 100, sequential: true })
    const en = push.subscription()
    const es = push.subscription()
    const docs = []
    for (const [sub, locale] of [
      [en, 'en'],
      [es, 'es'],
    ] as const) {
      docs.push(
        await payload.create({
          collection: 'push-subscriptions',
          data: { endpoint: sub.endpoint, keys: sub.keys, locale, alerts: 'none' },
          overrideAccess: true,
        }),
      )
    }
    await payload.update({
      collection: 'citizen-links',
      id: link.id,
      data: { devices: docs.map((d) => d.id) },
      overrideAccess: true,
    })
    const body = message({ subject: 'A fine was notified to you', category: 'fines' })
    expect((await post(body)).status).toBe(202)
    await payload.jobs.run({ limit: 10, sequential: true })
    const received = await push.waitFor(2, 10_000)
    const byId = Object.fromEntries(received.map((r) => [r.subscriptionId, r.message]))
    expect(byId[en.id]).toMatchObject({
      title: 'New message in the electronic office',
      body: 'A fine was notified to you',
      url: body.url,
      lang: 'en',
    })
    expect(byId[es.id]).toMatchObject({
      title: 'Nuevo mensaje en la sede electrónica',
      body: 'A fine was notified to you',
      url: body.url,
      lang: 'es',
    })
    const { docs: reports } = await payload.find({
      collection: 'push-deliveries',
      where: { kind: { equals: 'eoffice' } },
      overrideAccess: true,
    })
    expect(reports.at(-1)).toMatchObject({ sent: 2, failed: 0 })

    const inbox = await listNotices(payload, link.id)
    expect(inbox[0]).toMatchObject({
      messageId: body.messageId,
      subject: 'A fine was notified to you',
      url: body.url,
      category: 'fines',
    })
    // Kept for the retention period of the site settings (90 days by default).
    const days =
      (new Date(inbox[0].expiresAt).getTime() - new Date(body.sentAt).getTime()) / 86_400_000
    expect(days).toBeCloseTo(90, 3)
    // Stored under the hash only.
    expect(link.subjectHash).toBe(subjectHash(ISSUER, 'citizen-webhook'))
  })

  it('stays off with a secret shorter than 32 characters: 503 even when signed with it (docs/SECURITY.md)', async () => {
    const short = 'k'.repeat(31)
    process.env.EOFFICE_WEBHOOK_SECRET = short
    try {
      const before = await noticeCount()
      const answer = await post(message(), { secret: short })
      expect(answer.status).toBe(503)
      expect(await noticeCount()).toBe(before)
    } finally {
      process.env.EOFFICE_WEBHOOK_SECRET = SECRET
    }
  })

  it('is not configured without a secret: 503, nothing stored', async () => {
    delete process.env.EOFFICE_WEBHOOK_SECRET
    try {
      const before = await noticeCount()
      expect((await post(message())).status).toBe(503)
      expect(await noticeCount()).toBe(before)
    } finally {
      process.env.EOFFICE_WEBHOOK_SECRET = SECRET
    }
  })
})

describe('retention', () => {
  it('the scheduled task deletes notices past their expiry and keeps the rest', async () => {
    const make = (messageId: string, expiresAt: Date) =>
      payload.create({
        collection: 'eoffice-notices',
        data: {
          messageId,
          link: link.id,
          subject: 'Old',
          url: `https://${EOFFICE_HOST}/x`,
          sentAt: new Date(expiresAt.getTime() - 90 * 86_400_000).toISOString(),
          expiresAt: expiresAt.toISOString(),
        },
        overrideAccess: true,
      })
    const old = await make('retention-old', new Date(Date.now() - 1000))
    const fresh = await make('retention-fresh', new Date(Date.now() + 86_400_000))
    // Payload's scheduler queues the task (as the site's autoRun cron does every minute).
    await payload.jobs.handleSchedules({ allQueues: true })
    const { docs: queued } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: PRUNE_NOTICES_TASK } },
      overrideAccess: true,
    })
    expect(queued.length).toBeGreaterThan(0)
    // The schedule is hourly: run the queued job now rather than wait for its time.
    await payload.jobs.runByID({ id: queued[0].id })
    const left = await payload.find({
      collection: 'eoffice-notices',
      where: { id: { in: [old.id, fresh.id] } },
      overrideAccess: true,
    })
    expect(left.docs.map((d) => d.id)).toEqual([fresh.id])
  })
})
