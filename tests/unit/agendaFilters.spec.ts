import { describe, expect, it } from 'vitest'

import { buildAgenda } from '@/lib/agenda/agenda'
import { agendaSearch, parseAgendaQuery, type AgendaQuery } from '@/lib/agenda/query'
import { agendaWindow } from '@/lib/agenda/ranges'
import type { AgendaEvent } from '@/lib/agenda/types'

const MADRID = 'Europe/Madrid'
// Wednesday 1 April 2026, 21:30 UTC = 23:30 in Madrid: half an hour before local midnight,
// when the UTC date and the city's date agree but the UTC "next day" starts later.
const NOW = new Date('2026-04-01T21:30:00.000Z')

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

describe('agendaWindow at day boundaries in the city', () => {
  it('"today" ends at local midnight, not UTC midnight', () => {
    const today = agendaWindow({ when: 'today' }, NOW, MADRID)
    expect(today.start).toEqual(NOW)
    expect(today.end.toISOString()).toBe('2026-04-01T22:00:00.000Z')
  })

  it('"this weekend" is Saturday 00:00 to Monday 00:00 local time', () => {
    const weekend = agendaWindow({ when: 'weekend' }, NOW, MADRID)
    expect(weekend.start.toISOString()).toBe('2026-04-03T22:00:00.000Z')
    expect(weekend.end.toISOString()).toBe('2026-04-05T22:00:00.000Z')
  })

  it('on a Sunday, "this weekend" is what is left of it', () => {
    const sunday = new Date('2026-04-05T10:00:00.000Z')
    const weekend = agendaWindow({ when: 'weekend' }, sunday, MADRID)
    expect(weekend.start).toEqual(sunday)
    expect(weekend.end.toISOString()).toBe('2026-04-05T22:00:00.000Z')
  })

  it('"next 7 days" covers today and six more local days', () => {
    const week = agendaWindow({ when: 'week' }, NOW, MADRID)
    expect(week.end.toISOString()).toBe('2026-04-07T22:00:00.000Z')
  })

  it('a date range runs from the first local midnight to the one after the last day', () => {
    const range = agendaWindow({ when: 'range', from: '2026-10-24', to: '2026-10-25' }, NOW, MADRID)
    expect(range.start.toISOString()).toBe('2026-10-23T22:00:00.000Z') // UTC+2
    expect(range.end.toISOString()).toBe('2026-10-25T23:00:00.000Z') // UTC+1 after the change
  })
})

describe('buildAgenda', () => {
  const lateTonight = event({ startsAt: '2026-04-01T21:45:00.000Z', title: 'Late tonight' })
  const justAfterMidnight = event({ startsAt: '2026-04-01T22:15:00.000Z', title: 'After midnight' })
  const finished = event({
    startsAt: '2026-04-01T19:00:00.000Z',
    endsAt: '2026-04-01T21:00:00.000Z',
    title: 'Finished',
  })
  const free = event({
    startsAt: '2026-04-04T09:00:00.000Z',
    title: 'Free and accessible',
    price: { isFree: true },
    accessibility: { wheelchair: true },
    topics: [{ id: 1, slug: 'culture', title: 'Culture' } as never],
  })
  const market = event({
    startsAt: '2026-03-21T09:00:00.000Z',
    endsAt: '2026-03-21T13:00:00.000Z',
    title: 'Market',
    recurrence: { frequency: 'weekly', weekdays: ['SA'], ends: 'never' },
  })
  const all = [lateTonight, justAfterMidnight, finished, free, market]

  it('lists "today" up to local midnight and drops what has ended', () => {
    const agenda = buildAgenda(all, query({ when: 'today' }), { now: NOW, timeZone: MADRID })
    expect(agenda.days.map((d) => d.day)).toEqual(['2026-04-01'])
    expect(agenda.days[0].items.map((i) => i.event.title)).toEqual(['Late tonight'])
  })

  it('groups by local day: 00:15 in Madrid is the next day although UTC says otherwise', () => {
    const agenda = buildAgenda(all, query({ when: 'week' }), { now: NOW, timeZone: MADRID })
    const days = Object.fromEntries(
      agenda.days.map((d) => [d.day, d.items.map((i) => i.event.title)]),
    )
    expect(days['2026-04-02']).toEqual(['After midnight'])
    expect(days['2026-04-04']).toEqual(['Market', 'Free and accessible'])
  })

  it('filters by topic, free entry and accessibility support', () => {
    for (const filter of [{ topic: 'culture' }, { free: true }, { accessible: true }]) {
      const agenda = buildAgenda(all, query({ when: 'week', ...filter }), {
        now: NOW,
        timeZone: MADRID,
      })
      expect(agenda.days.flatMap((d) => d.items.map((i) => i.event.title))).toEqual([
        'Free and accessible',
      ])
    }
  })

  it('pages through the occurrences of a recurring event', () => {
    const options = { now: NOW, timeZone: MADRID, pageSize: 5 }
    const first = buildAgenda(
      [market],
      query({ when: 'range', from: '2026-04-01', to: '2026-06-30' }),
      options,
    )
    expect(first).toMatchObject({ total: 13, pageCount: 3, page: 1 })
    const last = buildAgenda(
      [market],
      query({ when: 'range', from: '2026-04-01', to: '2026-06-30', page: 9 }),
      options,
    )
    expect(last.page).toBe(3)
    expect(last.days.map((d) => d.day)).toEqual(['2026-06-13', '2026-06-20', '2026-06-27'])
  })
})

describe('parseAgendaQuery', () => {
  it('reads filters and implies a range from dates', () => {
    const { query: q, problems } = parseAgendaQuery({
      from: '2026-05-01',
      to: '2026-05-03',
      topic: 'culture',
      free: '1',
      page: '2',
    })
    expect(problems).toEqual([])
    expect(q).toEqual({
      when: 'range',
      from: '2026-05-01',
      to: '2026-05-03',
      topic: 'culture',
      free: true,
      accessible: false,
      page: 2,
    })
    expect(agendaSearch(q)).toBe(
      '?when=range&from=2026-05-01&to=2026-05-03&topic=culture&free=1&page=2',
    )
  })

  it('reports bad values and falls back to the defaults', () => {
    const { query: q, problems } = parseAgendaQuery({
      when: 'yesterday',
      from: '2026-02-30',
      page: '-3',
      topic: '<script>',
      to: '2026-13-01',
    })
    expect(problems.sort()).toEqual(['from', 'page', 'to', 'topic', 'when'])
    expect(q).toMatchObject({ when: 'upcoming', page: 1, topic: undefined })
  })

  it('refuses a range that ends before it starts', () => {
    const { query: q, problems } = parseAgendaQuery({
      when: 'range',
      from: '2026-05-03',
      to: '2026-05-01',
    })
    expect(problems).toEqual(['rangeOrder'])
    expect(q.when).toBe('upcoming')
  })
})
