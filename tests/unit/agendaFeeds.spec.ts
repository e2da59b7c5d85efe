import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import { describe, expect, it } from 'vitest'

import { agendaItems } from '@/lib/agenda/agenda'
import { buildCalendar, eventSequence } from '@/lib/agenda/ics'
import { buildRss } from '@/lib/agenda/rss'
import type { AgendaEvent } from '@/lib/agenda/types'

const MADRID = 'Europe/Madrid'
const NOW = new Date('2026-03-20T12:00:00.000Z')

const base = {
  summary: 'Summary',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  eventStatus: 'EventScheduled' as const,
}

const market: AgendaEvent = {
  ...base,
  id: 1,
  slug: 'market',
  title: 'Saturday market',
  startsAt: '2026-03-21T09:00:00.000Z',
  endsAt: '2026-03-21T13:00:00.000Z',
  updatedAt: '2026-01-01T00:10:00.000Z',
  recurrence: {
    frequency: 'weekly',
    weekdays: ['SA'],
    ends: 'never',
    exceptions: [{ date: '2026-04-04T12:00:00.000Z' }],
  },
  venue: { name: 'Plaza Mayor', address: 'Plaza Mayor 1', point: [-0.37, 39.47] },
}
const cancelled: AgendaEvent = {
  ...base,
  id: 2,
  slug: 'concert',
  title: 'Concert',
  startsAt: '2026-03-25T18:30:00.000Z',
  endsAt: '2026-03-25T20:30:00.000Z',
  eventStatus: 'EventCancelled',
}
const festival: AgendaEvent = {
  ...base,
  id: 3,
  slug: 'festival',
  title: 'Festival',
  startsAt: '2026-06-18T22:00:00.000Z',
  endsAt: '2026-06-21T21:59:00.000Z',
  allDay: true,
}

const calendarText = () =>
  buildCalendar([market, cancelled, festival], {
    name: 'Testville agenda',
    url: 'https://city.example/en/agenda.ics',
    eventUrl: (slug) => `https://city.example/en/agenda/${slug}`,
    uidHost: 'city.example',
    cityTimeZone: MADRID,
    language: 'en',
    now: NOW,
  })

describe('buildCalendar', () => {
  const text = calendarText()
  const parsed = ical.sync.parseICS(text)
  const events = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[]
  const byUid = Object.fromEntries(events.map((e) => [e.uid, e]))

  it('names the calendar and gives each event a stable UID', () => {
    expect(text).toContain('X-WR-CALNAME:Testville agenda')
    expect(Object.keys(byUid).sort()).toEqual([
      'event-1@city.example',
      'event-2@city.example',
      'event-3@city.example',
    ])
    expect(calendarText()).toBe(text) // same input, same bytes: DTSTAMP comes from the edit
  })

  it('writes local times with their zone, and a VTIMEZONE for it', () => {
    const m = byUid['event-1@city.example']
    expect(m.start.toISOString()).toBe('2026-03-21T09:00:00.000Z')
    expect(m.start.tz).toBe(MADRID)
    expect(text).toContain('DTSTART;TZID=Europe/Madrid:20260321T100000')
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Madrid/)
    expect(text).toContain('TZOFFSETTO:+0200')
  })

  it('carries the weekly rule, its skipped date and its edit sequence', () => {
    const m = byUid['event-1@city.example']
    expect(m.rrule?.toString()).toContain('FREQ=WEEKLY')
    expect(m.rrule?.toString()).toContain('BYDAY=SA')
    const skipped = [
      ...new Set(Object.values(m.exdate ?? {}).map((d) => (d as Date).toISOString())),
    ]
    expect(skipped).toEqual(['2026-04-04T08:00:00.000Z'])
    expect(Number(m.sequence)).toBe(eventSequence(market))
    expect(Number(m.sequence)).toBe(600)
    // node-ical's own expansion agrees: 10:00 Madrid time after the clocks change, 4 April skipped.
    const after = m.rrule!.between(new Date('2026-03-30T00:00Z'), new Date('2026-04-12T00:00Z'))
    expect(after.length).toBe(2)
  })

  it('marks a cancelled event CANCELLED', () => {
    expect(byUid['event-2@city.example'].status).toBe('CANCELLED')
    expect(byUid['event-1@city.example'].status).toBe('CONFIRMED')
  })

  it('writes all-day events as dates with an exclusive end', () => {
    expect(text).toContain('DTSTART;VALUE=DATE:20260619')
    expect(text).toContain('DTEND;VALUE=DATE:20260622')
    expect(byUid['event-3@city.example'].datetype).toBe('date')
  })
})

describe('buildRss', () => {
  it('is RSS 2.0 with one item per upcoming occurrence and the required fields', () => {
    const { items } = agendaItems(
      [market, cancelled],
      {
        when: 'range',
        from: '2026-03-20',
        to: '2026-03-31',
        free: false,
        accessible: false,
        page: 1,
      },
      { now: NOW, timeZone: MADRID },
    )
    const xml = buildRss(items, {
      title: 'Testville agenda',
      description: 'Upcoming events',
      feedUrl: 'https://city.example/en/agenda/rss.xml',
      siteUrl: 'https://city.example/en/agenda',
      language: 'en',
      cityTimeZone: MADRID,
      eventUrl: (slug) => `https://city.example/en/agenda/${slug}`,
      labels: { allDay: 'all day', status: { EventCancelled: 'Cancelled' } },
    })
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml)
    expect(doc.rss['@_version']).toBe('2.0')
    const channel = doc.rss.channel
    expect(channel.title).toBe('Testville agenda')
    expect(channel.link).toBe('https://city.example/en/agenda')
    expect(channel.description).toBe('Upcoming events')
    const titles = channel.item.map((item: { title: string }) => item.title)
    expect(titles).toEqual([
      'Saturday market (Saturday, March 21, 2026, 10:00–14:00)',
      'Cancelled: Concert (Wednesday, March 25, 2026, 19:30–21:30)',
      'Saturday market (Saturday, March 28, 2026, 10:00–14:00)',
    ])
    for (const item of channel.item) {
      expect(item.link).toMatch(/^https:\/\/city\.example\/en\/agenda\//)
      expect(item.guid['#text']).toContain(item.link)
      expect(new Date(item.pubDate).getTime()).not.toBeNaN()
    }
  })
})
