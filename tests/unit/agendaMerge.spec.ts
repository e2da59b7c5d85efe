import { describe, expect, it } from 'vitest'

import { agendaSlice, buildAgendaPage } from '@/lib/agenda/agenda'
import { buildOccurrenceIndex, type OccurrenceIndex } from '@/lib/agenda/occurrenceIndex'
import { expandOccurrences } from '@/lib/agenda/occurrences'
import type { AgendaQuery } from '@/lib/agenda/query'
import { agendaWindow } from '@/lib/agenda/ranges'
import type { AgendaEvent } from '@/lib/agenda/types'
import { localDateKey } from '@/lib/time/wallClock'

const MADRID = 'Europe/Madrid'
// Monday 16 March 2026, 12:00 in Madrid: the clocks go forward on Sunday 29 March.
const NOW = new Date('2026-03-16T11:00:00.000Z')
const DAY = 24 * 60 * 60 * 1000

const query = (overrides: Partial<AgendaQuery> = {}): AgendaQuery => ({
  when: 'upcoming',
  free: false,
  accessible: false,
  page: 1,
  ...overrides,
})

let nextId = 1
function event(overrides: Partial<AgendaEvent> & Pick<AgendaEvent, 'startsAt'>): AgendaEvent {
  const id = nextId++
  return {
    id,
    slug: `event-${id}`,
    title: `Event ${id}`,
    summary: 'Summary',
    eventStatus: 'EventScheduled',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }
}

// Saturday market 10:00–14:00 local from 7 March, skipping 4 April (Easter).
const market = event({
  title: 'Market',
  startsAt: '2026-03-07T09:00:00.000Z',
  endsAt: '2026-03-07T13:00:00.000Z',
  recurrence: {
    frequency: 'weekly',
    weekdays: ['SA'],
    ends: 'never',
    exceptions: [{ date: '2026-04-04' }],
  },
})
// A festival that began yesterday and runs four days: ongoing on the first listed day.
const festival = event({
  title: 'Festival',
  allDay: true,
  startsAt: '2026-03-15T11:00:00.000Z',
  endsAt: '2026-03-18T11:00:00.000Z',
})
// First Sunday of the month, 11:00 local.
const museum = event({
  title: 'Museum day',
  startsAt: '2026-04-05T09:00:00.000Z',
  endsAt: '2026-04-05T15:00:00.000Z',
  topics: [{ id: 7, slug: 'culture', title: 'Culture' } as never],
  price: { isFree: true },
  recurrence: { frequency: 'monthly', monthlyBy: 'weekdayOfMonth', ends: 'never' },
})
// Daily 08:30 UTC for ten days across the change: 09:30 local before it, 10:30 after.
const dailyUtc = event({
  title: 'Daily class',
  timezone: 'UTC',
  startsAt: '2026-03-24T08:30:00.000Z',
  endsAt: '2026-03-24T09:00:00.000Z',
  accessibility: { wheelchair: true },
  recurrence: { frequency: 'daily', ends: 'count', count: 10 },
})
// Same start as the market on 21 March: ties go by title.
const talk = event({ title: 'A talk', startsAt: '2026-03-21T09:00:00.000Z' })
const singles = Array.from({ length: 25 }, (_, i) =>
  event({
    title: `Single ${String(i).padStart(2, '0')}`,
    startsAt: new Date(NOW.getTime() + (i * 37 + 5) * 60 * 60 * 1000).toISOString(),
  }),
)
const events = [market, festival, museum, dailyUtc, talk, ...singles]

/** The former way: expand every occurrence of every event, then sort them all. */
function reference(list: AgendaEvent[], q: AgendaQuery) {
  const window = agendaWindow(q, NOW, MADRID)
  const items = list
    .filter(
      (e) => !q.topic || (e.topics ?? []).some((t) => (t as { slug: string }).slug === q.topic),
    )
    .filter((e) => !q.free || e.price?.isFree)
    .filter((e) => !q.accessible || e.accessibility?.wheelchair)
    .flatMap((e) =>
      expandOccurrences(e, { from: window.start, to: window.end, cityTimeZone: MADRID }).map(
        (occurrence) => {
          const ongoing = occurrence.start < window.start
          const day = localDateKey(ongoing ? window.start : occurrence.start, MADRID)
          return { event: e, occurrence, day, ongoing }
        },
      ),
    )
  items.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      Number(b.ongoing) - Number(a.ongoing) ||
      a.occurrence.start.getTime() - b.occurrence.start.getTime() ||
      a.event.title.localeCompare(b.event.title),
  )
  return items.map((i) => `${i.day} ${i.occurrence.start.toISOString()} ${i.event.title}`)
}

const indexOf = (list: AgendaEvent[], until = new Date(NOW.getTime() + 400 * DAY)) =>
  buildOccurrenceIndex(list, {
    from: new Date(NOW.getTime() - 31 * DAY),
    until,
    cityTimeZone: MADRID,
  })

const lines = (index: OccurrenceIndex, q: AgendaQuery, offset = 0, limit = Infinity) =>
  agendaSlice(index, q, { now: NOW, offset, limit }).items.map(
    (i) => `${i.day} ${i.occurrence.start.toISOString()} ${i.event.title}`,
  )

describe('k-way merge of per-event occurrence cursors', () => {
  const index = indexOf(events)

  it.each([
    ['all upcoming', query()],
    ['next 7 days', query({ when: 'week' })],
    [
      'a range across the clock change',
      query({ when: 'range', from: '2026-03-27', to: '2026-04-06' }),
    ],
    ['a topic', query({ topic: 'culture' })],
    ['free only', query({ free: true })],
    ['accessible only', query({ accessible: true })],
  ])('lists %s in the same order as sorting every occurrence', (_name, q) => {
    const expected = reference(events, q)
    expect(expected.length).toBeGreaterThan(0)
    expect(lines(index, q)).toEqual(expected)
    expect(agendaSlice(index, q, { now: NOW }).total).toBe(expected.length)
  })

  it('puts the ongoing festival first on the first day, then ties by start and title', () => {
    const first = lines(index, query(), 0, 3)
    expect(first[0]).toBe('2026-03-16 2026-03-14T23:00:00.000Z Festival')
    const saturday = lines(index, query({ when: 'range', from: '2026-03-21', to: '2026-03-21' }))
    // Both at 10:00 local: "A talk" before "Market".
    const at10 = saturday.filter((line) => line.includes('T09:00:00.000Z'))
    expect(at10).toEqual([
      '2026-03-21 2026-03-21T09:00:00.000Z A talk',
      '2026-03-21 2026-03-21T09:00:00.000Z Market',
    ])
  })

  it('keeps local times across the change and leaves out the skipped date', () => {
    const spring = lines(
      index,
      query({ when: 'range', from: '2026-03-28', to: '2026-04-11' }),
    ).filter((line) => line.endsWith('Market'))
    expect(spring).toEqual([
      '2026-03-28 2026-03-28T09:00:00.000Z Market', // 10:00 UTC+1
      // 4 April skipped
      '2026-04-11 2026-04-11T08:00:00.000Z Market', // 10:00 UTC+2
    ])
    const classes = lines(
      index,
      query({ when: 'range', from: '2026-03-28', to: '2026-03-30' }),
    ).filter((line) => line.endsWith('Daily class'))
    // Its own zone is UTC: the same instant every day, one hour later on Madrid's clocks.
    expect(classes).toEqual([
      '2026-03-28 2026-03-28T08:30:00.000Z Daily class',
      '2026-03-29 2026-03-29T08:30:00.000Z Daily class',
      '2026-03-30 2026-03-30T08:30:00.000Z Daily class',
    ])
  })

  it('pages are consecutive slices of the whole list, whatever the page size', () => {
    const all = lines(index, query())
    for (const size of [3, 7, 20]) {
      const pages: string[] = []
      for (let offset = 0; offset < all.length; offset += size) {
        const page = lines(index, query(), offset, size)
        expect(page.length).toBe(Math.min(size, all.length - offset))
        pages.push(...page)
      }
      expect(pages).toEqual(all)
    }
  })

  it('builds a page: grouped by day, clamped to the last page, count of every match', () => {
    const all = lines(index, query())
    const second = buildAgendaPage(index, query({ page: 2 }), { now: NOW, pageSize: 7 })
    expect(second).toMatchObject({
      total: all.length,
      page: 2,
      pageCount: Math.ceil(all.length / 7),
    })
    const flat = second.days.flatMap((d) =>
      d.items.map((i) => `${d.day} ${i.occurrence.start.toISOString()} ${i.event.title}`),
    )
    expect(flat).toEqual(all.slice(7, 14))
    expect(second.days.map((d) => d.day)).toEqual([...new Set(flat.map((l) => l.slice(0, 10)))])
    const beyond = buildAgendaPage(index, query({ page: 9999 }), { now: NOW, pageSize: 7 })
    expect(beyond.page).toBe(beyond.pageCount)
    expect(beyond.days.flatMap((d) => d.items)).toHaveLength(
      all.length - (beyond.pageCount - 1) * 7,
    )
  })

  it('drops what has ended as time passes, with the same index', () => {
    const later = new Date(NOW.getTime() + 3 * DAY) // Thursday: the festival is over
    const { items } = agendaSlice(index, query(), { now: later, limit: 50 })
    expect(items.some((i) => i.event.title === 'Festival')).toBe(false)
    expect(items.every((i) => i.occurrence.end > later || i.occurrence.start >= later)).toBe(true)
  })

  it('expands on the fly for a window beyond the index’s span', () => {
    const short = indexOf(events, new Date(NOW.getTime() + 20 * DAY))
    const q = query({ when: 'range', from: '2026-06-01', to: '2026-06-30' })
    const expected = reference(events, q)
    expect(expected.some((line) => line.endsWith('Museum day'))).toBe(true)
    expect(lines(short, q)).toEqual(expected)
  })
})
