import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildAlertsRss } from '@/lib/alerts/feeds'
import { findAlerts } from '@/lib/alerts/queries'
import { bannerAlerts } from '@/lib/alerts/selection'
import type { RevalidationTarget } from '@/lib/revalidation/affectedPaths'

import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Alerts leave the banner and the feeds at their expiry with no edit: the jobs queue (run
// every minute by the site; here run directly) asks the site to refresh. A stand-in for
// the site's /next/revalidate endpoint records what is asked for.
let ctx: TestPayload
let payload: Payload
let site: http.Server
const requested: RevalidationTarget[][] = []

beforeAll(async () => {
  site = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      if (request.url === '/next/revalidate') requested.push(JSON.parse(body).targets)
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  process.env.PLAZA_INTERNAL_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  process.env.PLAZA_INTERNAL_URL = 'off'
  await ctx?.cleanup()
  await new Promise((resolve) => site?.close(resolve))
})

const rssTitles = (alerts: Awaited<ReturnType<typeof findAlerts>>, now: Date) =>
  buildAlertsRss(alerts, {
    origin: 'https://testville.example',
    locale: 'en',
    title: 'Alerts',
    description: 'Alerts',
    alertUrl: (slug) => `https://testville.example/en/alerts/${slug}`,
    listUrl: 'https://testville.example/en/alerts',
    rssUrl: 'https://testville.example/en/alerts/rss.xml',
    atomUrl: 'https://testville.example/en/alerts/atom.xml',
    now,
  })

describe('alert expiry without an editor', () => {
  // The clock is the test's: only Date is replaced (timers and I/O stay real), so the
  // expiry is an hour away however slow the machine is, and "later" is a jump of the clock
  // rather than a wait. Payload's queue decides what is due with the same Date.
  afterEach(() => {
    vi.useRealTimers()
  })

  it('queues a refresh at expiry; running the queue then refreshes banner and feeds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date())
    const expires = new Date(Date.now() + 3_600_000)
    const alert = await payload.create({
      collection: 'alerts',
      data: {
        ...sampleDoc('alerts'),
        onset: new Date(Date.now() - 60_000).toISOString(),
        expires: expires.toISOString(),
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const before = new Date()
    const live = await findAlerts(payload, { locale: 'en', since: before })
    expect(bannerAlerts(live, before).map((a) => a.id)).toContain(alert.id)
    expect(rssTitles(live, before)).toContain(alert.headline)

    // The refresh is queued for the expiry itself.
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'revalidateAlerts' } },
      overrideAccess: true,
    })
    expect(queued.docs.map((job) => job.waitUntil)).toEqual([expires.toISOString()])

    // Before the expiry the queued job is not due: nothing is refreshed yet.
    await payload.jobs.run()
    expect(requested).toEqual([])

    // One minute before the expiry: still not due.
    vi.setSystemTime(expires.getTime() - 60_000)
    await payload.jobs.run()
    expect(requested).toEqual([])

    // The expiry passes (the site's queue runs every minute).
    vi.setSystemTime(expires.getTime() + 1_000)
    await payload.jobs.run()

    expect(requested).toHaveLength(1)
    expect(requested[0]).toEqual(
      expect.arrayContaining([
        { kind: 'layout', path: '/' },
        { kind: 'path', path: `/en/alerts/${alert.slug}` },
        { kind: 'path', path: '/en/alerts' },
        { kind: 'path', path: '/en/alerts/rss.xml' },
        { kind: 'path', path: '/es/alerts/atom.xml' },
        { kind: 'path', path: '/alerts/cap.atom' },
        { kind: 'path', path: `/alerts/${alert.id}.cap.xml` },
      ]),
    )
    // What the refreshed pages and feeds read no longer has the alert.
    const after = new Date()
    const current = await findAlerts(payload, { locale: 'en', since: after })
    expect(current.map((a) => a.id)).not.toContain(alert.id)
    expect(bannerAlerts(current, after)).toEqual([])
    expect(rssTitles(current, after)).not.toContain(alert.headline)
  })

  it('queues refreshes at a future onset and expiry, none for a Test alert', async () => {
    const jobsFor = async (id: number) => {
      const { docs } = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'revalidateAlerts' }, completedAt: { exists: false } },
        pagination: false,
        overrideAccess: true,
      })
      return docs
        .filter((job) => (job.input as { alert?: number })?.alert === id)
        .map((job) => job.waitUntil)
    }
    const onset = new Date(Date.now() + 3_600_000).toISOString()
    const expires = new Date(Date.now() + 7_200_000).toISOString()
    const upcoming = await payload.create({
      collection: 'alerts',
      data: { ...sampleDoc('alerts'), onset, expires, _status: 'published' } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect((await jobsFor(upcoming.id)).sort()).toEqual([onset, expires])

    const test = await payload.create({
      collection: 'alerts',
      data: {
        ...sampleDoc('alerts'),
        onset,
        expires,
        status: 'Test',
        _status: 'published',
      } as never,
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    expect(await jobsFor(test.id)).toEqual([])
  })
})
