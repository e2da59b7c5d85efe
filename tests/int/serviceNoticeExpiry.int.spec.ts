import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { localePath, paths } from '@/lib/content/paths'
import { nearbyResponse } from '@/lib/geo/nearbyResponse'
import { serviceSummary } from '@/lib/opendata/hsds'
import { loadCatalogue } from '@/lib/opendata/hsdsCatalogue'
import type { RevalidationTarget } from '@/lib/revalidation/affectedPaths'
import { statusInForce } from '@/lib/services/noticeDates'
import { REVALIDATE_SERVICE_NOTICE_TASK } from '@/lib/services/noticeCrossings'
import { findServiceNotices } from '@/lib/services/queries'

import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// A service notice ends (and starts) on its own, at the midnight of the city that closes its
// last day: what the home page, the service page and near-me read no longer has it, and the
// jobs queue (run every minute by the site; here run directly) asks the site to refresh the
// pages that showed it. A stand-in for the site's /next/revalidate records what is asked for.
let ctx: TestPayload
let payload: Payload
let site: http.Server
let timeZone: string
const requested: RevalidationTarget[][] = []
const write = { overrideAccess: true, context: { disableRevalidate: true } } as const

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
  const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
  timeZone = settings.timezone
}, 120_000)

afterAll(async () => {
  process.env.PLAZA_INTERNAL_URL = 'off'
  await ctx?.cleanup()
  await new Promise((resolve) => site?.close(resolve))
})

afterEach(() => {
  vi.useRealTimers()
  requested.length = 0
})

/** The clock is the test's: only Date is replaced, so "later" is a jump, not a wait. */
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(iso))
}

async function noticeJobs(service: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: REVALIDATE_SERVICE_NOTICE_TASK },
      completedAt: { exists: false },
    },
    pagination: false,
    overrideAccess: true,
  })
  return docs
    .filter((job) => (job.input as { service?: number })?.service === service)
    .map((job) => new Date(job.waitUntil as string).toISOString())
    .sort()
}

const noticeSlugs = async (locale = 'en') =>
  (await findServiceNotices(payload, { locale, now: new Date(), timeZone })).map((s) => s.slug)

async function nearbyState(slug: string) {
  const response = await nearbyResponse(
    payload,
    new URLSearchParams({ lat: '39.4699', lng: '-0.3763', limit: '50' }),
    new Date(),
  )
  const body = response.body as {
    results: { service: { slug: string }; openingStatus: { state: string } }[]
  }
  return body.results.find((result) => result.service.slug === slug)?.openingStatus.state
}

/** The service as the HSDS open-data API lists it now. */
async function openDataEntry(slug: string) {
  const catalogue = await loadCatalogue(payload, 'en', 'https://city.example', new Date())
  const service = catalogue.services.find((candidate) => candidate.slug === slug)!
  return serviceSummary(service, catalogue.ctx)
}

function expectServicePagesRefreshed(slug: string) {
  expect(requested).toHaveLength(1)
  expect(requested[0]).toEqual(
    expect.arrayContaining(
      ['en', 'es'].flatMap((locale) =>
        [paths.service(slug), paths.services(), paths.home()].map((path) => ({
          kind: 'path',
          path: localePath(locale, path),
        })),
      ),
    ),
  )
}

describe('a service notice without an editor', () => {
  it('ends at the midnight after its last day in the city, and the pages are refreshed', async () => {
    expect(timeZone).toBe('Europe/Madrid')
    // Friday 11 December 2026, 11:00 in Madrid: the last day of the closure.
    clockAt('2026-12-11T10:00:00Z')
    const doc = sampleDoc('services')
    const service = await payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        ...doc,
        status: {
          state: 'closed',
          message: 'Closed for works.',
          from: '2026-12-07',
          until: '2026-12-11T00:00:00.000Z',
        },
        _status: 'published',
      } as never,
      ...write,
    })
    const slug = service.slug
    // Kept as days, at 12:00 UTC, whatever the spelling sent.
    expect(service.status).toMatchObject({
      from: '2026-12-07T12:00:00.000Z',
      until: '2026-12-11T12:00:00.000Z',
    })
    // Saved again: still one refresh, queued for 12 December 00:00 in Madrid.
    await payload.update({
      collection: 'services',
      id: service.id,
      locale: 'en',
      data: { summary: 'Closed this week.', _status: 'published' } as never,
      ...write,
    })
    expect(await noticeJobs(service.id)).toEqual(['2026-12-11T23:00:00.000Z'])

    expect(await noticeSlugs()).toContain(slug)
    expect(await nearbyState(slug)).toBe('closed')
    expect(await openDataEntry(slug)).toMatchObject({
      status: 'temporarily closed',
      alert: 'Closed for works.',
    })

    // 23:59 in Madrid, still the last day: nothing is due, the notice stands.
    vi.setSystemTime(new Date('2026-12-11T22:59:00Z'))
    await payload.jobs.run()
    expect(requested).toEqual([])
    expect(await noticeSlugs()).toContain(slug)

    // Midnight passes in Madrid (still 11 December in UTC).
    vi.setSystemTime(new Date('2026-12-11T23:00:30Z'))
    await payload.jobs.run()
    expectServicePagesRefreshed(slug)
    expect(await noticeJobs(service.id)).toEqual([])
    // What the refreshed pages read: no notice on home, a normal service on its page.
    expect(await noticeSlugs()).not.toContain(slug)
    const stored = await payload.findByID({ collection: 'services', id: service.id, depth: 0 })
    expect(stored.status.state).toBe('closed')
    expect(statusInForce(stored.status, new Date(), timeZone)).toMatchObject({
      state: 'normal',
      message: null,
    })
    const entry = await openDataEntry(slug)
    expect(entry.status).toBe('active')
    expect(entry).not.toHaveProperty('alert')
    // Monday 14 December, 10:00 in Madrid: open by its hours, no longer closed by the notice.
    vi.setSystemTime(new Date('2026-12-14T09:00:00Z'))
    expect(await nearbyState(slug)).toBe('open')
  })

  it('starts on its first day, and is not shown before', async () => {
    clockAt('2026-12-03T10:00:00Z')
    const service = await payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        ...sampleDoc('services'),
        status: { state: 'limited', message: 'Mornings only.', from: '2026-12-07' },
        _status: 'published',
      } as never,
      ...write,
    })
    expect(await noticeJobs(service.id)).toEqual(['2026-12-06T23:00:00.000Z'])
    expect(await noticeSlugs()).not.toContain(service.slug)
    vi.setSystemTime(new Date('2026-12-06T23:00:30Z'))
    await payload.jobs.run()
    expectServicePagesRefreshed(service.slug)
    expect(await noticeSlugs()).toContain(service.slug)
  })

  it('refuses a last day before the first, and drops the days of a normal service', async () => {
    clockAt('2026-12-03T10:00:00Z')
    await expect(
      payload.create({
        collection: 'services',
        locale: 'en',
        data: {
          ...sampleDoc('services'),
          status: { state: 'closed', message: 'Works.', from: '2026-12-11', until: '2026-12-10' },
          _status: 'published',
        } as never,
        ...write,
      }),
    ).rejects.toThrow(/Until \(last day\)/)
    await expect(
      payload.create({
        collection: 'services',
        locale: 'en',
        data: {
          ...sampleDoc('services'),
          status: { state: 'closed', message: 'Works.', until: 'soon' },
          _status: 'published',
        } as never,
        ...write,
      }),
    ).rejects.toThrow(/Until \(last day\)/)
    const normal = await payload.create({
      collection: 'services',
      locale: 'en',
      data: {
        ...sampleDoc('services'),
        status: { state: 'normal', from: '2026-12-01', until: '2026-12-20' },
        _status: 'published',
      } as never,
      ...write,
    })
    expect(normal.status).toMatchObject({ state: 'normal', from: null, until: null })
    expect(await noticeJobs(normal.id)).toEqual([])
  })
})
