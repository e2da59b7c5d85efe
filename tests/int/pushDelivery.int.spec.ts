import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { deliverPush, setPushAgent, type PushMessage } from '@/lib/push'
import { FAILURES_BEFORE_PRUNE } from '@/lib/push/deliveryBookkeeping'

import {
  startPushEndpoint,
  type PushEndpoint,
  type TestSubscription,
} from '../helpers/pushEndpoint'
import { useTestVapidKeys } from '../helpers/pushKeys'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// deliverPush against a real local HTTPS push service: encrypted bodies are decrypted
// with the subscription's private key, VAPID is verified, and the service's answers
// (201, 404/410, 500, 429) drive pruning and retries; the report is stored.
let ctx: TestPayload
let payload: Payload
let push: PushEndpoint
let vapid: { publicKey: string }

beforeAll(async () => {
  process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
  vapid = useTestVapidKeys()
  push = await startPushEndpoint({ vapidPublicKey: vapid.publicKey })
  setPushAgent(push.agent)
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  setPushAgent(undefined)
  await ctx?.cleanup()
  await push?.close()
})

beforeEach(() => push.reset())

async function store(
  sub: TestSubscription,
  locale: 'en' | 'es' = 'en',
  history: { lastSuccessAt?: string; failureCount?: number } = {},
) {
  return payload.create({
    collection: 'push-subscriptions',
    data: { endpoint: sub.endpoint, keys: sub.keys, locale, alerts: 'all', ...history },
    overrideAccess: true,
  })
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

const message: PushMessage = {
  title: 'Water cut',
  body: 'No water in Centre until 14:00',
  url: '/en/alerts/water-cut',
  tag: 'alert-1',
  lang: 'en',
}

const fast = { attempts: 4, baseDelayMs: 20, maxDelayMs: 2_000 }

describe('deliverPush', () => {
  it('delivers an encrypted, VAPID-signed message with TTL, Urgency and Topic', async () => {
    const sub = push.subscription()
    const doc = await store(sub)
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'Certificate ready',
      subscriptionIds: [doc.id],
      message,
      ttlSeconds: 600,
      urgency: 'high',
      topic: 'alert-1',
    })
    expect(report).toMatchObject({ matched: 1, sent: 1, failed: 0, pruned: 0, status: 'done' })
    const [got] = push.receivedFor(sub.id)
    expect(got.message).toEqual(message)
    expect(got.vapid).toMatchObject({ ok: true, subject: 'mailto:push-test@plaza.invalid' })
    expect(got).toMatchObject({ ttl: 600, urgency: 'high', topic: 'alert-1' })
    const stored = await payload.findByID({ collection: 'push-deliveries', id: report.id })
    expect(stored).toMatchObject({ kind: 'eoffice', status: 'done', matched: 1, sent: 1 })
    const after = await payload.findByID({ collection: 'push-subscriptions', id: doc.id })
    expect(after.lastSuccessAt).toBeTruthy()
  })

  it('prunes subscriptions the push service says are gone (404 and 410)', async () => {
    const gone410 = push.subscription()
    const gone404 = push.subscription()
    const alive = push.subscription()
    push.respond(gone410.id, 410)
    push.respond(gone404.id, 404)
    const docs = [await store(gone410), await store(gone404), await store(alive)]
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: docs.map((d) => d.id),
      message,
      retry: fast,
    })
    expect(report).toMatchObject({ matched: 3, sent: 1, pruned: 2, failed: 0, retried: 0 })
    const left = await payload.find({
      collection: 'push-subscriptions',
      where: { id: { in: docs.map((d) => d.id) } },
    })
    expect(left.docs.map((d) => d.endpoint)).toEqual([alive.endpoint])
  })

  it('retries 500 and 429 (honouring Retry-After) with backoff, then succeeds', async () => {
    const flaky = push.subscription()
    const limited = push.subscription()
    push.respond(flaky.id, 500, 500, 201)
    push.respond(limited.id, { status: 429, retryAfter: '1' }, 201)
    const docs = [await store(flaky), await store(limited)]
    const started = Date.now()
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: docs.map((d) => d.id),
      message,
      retry: fast,
    })
    expect(report).toMatchObject({ matched: 2, sent: 2, failed: 0, retried: 3 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(push.attempts.filter((a) => a.subscriptionId === flaky.id).map((a) => a.status)).toEqual(
      [500, 500, 201],
    )
    expect(push.receivedFor(limited.id)).toHaveLength(1)
  })

  it('gives up after the bounded attempts and records the failure by host', async () => {
    const down = push.subscription()
    push.respond(down.id, 503)
    const doc = await store(down)
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: [doc.id],
      message,
      retry: { ...fast, attempts: 3 },
    })
    expect(report).toMatchObject({ matched: 1, sent: 0, failed: 1, retried: 2, status: 'failed' })
    expect(report.failures[0]).toMatchObject({ host: new URL(push.origin).host, statusCode: 503 })
    expect(push.attempts.filter((a) => a.subscriptionId === down.id)).toHaveLength(3)
    const after = await payload.findByID({ collection: 'push-subscriptions', id: doc.id })
    expect(after).toMatchObject({ failureCount: 1 })
    expect(after.lastFailureAt).toBeTruthy()
  })

  it('does not wait for a Retry-After beyond the limit', async () => {
    const slow = push.subscription()
    push.respond(slow.id, { status: 429, retryAfter: '3600' })
    const doc = await store(slow)
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: [doc.id],
      message,
      retry: fast,
    })
    expect(report).toMatchObject({ sent: 0, failed: 1, retried: 0 })
  })

  it('builds one message per subscription when given a function (each in its language)', async () => {
    const en = push.subscription()
    const es = push.subscription()
    const docs = [await store(en, 'en'), await store(es, 'es')]
    await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: docs.map((d) => d.id),
      message: (sub) => ({ ...message, lang: sub.locale as 'en' | 'es', title: `t-${sub.locale}` }),
    })
    expect(push.receivedFor(es.id)[0].message).toMatchObject({ lang: 'es', title: 't-es' })
    expect(push.receivedFor(en.id)[0].message).toMatchObject({ lang: 'en', title: 't-en' })
  })

  // docs/SECURITY.md: a crowd of fake subscriptions cannot hold up real devices.
  it('sends to devices that received earlier messages before new or failing ones', async () => {
    const dead = [push.subscription(), push.subscription(), push.subscription()]
    for (const sub of dead) push.respond(sub.id, 410)
    const docs = [
      await store(dead[0]!),
      await store(dead[1]!, 'en', { failureCount: 1 }),
      await store(dead[2]!),
    ]
    const live = push.subscription()
    docs.push(await store(live, 'en', { lastSuccessAt: daysAgo(1) }))
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: docs.map((d) => d.id),
      message,
      concurrency: 1,
      retry: fast,
    })
    expect(report).toMatchObject({ matched: 4, sent: 1, pruned: 3 })
    expect(push.attempts.map((a) => a.subscriptionId)).toEqual([
      live.id,
      dead[0]!.id,
      dead[2]!.id,
      dead[1]!.id,
    ])
  })

  it('lets a retry wait in its own lane, holding up no other device', async () => {
    const flaky = push.subscription()
    push.respond(flaky.id, { status: 429, retryAfter: '1' }, 201)
    const others = [push.subscription(), push.subscription()]
    const docs = [await store(flaky), ...(await Promise.all(others.map((sub) => store(sub))))]
    await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: docs.map((d) => d.id),
      message,
      concurrency: 1,
      retry: fast,
    })
    expect(push.attempts.map((a) => [a.subscriptionId, a.status])).toEqual([
      [flaky.id, 429],
      [others[0]!.id, 201],
      [others[1]!.id, 201],
      [flaky.id, 201],
    ])
  })

  it('does not wait again for a host that never answered a never-reached device', async () => {
    const silent = push.subscription()
    push.respond(silent.id, 'hang')
    const doc = await store(silent)
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: [doc.id],
      message,
      retry: fast,
    })
    expect(report).toMatchObject({ matched: 1, sent: 0, failed: 1, retried: 0 })
    expect(report.failures[0]?.message).toMatch(/no answer within/)
    expect(push.attempts.filter((a) => a.subscriptionId === silent.id)).toHaveLength(1)
  }, 20_000)

  it('deletes a subscription that keeps failing with no recent success, keeps one that had it', async () => {
    const fake = push.subscription()
    const real = push.subscription()
    push.respond(fake.id, 400)
    push.respond(real.id, 400)
    const fakeDoc = await store(fake, 'en', { failureCount: FAILURES_BEFORE_PRUNE - 1 })
    const realDoc = await store(real, 'en', {
      failureCount: FAILURES_BEFORE_PRUNE - 1,
      lastSuccessAt: daysAgo(2),
    })
    const report = await deliverPush(payload, {
      kind: 'eoffice',
      title: 'x',
      subscriptionIds: [fakeDoc.id, realDoc.id],
      message,
      retry: fast,
    })
    expect(report).toMatchObject({ matched: 2, sent: 0, failed: 2, pruned: 1 })
    const left = await payload.find({
      collection: 'push-subscriptions',
      where: { id: { in: [fakeDoc.id, realDoc.id] } },
    })
    expect(left.docs.map((d) => [d.endpoint, d.failureCount])).toEqual([
      [real.endpoint, FAILURES_BEFORE_PRUNE],
    ])
  })
})
