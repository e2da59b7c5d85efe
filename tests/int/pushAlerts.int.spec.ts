import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { setPushAgent } from '@/lib/push'

import {
  startPushEndpoint,
  type PushEndpoint,
  type TestSubscription,
} from '../helpers/pushEndpoint'
import { useTestVapidKeys } from '../helpers/pushKeys'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Publishing an alert (or an agenda event) → afterChange queues a `pushDelivery` job →
// the job is kicked at once → matching subscriptions receive an encrypted notification at
// the local HTTPS push service, which decrypts it with each subscription's private key.
let ctx: TestPayload
let payload: Payload
let push: PushEndpoint
let centre: number
let north: number
let line1: number
let line2: number
let culture: number

beforeAll(async () => {
  process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
  process.env.PLAZA_PUSH_RUN_NOW = '1'
  const vapid = useTestVapidKeys()
  push = await startPushEndpoint({ vapidPublicKey: vapid.publicKey })
  setPushAgent(push.agent)
  ctx = await startTestPayload()
  payload = ctx.payload
  const district = async (name: string, point: [number, number]) =>
    (
      await payload.create({
        collection: 'districts',
        data: { ...sampleDoc('districts'), name, centre: point } as never,
        context: { disableRevalidate: true },
      })
    ).id as number
  centre = await district('Centre', [-0.3763, 39.4699])
  north = await district('North', [-0.37, 39.5])
  const line = async (name: string) =>
    (
      await payload.create({
        collection: 'transit-lines',
        data: { name, routeId: name } as never,
        context: { disableRevalidate: true },
      })
    ).id as number
  line1 = await line('L1')
  line2 = await line('L2')
  culture = (
    await payload.create({
      collection: 'topics',
      data: { ...sampleDoc('topics'), _status: 'published' } as never,
      context: { disableRevalidate: true },
    })
  ).id as number
})

afterAll(async () => {
  setPushAgent(undefined)
  await ctx?.cleanup()
  await push?.close()
})

beforeEach(async () => {
  push.reset()
  await payload.delete({ collection: 'push-subscriptions', where: { id: { exists: true } } })
})

type Choices = {
  alerts?: 'all' | 'severe' | 'matching' | 'none'
  districts?: number[]
  lines?: number[]
  area?: { centre: [number, number]; radiusKm: number }
  agendaTopics?: number[]
  locale?: 'en' | 'es'
}

async function subscribe(choices: Choices): Promise<TestSubscription> {
  const sub = push.subscription()
  await payload.create({
    collection: 'push-subscriptions',
    data: { endpoint: sub.endpoint, keys: sub.keys, locale: 'en', alerts: 'all', ...choices },
  })
  return sub
}

/** Waits until no push delivery job is left to run. */
async function settle() {
  for (let i = 0; i < 200; i++) {
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [{ taskSlug: { equals: 'pushDelivery' } }, { completedAt: { exists: false } }],
      },
    })
    if (pending.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('push delivery jobs did not finish')
}

async function publishAlert(fields: Record<string, unknown> = {}, es?: Record<string, unknown>) {
  const draft = await payload.create({
    collection: 'alerts',
    locale: 'en',
    draft: true,
    data: {
      ...sampleDoc('alerts'),
      onset: new Date(Date.now() - 60_000).toISOString(),
      expires: new Date(Date.now() + 3 * 3600_000).toISOString(),
      ...fields,
      _status: 'draft',
    } as never,
  })
  if (es) {
    await payload.update({
      collection: 'alerts',
      id: draft.id,
      locale: 'es',
      draft: true,
      data: es as never,
    })
  }
  return payload.update({
    collection: 'alerts',
    id: draft.id,
    data: { _status: 'published' } as never,
  })
}

describe('alert → push', () => {
  it('an Actual published alert reaches every "all" device decrypted, in its language', async () => {
    const en = await subscribe({ locale: 'en' })
    const es = await subscribe({ locale: 'es' })
    const alert = await publishAlert(
      {
        headline: 'Water supply cut',
        description: 'No water in the old town from 10:00 to 14:00 because of repairs.',
        severity: 'Severe',
      },
      {
        headline: 'Corte de agua',
        description: 'Sin agua en el casco antiguo de 10:00 a 14:00 por reparaciones.',
        eventType: 'Corte',
        area: { description: 'Casco antiguo' },
      },
    )
    await push.waitFor(2)
    expect(push.receivedFor(en.id)[0].message).toEqual({
      title: 'Water supply cut',
      body: 'No water in the old town from 10:00 to 14:00 because of repairs.',
      url: `/en/alerts/${alert.slug}`,
      tag: `alert-${alert.id}`,
      lang: 'en',
    })
    const got = push.receivedFor(es.id)[0]
    expect(got.message).toMatchObject({
      title: 'Corte de agua',
      url: `/es/alerts/${alert.slug}`,
      lang: 'es',
    })
    expect(got.vapid.ok).toBe(true)
    expect(got.urgency).toBe('high')
    expect(got.topic).toBe(`alert-${alert.id}`)
    // TTL follows the expiry (3 h), under the one-day cap.
    expect(got.ttl).toBeGreaterThan(3 * 3600 - 120)
    expect(got.ttl).toBeLessThanOrEqual(3 * 3600)
    await settle()
    // Editors see the report on the alert (join field, staff-only collection).
    const withReport = await payload.findByID({ collection: 'alerts', id: alert.id, depth: 1 })
    const reports = (withReport.pushDeliveries?.docs ?? []) as {
      matched: number
      sent: number
      status: string
    }[]
    expect(reports).toHaveLength(1)
    expect(reports[0]).toMatchObject({ matched: 2, sent: 2, status: 'done' })
  })

  it('drafts, Test and Exercise alerts, withdrawn and expired alerts send nothing', async () => {
    await subscribe({ alerts: 'all' })
    await payload.create({
      collection: 'alerts',
      draft: true,
      data: { ...sampleDoc('alerts'), _status: 'draft' } as never,
    })
    await publishAlert({ status: 'Test' })
    await publishAlert({ status: 'Exercise' })
    await publishAlert({
      onset: new Date(Date.now() - 7200_000).toISOString(),
      expires: new Date(Date.now() - 3600_000).toISOString(),
    })
    const withdrawnLater = await publishAlert({ status: 'Test' })
    await payload.update({
      collection: 'alerts',
      id: withdrawnLater.id,
      data: { withdrawn: true, status: 'Actual', _status: 'published' } as never,
    })
    await settle()
    expect(push.received).toHaveLength(0)
    expect(push.attempts).toHaveLength(0)
  })

  it('re-saving a published alert does not notify again unless the editor asks', async () => {
    await subscribe({ alerts: 'all' })
    const alert = await publishAlert({ headline: 'Road closed' })
    await push.waitFor(1)
    await payload.update({
      collection: 'alerts',
      id: alert.id,
      data: { description: 'Typo fixed.', _status: 'published' } as never,
    })
    await settle()
    expect(push.received).toHaveLength(1)
    await payload.update({
      collection: 'alerts',
      id: alert.id,
      data: {
        description: 'Now also Main Street.',
        notifyUpdate: true,
        _status: 'published',
      } as never,
    })
    await push.waitFor(2)
    expect(push.received[1].message).toMatchObject({ body: 'Now also Main Street.' })
  })

  it('"severe" devices get Severe and Extreme alerts only; urgency follows severity', async () => {
    const severe = await subscribe({ alerts: 'severe' })
    const all = await subscribe({ alerts: 'all' })
    await publishAlert({ severity: 'Moderate' })
    await publishAlert({ severity: 'Minor' })
    await publishAlert({ severity: 'Extreme' })
    await settle()
    expect(push.receivedFor(severe.id).map((r) => r.urgency)).toEqual(['high'])
    expect(
      push
        .receivedFor(all.id)
        .map((r) => r.urgency)
        .sort(),
    ).toEqual(['high', 'low', 'normal'])
  })

  it('"matching" devices: districts, transit lines and an area around a point', async () => {
    const inCentre = await subscribe({ alerts: 'matching', districts: [centre] })
    const inNorth = await subscribe({ alerts: 'matching', districts: [north] })
    const onL2 = await subscribe({ alerts: 'matching', lines: [line2] })
    const nearHome = await subscribe({
      alerts: 'matching',
      area: { centre: [-0.3763, 39.4699], radiusKm: 1 },
    })
    const farAway = await subscribe({
      alerts: 'matching',
      area: { centre: [-0.2, 39.7], radiusKm: 1 },
    })
    await publishAlert({ headline: 'Centre', area: { description: 'Centre', districts: [centre] } })
    await publishAlert({ headline: 'L2', affects: { lines: [line2] }, area: { description: 'L2' } })
    await publishAlert({ headline: 'L1', affects: { lines: [line1] }, area: { description: 'L1' } })
    // A circle 1.5 km away with a 1 km radius touches a 1 km circle around home.
    await publishAlert({
      headline: 'Circle',
      area: { description: 'Near', circle: '39.4834,-0.3763 1' },
    })
    // A polygon around home, far from everything else.
    await publishAlert({
      headline: 'Polygon',
      area: {
        description: 'Block',
        polygon: '39.46,-0.39 39.46,-0.36 39.48,-0.36 39.48,-0.39 39.46,-0.39',
      },
    })
    await settle()
    const titles = (sub: TestSubscription) =>
      push
        .receivedFor(sub.id)
        .map((r) => (r.message as { title: string }).title)
        .sort()
    expect(titles(inCentre)).toEqual(['Centre'])
    expect(titles(inNorth)).toEqual([])
    expect(titles(onL2)).toEqual(['L2'])
    expect(titles(nearHome)).toEqual(['Circle', 'Polygon'])
    expect(titles(farAway)).toEqual([])
  })

  it('a 410 prunes the device; a 500 is retried, then delivered, and the report counts both', async () => {
    const gone = await subscribe({})
    const flaky = await subscribe({})
    push.respond(gone.id, 410)
    push.respond(flaky.id, 500, 201)
    const alert = await publishAlert({ headline: 'Heat wave', severity: 'Severe' })
    await push.waitFor(1)
    await settle()
    expect(push.receivedFor(flaky.id)).toHaveLength(1)
    const left = await payload.count({ collection: 'push-subscriptions' })
    expect(left.totalDocs).toBe(1)
    const { docs } = await payload.find({
      collection: 'push-deliveries',
      where: { alert: { equals: alert.id } },
    })
    expect(docs[0]).toMatchObject({ matched: 2, sent: 1, pruned: 1, failed: 0, retried: 1 })
  })

  it('"none" devices get no alerts', async () => {
    await subscribe({ alerts: 'none' })
    await publishAlert({ severity: 'Extreme' })
    await settle()
    expect(push.received).toHaveLength(0)
  })
})

describe('agenda event → push', () => {
  it('a newly published event in a subscribed topic notifies with low urgency, once', async () => {
    const fan = await subscribe({ alerts: 'none', agendaTopics: [culture] })
    const other = await subscribe({ alerts: 'all' })
    const event = await payload.create({
      collection: 'events',
      data: {
        ...sampleDoc('events'),
        title: 'Jazz in the park',
        summary: 'Free concert.',
        topics: [culture],
        _status: 'published',
      } as never,
    })
    await push.waitFor(1)
    await payload.update({
      collection: 'events',
      id: event.id,
      data: { summary: 'Free concert, bring a chair.', _status: 'published' } as never,
    })
    await settle()
    expect(push.receivedFor(fan.id)).toHaveLength(1)
    expect(push.receivedFor(fan.id)[0]).toMatchObject({
      urgency: 'low',
      message: { title: 'Jazz in the park', url: `/en/agenda/${event.slug}`, lang: 'en' },
    })
    expect(push.receivedFor(other.id)).toHaveLength(0)
  })
})
