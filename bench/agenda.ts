// Agenda generation time with 2,000 published events (200 repeating) on a temporary SQLite
// database, as a request pays it: the Local API reads behind the cache (slim index read,
// details of one page), the size of the cached index entry (Next refuses entries over
// 2 MB), the agenda page's data (parse of the cached entry, occurrences, filters, paging,
// details joined) and the RSS and whole-agenda .ics feeds. Medians of repeated runs, printed.
// Usage: tsx bench/agenda.ts [runs=9]
// AGENDA_BENCH_DB=/tmp/agenda-bench.db keeps the seeded database between runs (seeding
// 2,000 events takes about a minute); without it a temporary one is made and removed.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { percentile } from './lib/stats'

const runs = Number(process.argv[2] || 9)
const TOTAL = 2000
const REPEATING = 200
const CITY_TZ = 'Europe/Madrid'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-agenda-'))
const keptDb = process.env.AGENDA_BENCH_DB
const reuse = Boolean(keptDb && fs.existsSync(keptDb))
process.env.DATABASE_URI = `file:${keptDb ?? path.join(dir, 'bench.db')}`
process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.PLAZA_INTERNAL_URL = 'off'

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

/**
 * Median wall time and median CPU time (this process, all threads) of `runs` runs. On a
 * shared machine the wall time grows with everyone else's load; the CPU time is what the
 * work itself costs.
 */
async function time<T>(
  label: string,
  task: () => T | Promise<T>,
): Promise<{ label: string; ms: number; cpuMs: number; result: T }> {
  await task() // warm-up
  const wall: number[] = []
  const cpu: number[] = []
  let result!: T
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    result = await task()
    const used = process.cpuUsage(cpuStarted)
    wall.push(performance.now() - started)
    cpu.push((used.user + used.system) / 1000)
  }
  return { label, ms: median(wall), cpuMs: median(cpu), result }
}

async function main(): Promise<void> {
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { migrations } = await import('../migrations/sqlite')
  const { EVENT_POPULATE, readAgendaEvents, readIndexableEvents } =
    await import('../src/lib/agenda/readEvents')
  const { buildOccurrenceIndex } = await import('../src/lib/agenda/occurrenceIndex')
  const { agendaSlice, buildAgendaPage, eventIdsOf, withEvents, withEventsPage } =
    await import('../src/lib/agenda/agenda')
  const { buildCalendar } = await import('../src/lib/agenda/ics')
  const { buildRss } = await import('../src/lib/agenda/rss')
  const { sharedPromises } = await import('../src/lib/resilience/sharedPromises')
  const { AGENDA_KEEP_PAST_MS, AGENDA_INDEX_AHEAD_MS } = await import('../src/lib/agenda/ranges')

  const payload = await getPayload({ config })
  let seedSeconds = 0
  if (!reuse) seedSeconds = await seed(payload, migrations)
  const now = Date.now()

  const access = { overrideAccess: false } as const
  const since = new Date(now - AGENDA_KEEP_PAST_MS)
  const readIndex = async () => {
    const from = new Date(now)
    const events = await readIndexableEvents(payload, { locale: 'en', since: from, access })
    return buildOccurrenceIndex(events, {
      from,
      until: new Date(now + AGENDA_INDEX_AHEAD_MS),
      cityTimeZone: CITY_TZ,
    })
  }
  const index = await readIndex()
  // What Next's data cache stores for the index and hands back, parsed, on every hit.
  const cachedEntry = JSON.stringify(index)
  const clock = { now: new Date(now) }
  const base = { free: false, accessible: false, page: 1 } as const
  const firstPage = buildAgendaPage(index, { ...base, when: 'upcoming' }, clock)
  const readDetails = (ids: (number | string)[]) =>
    readAgendaEvents(payload, { locale: 'en', access, where: { id: { in: ids } } })
  // Details of the events of any page, as their cache would hold them.
  const allDetails = await readAgendaEvents(payload, { locale: 'en', since, access })
  const details = new Map(allDetails.map((event) => [event.id, event]))
  const detailsOf = (ids: (number | string)[]) =>
    ids.flatMap((id) => details.get(id as number) ?? [])
  const pageData = (query: Parameters<typeof buildAgendaPage>[1]) => {
    const cached = JSON.parse(cachedEntry) as typeof index
    const page = buildAgendaPage(cached, query, clock)
    return withEventsPage(page, detailsOf(eventIdsOf(page.days)))
  }
  const rangeFrom = new Date(now + 30 * 86_400_000).toISOString().slice(0, 10)
  const rangeTo = new Date(now + 60 * 86_400_000).toISOString().slice(0, 10)
  const calendarOptions = {
    name: 'Benchville: agenda',
    url: 'https://bench.example/en/agenda.ics',
    eventUrl: (slug: string) => `https://bench.example/en/agenda/${slug}`,
    uidHost: 'bench.example',
    cityTimeZone: CITY_TZ,
    language: 'en',
    now: clock.now,
  }

  const results = [
    await time('DB read: whole documents, depth 1 (before)', () =>
      payload.find({
        collection: 'events',
        depth: 1,
        pagination: false,
        populate: EVENT_POPULATE,
        locale: 'en',
        overrideAccess: false,
      }),
    ),
    await time('DB read + build: occurrence index (select)', () => readIndex()),
    await time('DB read: details of one page (20 ids)', () =>
      readDetails(eventIdsOf(firstPage.days)),
    ),
    await time('DB read: details of all events (.ics)', () =>
      readAgendaEvents(payload, { locale: 'en', since, access }),
    ),
    await time('parse cached index entry (every request)', () => JSON.parse(cachedEntry)),
    await time('page data: all upcoming, page 1', () => pageData({ ...base, when: 'upcoming' })),
    await time('page data: all upcoming, page 50', () =>
      pageData({ ...base, when: 'upcoming', page: 50 }),
    ),
    await time('page data: topic filter, page 1', () =>
      pageData({ ...base, when: 'upcoming', topic: 'sport' }),
    ),
    await time('page data: date range (30 days), page 1', () =>
      pageData({ ...base, when: 'range', from: rangeFrom, to: rangeTo }),
    ),
    await time('page data: next 7 days, free only', () =>
      pageData({ ...base, when: 'week', free: true }),
    ),
    await time('RSS: next 50 occurrences', () => {
      const cached = JSON.parse(cachedEntry) as typeof index
      const { items } = agendaSlice(cached, { ...base, when: 'upcoming' }, { ...clock, limit: 50 })
      return buildRss(withEvents(items, detailsOf(eventIdsOf(items))), {
        title: 'Benchville: agenda',
        description: 'Upcoming events',
        feedUrl: 'https://bench.example/en/agenda/rss.xml',
        siteUrl: 'https://bench.example/en/agenda',
        language: 'en',
        cityTimeZone: CITY_TZ,
        eventUrl: (slug) => `https://bench.example/en/agenda/${slug}`,
        labels: { allDay: 'all day', status: {} },
      })
    }),
    await time('.ics: whole agenda, written (once per version)', () =>
      buildCalendar(allDetails, calendarOptions),
    ),
  ]
  const ics = results.at(-1)!.result as string
  // What every other request pays: the shared body of the current version.
  const bodies = sharedPromises<string, string>(300_000)
  await bodies.get('en|/agenda.ics|1', async () => ics)
  results.push(
    await time('.ics: whole agenda, per request (shared body)', () =>
      bodies.get('en|/agenda.ics|1', async () => buildCalendar(allDetails, calendarOptions)),
    ),
  )

  console.log(
    `agenda bench: ${allDetails.length} events read (${REPEATING} repeating), ${firstPage.total} upcoming occurrences in the next year`,
  )
  console.log(
    `${reuse ? `reused ${keptDb}` : `seeded in ${seedSeconds.toFixed(1)} s`}; medians of ${runs} runs after one warm-up:`,
  )
  console.log(`  ${''.padEnd(48)} ${'wall'.padStart(11)} ${'CPU'.padStart(11)}`)
  for (const { label, ms, cpuMs } of results)
    console.log(
      `  ${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms ${cpuMs.toFixed(1).padStart(8)} ms`,
    )
  console.log(
    `  load average at the end: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  console.log(
    `  cached index entry ${(Buffer.byteLength(cachedEntry) / 1024).toFixed(0)} KiB (Next's limit: 2,048 KiB); whole event list as JSON ${(Buffer.byteLength(JSON.stringify(allDetails)) / 1024).toFixed(0)} KiB`,
  )
  console.log(`  .ics size ${(Buffer.byteLength(ics) / 1024).toFixed(0)} KiB`)
  await payload.destroy()
}

async function seed(payload: import('payload').Payload, migrations: unknown): Promise<number> {
  await payload.db.migrate({ migrations: migrations as never })
  const write = { overrideAccess: true, context: { disableRevalidate: true } } as const
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      cityName: 'Benchville',
      timezone: CITY_TZ,
      eOffice: {
        baseUrl: 'https://eoffice.bench.example',
        allowedHosts: [{ host: 'eoffice.bench.example' }],
      },
    },
    ...write,
  })
  const topics: number[] = []
  for (const slug of ['culture', 'sport', 'family', 'environment', 'participation']) {
    const topic = await payload.create({
      collection: 'topics',
      data: { title: slug, slug, _status: 'published' },
      ...write,
    })
    topics.push(topic.id)
  }
  const now = Date.now()
  const seeding = performance.now()
  for (let i = 0; i < TOTAL; i++) {
    const repeating = i < REPEATING
    // Single events spread over the coming year at 09:00–20:00; repeating ones began recently.
    const startMs = repeating
      ? now - (i % 60) * 86_400_000
      : now + ((i * 7919) % 365) * 86_400_000 + (9 + (i % 12)) * 3_600_000
    const start = new Date(Math.floor(startMs / 900_000) * 900_000)
    const frequency = i % 10 < 6 ? 'weekly' : i % 10 < 9 ? 'monthly' : 'daily'
    await payload.create({
      collection: 'events',
      data: {
        title: `Bench event ${i}`,
        slug: `bench-event-${i}`,
        summary: 'An event for the agenda benchmark.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        eventStatus: i % 50 === 0 ? 'EventCancelled' : 'EventScheduled',
        recurrence: repeating
          ? frequency === 'daily'
            ? { frequency, ends: 'count', count: 30 }
            : { frequency, ends: 'never' }
          : { frequency: 'none' },
        price: { isFree: i % 3 === 0 },
        accessibility: { wheelchair: i % 4 === 0 },
        topics: [topics[i % topics.length]],
        _status: 'published',
      },
      ...write,
    })
  }
  return (performance.now() - seeding) / 1000
}

main()
  .then(() => {
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(0)
  })
  .catch((error) => {
    console.error('bench failed:', error)
    fs.rmSync(dir, { recursive: true, force: true })
    process.exit(1)
  })
