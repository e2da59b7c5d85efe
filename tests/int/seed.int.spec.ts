import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seedDemoCity, type SeedSummary } from '@/lib/seed/seedDemoCity'
import { nearbyStops } from '@/lib/transit/nearbyStops'
import { forgetActiveTimetable, loadActiveTimetable } from '@/lib/transit/storage'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let first: SeedSummary
let loginsFile: string

// Two days before Spain moves its clocks forward (29 March 2026, 02:00 → 03:00), so events
// two days ahead fall in summer time while "now" is in winter time.
const NOW = new Date('2026-03-27T10:00:00Z')

async function findBySlug<T extends 'procedures' | 'services' | 'alerts' | 'events'>(
  collection: T,
  slug: string,
  locale: 'en' | 'es',
) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale,
    fallbackLocale: false,
    depth: 0,
  })
  return docs[0]
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  loginsFile = path.join(ctx.dir, 'demo-logins.txt')
  // A city's own topic that happens to use a demo slug, in English only.
  await payload.create({
    collection: 'topics',
    locale: 'en',
    data: { title: 'Sports and recreation', slug: 'sport', _status: 'published' },
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  first = await seedDemoCity(payload, {
    now: NOW,
    demoPassword: 'demo-pass-0123456789',
    loginsFile,
  })
}, 300_000)

afterAll(async () => {
  await ctx?.cleanup()
})

describe('demo city seed', () => {
  it('creates a plausible city of every kind of content', () => {
    expect(first.created.topics + first.skipped.topics).toBeGreaterThanOrEqual(8)
    expect(first.created.departments).toBeGreaterThanOrEqual(6)
    expect(first.created.districts).toBeGreaterThanOrEqual(8)
    expect(first.created.services).toBeGreaterThanOrEqual(32)
    expect(first.created.procedures).toBeGreaterThanOrEqual(16)
    expect(first.created.events).toBeGreaterThanOrEqual(22)
    expect(first.created.alerts).toBeGreaterThanOrEqual(5)
    expect(first.created.pages).toBe(3)
    expect(first.created.users).toBe(3)
  })

  it('puts Villamar’s own timetable in service, valid for a year from the seed date', async () => {
    forgetActiveTimetable()
    const { index } = (await loadActiveTimetable(payload))!
    expect(index.timetable.validity).toEqual({ start: '20260326', end: '20270327' })
    expect(index.lines().map((line) => line.routeId)).toEqual(['L1', '3', '7', '12', 'N1'])
    // The City Hall citizen office, 80 m from Villamar Centro station.
    const stops = await nearbyStops(payload, [-0.3763, 39.4699], 'en')
    expect(stops?.[0]?.stop.stopId).toBe('centro')
  })

  it('leaves alone a document with a demo slug that the seed did not create', async () => {
    expect(first.skipped.topics).toBe(1)
    const { docs } = await payload.find({
      collection: 'topics',
      where: { slug: { equals: 'sport' } },
      locale: 'all',
      depth: 0,
    })
    expect(docs[0].title).toEqual({ en: 'Sports and recreation' })
  })

  it('keeps site settings a city has already saved', async () => {
    expect(first.skipped['site-settings']).toBe(1)
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(settings.cityName).toBe('Testville')
  })

  it('writes procedures in both languages without losing shared fee rows', async () => {
    const en = await findBySlug('procedures', 'traffic-fine-payment', 'en')
    const es = await findBySlug('procedures', 'traffic-fine-payment', 'es')
    expect(es.title).toBe('Pago de multas de tráfico')
    expect(es.steps?.[0].title).toBe('Localice la multa')
    expect(en.steps?.[0].title).toBe('Find the fine')
    expect(en.fees?.map((fee) => fee.amount)).toEqual([100, 200])
    expect(es.fees?.map((fee) => fee.id)).toEqual(en.fees?.map((fee) => fee.id))
    expect(en.fees?.[0].label).toMatch(/^Minor offence/)
    expect(es.fees?.[0].label).toMatch(/^Infracción leve/)
    expect(en.relatedProcedures).toHaveLength(2)
    expect(en.online?.transactionPath).toBe('/procedures/traffic-fine-payment')
  })

  it('makes the register certificate the most used procedure', async () => {
    const { docs } = await payload.find({
      collection: 'procedures',
      sort: '-popularity',
      limit: 1,
      depth: 0,
    })
    expect(docs[0].slug).toBe('register-certificate')
  })

  it('translates location names but keeps one list of locations', async () => {
    const en = await findBySlug('services', 'ecoparques', 'en')
    const es = await findBySlug('services', 'ecoparques', 'es')
    expect(en.locations?.map((l) => l.name)).toEqual([
      'North Ecoparque (Benicalap)',
      'South Ecoparque (La Fonteta)',
    ])
    expect(es.locations?.map((l) => l.name)).toEqual([
      'Ecoparque Norte (Benicalap)',
      'Ecoparque Sur (La Fonteta)',
    ])
    expect(es.locations?.[0].point).toEqual([-0.394, 39.4965])
  })

  it('seeds districts in both languages that cover every postcode of the demo addresses', async () => {
    const { docs } = await payload.find({
      collection: 'districts',
      locale: 'all',
      pagination: false,
      depth: 0,
    })
    const all = docs as unknown as Array<{
      name: { en?: string; es?: string }
      centre: [number, number]
      postalCodes: string
    }>
    expect(all.length).toBeGreaterThanOrEqual(8)
    for (const district of all) {
      expect(district.name.en && district.name.es).toBeTruthy()
      const [lng, lat] = district.centre
      expect(lng).toBeGreaterThan(-0.42)
      expect(lng).toBeLessThan(-0.32)
      expect(lat).toBeGreaterThan(39.43)
      expect(lat).toBeLessThan(39.51)
    }
    const known = new Set(all.flatMap((d) => d.postalCodes.split(',').map((c) => c.trim())))
    const services = await payload.find({
      collection: 'services',
      pagination: false,
      depth: 0,
      select: { locations: true },
    })
    const used = services.docs.flatMap((s) => (s.locations ?? []).map((l) => l.address.postalCode))
    expect(used.filter((code) => !known.has(code ?? ''))).toEqual([])
  })

  it('stores the system test alert with CAP status Test', async () => {
    const alert = await findBySlug('alerts', 'alert-system-test', 'en')
    expect(alert.status).toBe('Test')
  })

  it('gives demo alerts CAP geometry, affected services and procedures, and a link', async () => {
    const water = await findBySlug('alerts', 'water-supply-cut-benimaclet', 'es')
    expect(water.area.polygon).toMatch(/^39\.4885,-0\.3640 /)
    expect(water.affects?.services).toHaveLength(3)
    // Seeded on 27 March: the weather warning is spring's (wind), not a heat wave.
    const weather = await findBySlug('alerts', 'weather-warning', 'en')
    expect(weather.headline).toMatch(/^Wind warning/)
    expect(weather.area.circle).toBe('39.4699,-0.3763 9')
    expect(weather.web).toMatch(/^https:\/\//)
    const weatherEs = await findBySlug('alerts', 'weather-warning', 'es')
    expect(weatherEs.headline).toMatch(/^Aviso por viento/)
    const roadWorks = await findBySlug('alerts', 'road-works-avenida-del-puerto', 'en')
    expect(roadWorks.affects?.procedures).toHaveLength(1)
    expect(roadWorks.capMessages?.[0]?.msgType).toBe('Alert')
  })

  it('schedules events at Madrid wall-clock times relative to the seeding moment', async () => {
    // Two days after 27 March is Sunday 29 March, when the library is closed: story time
    // moves to Monday 30 March at 11:00 in Madrid, already summer time (UTC+2).
    const event = await findBySlug('events', 'story-time-central-library', 'en')
    expect(event.startsAt).toBe('2026-03-30T09:00:00.000Z')
  })

  it('seeds repeating, cancelled and rescheduled events for the agenda', async () => {
    const market = await findBySlug('events', 'saturday-farmers-market', 'es')
    expect(market.title).toBe('Mercado de agricultores del sábado')
    // Seeded on Friday 27 March: the market starts on Saturday the 28th, weekly on Saturdays.
    expect(market.recurrence.rrule).toBe('FREQ=WEEKLY;BYDAY=SA')
    expect(market.startsAt).toBe('2026-03-28T08:00:00.000Z')
    expect(market.recurrence.exceptions).toHaveLength(1)
    const museum = await findBySlug('events', 'museum-free-sunday', 'en')
    expect(museum.recurrence.rrule).toBe('FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1')
    // The next first Sunday of a month after 27 March 2026 is 5 April (summer time).
    expect(museum.startsAt).toBe('2026-04-05T08:00:00.000Z')
    expect((await findBySlug('events', 'three-on-three-basketball', 'en')).eventStatus).toBe(
      'EventCancelled',
    )
    const jazz = await findBySlug('events', 'jazz-in-the-courtyard', 'en')
    expect(jazz.eventStatus).toBe('EventRescheduled')
    expect(jazz.previousStartsAt).toBeTruthy()
  })

  it('records the new logins in a file only its owner can read', () => {
    expect(first.logins.map((login) => login.email)).toEqual([
      'admin@plaza.example',
      'editor@plaza.example',
      'contributor@plaza.example',
    ])
    const text = fs.readFileSync(loginsFile, 'utf8')
    expect(text).toContain('admin admin@plaza.example demo-pass-0123456789\n')
    expect(fs.statSync(loginsFile).mode & 0o777).toBe(0o600)
  })

  it('creates nothing and changes no password on a second run', async () => {
    const second = await seedDemoCity(payload, {
      now: NOW,
      demoPassword: 'another-password-42',
      loginsFile,
    })
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true)
    expect(second.logins).toEqual([])
    const login = await payload.login({
      collection: 'users',
      data: { email: 'editor@plaza.example', password: 'demo-pass-0123456789' },
    })
    expect(login.user?.role).toBe('editor')
  })
  // docs/SECURITY.md: a seed that fails half-way (disk full, a crash) leaves what was
  // there intact, and the next run finishes the job without touching the city's edits.
  it('fails half-way without touching what was there, and the next run finishes', async () => {
    const collections = [
      'topics',
      'departments',
      'districts',
      'services',
      'procedures',
      'events',
      'alerts',
      'pages',
      'users',
      'transit-feeds',
    ] as const
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          collections.map(
            async (collection) =>
              [
                collection,
                (await payload.count({ collection, overrideAccess: true })).totalDocs,
              ] as const,
          ),
        ),
      ) as Record<(typeof collections)[number], number>
    const write = { overrideAccess: true, context: { disableRevalidate: true } }
    const {
      docs: [service],
    } = await payload.find({ collection: 'services', sort: 'slug', limit: 1, depth: 0, ...write })
    await payload.update({
      collection: 'services',
      id: service!.id,
      locale: 'en',
      data: { title: 'Edited by the city' },
      ...write,
    })
    const missing = [
      'saturday-farmers-market',
      'craft-market-plaza-reina',
      'chess-tournament-campanar',
    ]
    await payload.delete({ collection: 'events', where: { slug: { in: missing } }, ...write })
    const before = await counts()

    const realCreate = payload.create.bind(payload)
    let eventCreates = 0
    vi.spyOn(payload, 'create').mockImplementation((async (
      args: Parameters<typeof realCreate>[0],
    ) => {
      if (args.collection === 'events' && ++eventCreates === 2) {
        throw new Error('disk full (injected)')
      }
      return realCreate(args)
    }) as never)
    await expect(
      seedDemoCity(payload, { now: NOW, demoPassword: 'demo-pass-0123456789', loginsFile }),
    ).rejects.toThrow('disk full (injected)')
    vi.restoreAllMocks()

    const afterFailure = await counts()
    expect(afterFailure).toEqual({ ...before, events: before.events + 1 })
    const edited = await payload.findByID({
      collection: 'services',
      id: service!.id,
      locale: 'en',
      depth: 0,
      ...write,
    })
    expect(edited.title).toBe('Edited by the city')

    const finished = await seedDemoCity(payload, {
      now: NOW,
      demoPassword: 'demo-pass-0123456789',
      loginsFile,
    })
    expect(finished.created.events).toBe(2)
    expect(finished.completed.events).toBe(1)
    expect(await counts()).toEqual({ ...before, events: before.events + 3 })
    const { docs: restored } = await payload.find({
      collection: 'events',
      where: { slug: { in: missing } },
      locale: 'es',
      depth: 0,
      ...write,
    })
    expect(restored).toHaveLength(3)
    expect(restored.every((event) => event.title && !missing.includes(event.title))).toBe(true)
    expect(
      (await payload.findByID({ collection: 'services', id: service!.id, locale: 'en', ...write }))
        .title,
    ).toBe('Edited by the city')
  })
})
