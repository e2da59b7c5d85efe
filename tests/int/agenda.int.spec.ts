import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { agendaItems } from '@/lib/agenda/agenda'
import { buildCalendar } from '@/lib/agenda/ics'
import { readAgendaEvents } from '@/lib/agenda/readEvents'
import { buildRss } from '@/lib/agenda/rss'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

const MADRID = 'Europe/Madrid'
const NOW = new Date('2030-03-20T12:00:00.000Z')
const WRITE = { overrideAccess: true, context: { disableRevalidate: true } } as const

async function countEvents(): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'events', overrideAccess: true })
  return totalDocs
}

const market = {
  title: 'Saturday market',
  slug: 'saturday-market',
  summary: 'Every Saturday.',
  startsAt: '2030-03-23T09:00:00.000Z', // Saturday 10:00 in Madrid (winter time)
  endsAt: '2030-03-23T13:00:00.000Z',
  recurrence: {
    frequency: 'weekly' as const,
    weekdays: ['SA' as const],
    ends: 'never' as const,
    exceptions: [{ date: '2030-04-06T12:00:00.000Z' }],
  },
  price: { isFree: true },
  eventStatus: 'EventScheduled' as const,
  _status: 'published' as const,
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

describe('events collection', () => {
  it('compiles the recurrence fields to an RRULE on save', async () => {
    const doc = await payload.create({ collection: 'events', data: market, ...WRITE })
    expect(doc.recurrence.rrule).toBe('FREQ=WEEKLY;BYDAY=SA')
  })

  it('keeps the rule when only another language is updated', async () => {
    const [doc] = (
      await payload.find({ collection: 'events', where: { slug: { equals: 'saturday-market' } } })
    ).docs
    const updated = await payload.update({
      collection: 'events',
      id: doc.id,
      locale: 'es',
      data: { title: 'Mercado del sábado', summary: 'Todos los sábados.' },
      ...WRITE,
    })
    expect(updated.recurrence.rrule).toBe('FREQ=WEEKLY;BYDAY=SA')
    expect(updated.recurrence.exceptions).toHaveLength(1)
  })

  const invalid: [string, Record<string, unknown>, RegExp][] = [
    ['an end before the start', { endsAt: '2030-03-23T08:00:00.000Z' }, /end must be after/],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, /not a known time zone/],
    [
      'a last date before the first',
      { recurrence: { ...market.recurrence, ends: 'until', until: '2030-01-01T12:00:00.000Z' } },
      /before the first/,
    ],
    [
      'both a count and a last date',
      {
        recurrence: {
          ...market.recurrence,
          ends: 'count',
          count: 3,
          until: '2030-05-01T12:00:00Z',
        },
      },
      /not both/,
    ],
    [
      'an unparseable frequency',
      { recurrence: { ...market.recurrence, frequency: 'hourly' } },
      /hourly|not one of|invalid/i,
    ],
  ]
  for (const [name, change, message] of invalid) {
    it(`refuses ${name} with a clear message and writes nothing`, async () => {
      const before = await countEvents()
      const error = await payload
        .create({
          collection: 'events',
          data: { ...market, slug: `bad-${before}`, ...change } as never,
          ...WRITE,
        })
        .then(
          () => null,
          (caught: unknown) => caught,
        )
      expect(error).toBeInstanceOf(ValidationError)
      const messages = (error as ValidationError).data.errors.map((e) => e.message).join(' ')
      expect(messages).toMatch(message)
      expect(await countEvents()).toBe(before)
    })
  }
})

describe('agenda feeds from the database', () => {
  beforeAll(async () => {
    await payload.create({
      collection: 'events',
      data: {
        title: 'Cancelled concert',
        slug: 'cancelled-concert',
        summary: 'Called off.',
        startsAt: '2030-03-27T18:30:00.000Z',
        eventStatus: 'EventCancelled',
        recurrence: { frequency: 'none' },
        _status: 'published',
      },
      ...WRITE,
    })
    await payload.create({
      collection: 'events',
      data: {
        title: 'Secret draft',
        slug: 'secret-draft',
        summary: 'Not approved yet.',
        startsAt: '2030-03-24T10:00:00.000Z',
        _status: 'draft',
      },
      draft: true,
      ...WRITE,
    })
  })

  const read = () =>
    readAgendaEvents(payload, { locale: 'en', since: NOW, access: { overrideAccess: false } })

  it('reads published events only', async () => {
    const slugs = (await read()).map((event) => event.slug).sort()
    expect(slugs).toEqual(['cancelled-concert', 'saturday-market'])
  })

  it('produces an iCalendar feed an independent parser reads back', async () => {
    const events = await read()
    const text = buildCalendar(events, {
      name: 'Testville agenda',
      url: 'http://city.test/en/agenda.ics',
      eventUrl: (slug) => `http://city.test/en/agenda/${slug}`,
      uidHost: 'city.test',
      cityTimeZone: MADRID,
      language: 'en',
      now: NOW,
    })
    const parsed = Object.values(ical.sync.parseICS(text)).filter(
      (c) => c?.type === 'VEVENT',
    ) as VEvent[]
    const byUid = Object.fromEntries(parsed.map((e) => [e.uid, e]))
    const marketId = events.find((e) => e.slug === 'saturday-market')!.id
    const concertId = events.find((e) => e.slug === 'cancelled-concert')!.id
    expect(Object.keys(byUid).sort()).toEqual(
      [`event-${concertId}@city.test`, `event-${marketId}@city.test`].sort(),
    )
    const m = byUid[`event-${marketId}@city.test`]
    expect(m.start.toISOString()).toBe('2030-03-23T09:00:00.000Z')
    expect(m.rrule?.toString()).toContain('FREQ=WEEKLY')
    const skipped = new Set(Object.values(m.exdate ?? {}).map((d) => (d as Date).toISOString()))
    // 6 April 2030 is in summer time: 10:00 in Madrid is 08:00 UTC.
    expect([...skipped]).toEqual(['2030-04-06T08:00:00.000Z'])
    expect(byUid[`event-${concertId}@city.test`].status).toBe('CANCELLED')
    expect(text).not.toContain('Secret draft')
  })

  it('produces RSS with the upcoming dates and no drafts', async () => {
    const { items } = agendaItems(
      await read(),
      {
        when: 'range',
        from: '2030-03-20',
        to: '2030-03-31',
        free: false,
        accessible: false,
        page: 1,
      },
      { now: NOW, timeZone: MADRID },
    )
    const xml = buildRss(items, {
      title: 'Agenda',
      description: 'Upcoming',
      feedUrl: 'http://city.test/en/agenda/rss.xml',
      siteUrl: 'http://city.test/en/agenda',
      language: 'en',
      cityTimeZone: MADRID,
      eventUrl: (slug) => `http://city.test/en/agenda/${slug}`,
      labels: { allDay: 'all day', status: { EventCancelled: 'Cancelled' } },
    })
    const channel = new XMLParser().parse(xml).rss.channel
    const links = [channel.item].flat().map((item: { link: string }) => item.link)
    expect(links).toEqual([
      'http://city.test/en/agenda/saturday-market',
      'http://city.test/en/agenda/cancelled-concert',
      'http://city.test/en/agenda/saturday-market',
    ])
    expect(xml).not.toContain('secret-draft')
  })
})
