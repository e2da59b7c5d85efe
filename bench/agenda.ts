// Agenda generation time with 2,000 published events (200 repeating) on a temporary SQLite
// database: the Local API read, the agenda page's data (occurrences, filters, paging) and
// the whole-agenda .ics and RSS feeds. Medians of repeated runs, printed.
// Usage: tsx bench/agenda.ts [runs=9]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const runs = Number(process.argv[2] || 9)
const TOTAL = 2000
const REPEATING = 200
const CITY_TZ = 'Europe/Madrid'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-agenda-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret-0123456789abcdef'
process.env.PLAZA_INTERNAL_URL = 'off'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function time<T>(
  label: string,
  task: () => T | Promise<T>,
): Promise<{ label: string; ms: number; result: T }> {
  await task() // warm-up
  const samples: number[] = []
  let result!: T
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    result = await task()
    samples.push(performance.now() - started)
  }
  return { label, ms: median(samples), result }
}

async function main(): Promise<void> {
  await import('@payloadcms/richtext-lexical/lexical')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { migrations } = await import('../migrations/sqlite')
  const { readAgendaEvents } = await import('../src/lib/agenda/readEvents')
  const { buildAgenda, agendaItems } = await import('../src/lib/agenda/agenda')
  const { buildCalendar } = await import('../src/lib/agenda/ics')
  const { buildRss } = await import('../src/lib/agenda/rss')

  const payload = await getPayload({ config })
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
  const seedSeconds = (performance.now() - seeding) / 1000

  const read = () =>
    readAgendaEvents(payload, {
      locale: 'en',
      since: new Date(now - 31 * 86_400_000),
      access: { overrideAccess: false },
    })
  const events = await read()
  const clock = { now: new Date(now), timeZone: CITY_TZ }
  const base = { free: false, accessible: false, page: 1 } as const
  const results = [
    await time('read published events (Local API, SQLite)', read),
    await time('agenda page data: all upcoming, page 1', () =>
      buildAgenda(events, { ...base, when: 'upcoming' }, clock),
    ),
    await time('agenda page data: next 7 days, free only', () =>
      buildAgenda(events, { ...base, when: 'week', free: true }, clock),
    ),
    await time('agenda page data: topic filter, page 5', () =>
      buildAgenda(events, { ...base, when: 'upcoming', topic: 'sport', page: 5 }, clock),
    ),
    await time('.ics feed: whole agenda', () =>
      buildCalendar(events, {
        name: 'Benchville: agenda',
        url: 'https://bench.example/en/agenda.ics',
        eventUrl: (slug) => `https://bench.example/en/agenda/${slug}`,
        uidHost: 'bench.example',
        cityTimeZone: CITY_TZ,
        language: 'en',
        now: clock.now,
      }),
    ),
    await time('RSS: next 50 occurrences', () =>
      buildRss(agendaItems(events, { ...base, when: 'upcoming' }, clock).items.slice(0, 50), {
        title: 'Benchville: agenda',
        description: 'Upcoming events',
        feedUrl: 'https://bench.example/en/agenda/rss.xml',
        siteUrl: 'https://bench.example/en/agenda',
        language: 'en',
        cityTimeZone: CITY_TZ,
        eventUrl: (slug) => `https://bench.example/en/agenda/${slug}`,
        labels: { allDay: 'all day', status: {} },
      }),
    ),
  ]
  const upcoming = buildAgenda(events, { ...base, when: 'upcoming' }, clock)
  const ics = results[4].result as string

  console.log(
    `agenda bench: ${events.length} events read (${REPEATING} repeating), ${upcoming.total} upcoming occurrences in the next year`,
  )
  console.log(`seeded in ${seedSeconds.toFixed(1)} s; medians of ${runs} runs after one warm-up:`)
  for (const { label, ms } of results)
    console.log(`  ${label.padEnd(46)} ${ms.toFixed(1).padStart(8)} ms`)
  console.log(`  .ics size ${(Buffer.byteLength(ics) / 1024).toFixed(0)} KiB`)
  await payload.destroy()
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
