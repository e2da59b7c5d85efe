import OpeningHours from 'opening_hours'
import { beforeEach, describe, expect, it } from 'vitest'

import { expandOccurrences } from '@/lib/agenda/occurrences'
import { recurrenceProblems } from '@/lib/agenda/recurrenceProblems'
import { DEFAULT_CITY_ADDRESS } from '@/lib/hours/holidayRegion'
import { getMessages } from '@/lib/i18n/messages'
import { isNoticeInForce } from '@/lib/services/noticeDates'
import { noticeDatesParts } from '@/lib/services/noticeText'
import { dayOnlyKey, localDateKey } from '@/lib/time/wallClock'
import { alertsFor, WEATHER_WARNING_SLUG } from '@/lib/seed/data/alerts'
import { events, type EventSeed } from '@/lib/seed/data/events'
import { services } from '@/lib/seed/data/services'
import { DEMO_CITY_LATITUDE, DEMO_TIME_ZONE } from '@/lib/seed/data/site'
import {
  scheduleAlert,
  scheduleEvent,
  scheduleServiceNotice,
  seasonOf,
  seededStatus,
} from '@/lib/seed/seedDates'

// The demo tells the truth whatever day it is seeded: a weekday or month named in an
// event's title or summary (English and Spanish) is the weekday or month of every
// occurrence, upcoming events are upcoming and past ones past, and alerts are in force
// around the seeding moment as each one intends.
const DAY_MS = 24 * 60 * 60 * 1000

const SEED_MOMENTS = [
  // Each day of one week (Monday 30 November to Sunday 6 December 2026), at 10:00 in Madrid…
  ...Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2026, 10, 30 + i, 9))),
  // …and late in the evening, when the UTC date is still the day before in Madrid's eyes.
  new Date('2026-12-02T23:30:00Z'), // Thursday 00:30 in Madrid
  new Date('2026-12-05T22:45:00Z'), // Saturday 23:45 → Sunday in Madrid
  // Daylight-saving changes in Madrid: clocks forward on 29 March, back on 25 October 2026.
  new Date('2026-03-29T00:30:00Z'),
  new Date('2026-03-29T10:00:00Z'),
  new Date('2026-10-25T00:30:00Z'),
  new Date('2026-10-25T12:00:00Z'),
  // New Year's Eve and Day (the year and the month change).
  new Date('2026-12-31T11:00:00Z'),
  new Date('2026-12-31T23:15:00Z'), // already 1 January 2027 in Madrid
  new Date('2027-01-01T11:00:00Z'),
  // Summer, and the last night of February (already 1 March, spring, in Madrid).
  new Date('2026-07-16T09:00:00Z'),
  new Date('2027-02-28T23:30:00Z'),
]

// What Villamar's weather warning may be about, by the month of the seed day in Madrid
// (meteorological seasons, northern hemisphere), and what it must never mention then.
const WEATHER_BY_MONTH: { months: number[]; is: RegExp; never: RegExp }[] = [
  { months: [12, 1, 2], is: /\b(cold|frost)\b/i, never: /\b(heat|calor|tropical)\b/i },
  { months: [3, 4, 5], is: /\bwind\b/i, never: /\b(heat|calor|frost|helad\w*)\b/i },
  { months: [6, 7, 8], is: /\bheat\b/i, never: /\b(cold|frost|frío|helad\w*)\b/i },
  { months: [9, 10, 11], is: /\brain\b/i, never: /\b(heat|calor|frost|helad\w*)\b/i },
]

const WEEKDAYS: Record<'en' | 'es', string[]> = {
  // getUTCDay() order: Sunday first.
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
}
const MONTHS: Record<'en' | 'es', string[]> = {
  en: 'january february march april may june july august september october november december'.split(
    ' ',
  ),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
    ' ',
  ),
}
const FIRST: Record<'en' | 'es', RegExp> = { en: /\bfirst\s+(\p{L}+)/u, es: /\bprimer\s+(\p{L}+)/u }

const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? []
const dayKey = (instant: Date) => localDateKey(instant, DEMO_TIME_ZONE)
const weekdayOfKey = (key: string) => new Date(`${key}T00:00:00Z`).getUTCDay()
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)

/** The weekdays (0 = Sunday) and months (0 = January) an event's texts name, per language. */
function namedInTexts(event: EventSeed) {
  const weekdays = new Set<number>()
  const months = new Set<number>()
  const firstOf = new Set<number>()
  for (const locale of ['en', 'es'] as const) {
    const text = `${event.title[locale]} ${event.summary[locale]}`
    for (const word of words(text)) {
      if (WEEKDAYS[locale].includes(word)) weekdays.add(WEEKDAYS[locale].indexOf(word))
      if (MONTHS[locale].includes(word)) months.add(MONTHS[locale].indexOf(word))
    }
    const first = FIRST[locale].exec(text.toLowerCase())?.[1]
    if (first && WEEKDAYS[locale].includes(first)) firstOf.add(WEEKDAYS[locale].indexOf(first))
  }
  return { weekdays, months, firstOf }
}

/** The venue's opening hours, read with the opening_hours library directly. */
function venueHours(event: EventSeed) {
  const venue = event.venue
  if (!('service' in venue)) return null
  const text = services.find((s) => s.slug === venue.service)?.locations?.[0]?.openingHours
  return text ? new OpeningHours(text, DEFAULT_CITY_ADDRESS) : null
}

let seedNow = new Date()
/** Whether the venue opens at any time on the city's day `days` after `seedNow`'s. */
function opensOn(hours: OpeningHours, days: number): boolean {
  const day = new Date(Date.parse(`${dayKey(seedNow)}T12:00:00Z`) + days * DAY_MS)
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()]
  return hours.getOpenIntervals(new Date(y, m, d, 0, 0), new Date(y, m, d, 23, 59)).length > 0
}

function expand(event: EventSeed, now: Date) {
  const timing = scheduleEvent(event, { now, timeZone: DEMO_TIME_ZONE })
  const occurrences = expandOccurrences(timing, {
    from: new Date(now.getTime() - 90 * DAY_MS),
    to: new Date(now.getTime() + 400 * DAY_MS),
    cityTimeZone: DEMO_TIME_ZONE,
  })
  return { timing, occurrences }
}

describe.each(SEED_MOMENTS.map((now) => [now.toISOString(), now] as const))(
  'the demo seeded at %s',
  (_label, now) => {
    const today = dayKey(now)
    beforeEach(() => {
      seedNow = now
    })

    it('names in every event title and summary the weekday and month of every occurrence', () => {
      for (const event of events) {
        const { weekdays, months, firstOf } = namedInTexts(event)
        const { occurrences } = expand(event, now)
        expect(occurrences.length, event.slug).toBeGreaterThan(0)
        for (const occurrence of occurrences) {
          const where = `${event.slug} on ${occurrence.startDay}`
          for (const weekday of weekdays) {
            expect(weekdayOfKey(occurrence.startDay), where).toBe(weekday)
          }
          for (const month of months) {
            expect(Number(occurrence.startDay.slice(5, 7)) - 1, where).toBe(month)
          }
          if (firstOf.size > 0) {
            // "The first Sunday of every month": days 1 to 7.
            expect(Number(occurrence.startDay.slice(8, 10)), where).toBeLessThanOrEqual(7)
          }
        }
      }
    })

    it('starts every event where its data places it, and repeats only on valid dates', () => {
      for (const event of events) {
        const { timing, occurrences } = expand(event, now)
        expect(recurrenceProblems(timing, DEMO_TIME_ZONE), event.slug).toEqual([])
        const first = dayKey(new Date(timing.startsAt))
        const offset = daysBetween(today, first)
        if ('days' in event.starts) {
          // The planned day, or the nearest one after it (before it, when past) that the
          // venue opens.
          const planned = event.starts.days
          const hours = venueHours(event)
          if (!hours || planned === 0) expect(offset, event.slug).toBe(planned)
          else {
            const step = planned > 0 ? 1 : -1
            expect(step * offset, event.slug).toBeGreaterThanOrEqual(step * planned)
            for (let day = planned; day !== offset; day += step) {
              expect(opensOn(hours, day), `${event.slug} skipped an open day`).toBe(false)
            }
          }
        } else {
          // Anchored on a weekday: that weekday, after today, within the week (or month).
          expect(WEEKDAYS.en[weekdayOfKey(first)].slice(0, 2).toUpperCase(), event.slug).toBe(
            event.starts.weekday,
          )
          expect(offset, event.slug).toBeGreaterThan(0)
          expect(offset, event.slug).toBeLessThanOrEqual('nthOfMonth' in event.starts ? 38 : 7)
        }
        // The start time is the wall-clock time the data gives, on both sides of a DST change.
        const startTime = new Intl.DateTimeFormat('en-GB', {
          timeZone: DEMO_TIME_ZONE,
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(timing.startsAt))
        if (!event.allDay) expect(startTime, event.slug).toBe(event.starts.at)
        if (timing.endsAt) expect(timing.endsAt >= timing.startsAt, event.slug).toBe(true)
        // No occurrence before the first one, and an upcoming event is not over yet.
        expect(occurrences[0]?.startDay ?? first, event.slug).toBe(first)
        const intendedUpcoming = !('days' in event.starts) || event.starts.days > 0
        if (intendedUpcoming) expect(occurrences[0].start > now, event.slug).toBe(true)
        if ('days' in event.starts && event.starts.days < 0 && !event.recurrence) {
          expect(occurrences.at(-1)!.end <= now, event.slug).toBe(true)
        }
        for (const exception of timing.recurrence.exceptions ?? []) {
          expect(
            occurrences.map((o) => o.startDay),
            event.slug,
          ).not.toContain(exception.date.slice(0, 10))
        }
      }
    })

    it('holds an event at a service on a day that service opens (no Sunday or holiday)', () => {
      for (const event of events) {
        const hours = venueHours(event)
        if (!hours || !('days' in event.starts) || event.starts.days === 0) continue
        const first = dayKey(new Date(expand(event, now).timing.startsAt))
        expect(opensOn(hours, daysBetween(today, first)), `${event.slug} on ${first}`).toBe(true)
      }
    })

    it('dates alerts around the seeding moment: current, upcoming or just expired', () => {
      const nowMs = now.getTime()
      const season = seasonOf({ now, timeZone: DEMO_TIME_ZONE }, DEMO_CITY_LATITUDE)
      for (const alert of alertsFor(season)) {
        const { onset, expires } = scheduleAlert(alert, { now, timeZone: DEMO_TIME_ZONE })
        const [from, to] = [Date.parse(onset), Date.parse(expires)]
        expect(from < to, alert.slug).toBe(true)
        expect(Math.abs(from - nowMs), alert.slug).toBeLessThanOrEqual(31 * DAY_MS)
        expect(Math.abs(to - nowMs), alert.slug).toBeLessThanOrEqual(31 * DAY_MS)
        const onsetAhead = 'hours' in alert.onset ? alert.onset.hours > 0 : alert.onset.days > 0
        const expiresAhead =
          'hours' in alert.expires ? alert.expires.hours > 0 : alert.expires.days > 0
        if (!onsetAhead && expiresAhead) expect(from <= nowMs && nowMs < to, alert.slug).toBe(true)
        if (onsetAhead) expect(from > nowMs, alert.slug).toBe(true)
        if (!expiresAhead) expect(to < nowMs, alert.slug).toBe(true)
        // On the hour (Madrid's offset is whole hours), not at the minute the seed ran.
        expect([onset.slice(14, 19), expires.slice(14, 19)], alert.slug).toEqual(['00:00', '00:00'])
      }
    })

    it('warns of weather that fits the season of the seed day', () => {
      const season = seasonOf({ now, timeZone: DEMO_TIME_ZONE }, DEMO_CITY_LATITUDE)
      const warning = alertsFor(season).find((alert) => alert.slug === WEATHER_WARNING_SLUG)!
      const weather = WEATHER_BY_MONTH.find(({ months }) =>
        months.includes(Number(today.slice(5, 7))),
      )!
      expect(warning.headline.en, season).toMatch(weather.is)
      expect(warning.eventType.en, season).toMatch(weather.is)
      const texts = [warning.headline, warning.description, warning.instruction, warning.eventType]
      for (const text of texts.flatMap((t) => [t.en, t.es])) {
        expect(text, season).not.toMatch(weather.never)
      }
      expect(warning.categories).toContain('Met')
      // Beaches have flags only in the bathing season: no bathing advice outside summer.
      const bathing = /\b(bathing|swim|baño|bañe)\b/i
      const summer = [6, 7, 8].includes(Number(today.slice(5, 7)))
      for (const alert of alertsFor(season)) {
        if (!summer)
          expect(`${alert.headline.en} ${alert.headline.es}`, alert.slug).not.toMatch(bathing)
      }
      // The alerts end-to-end test finds it on the day centre's page in every season.
      expect(warning.services).toContain('russafa-day-centre')
      expect(warning.headline.en).toMatch(/ warning: /)
    })

    it('dates service notices from before the seeding day to after it, in their message', () => {
      const notices = services.filter((service) => service.status)
      expect(notices.length).toBeGreaterThan(0)
      for (const service of notices) {
        const notice = scheduleServiceNotice(service.status!, { now, timeZone: DEMO_TIME_ZONE })
        const [since, until] = [notice.since.slice(0, 10), notice.until.slice(0, 10)]
        expect(since < today && today < until, `${service.slug}: ${since}–${until}`).toBe(true)
        expect(daysBetween(since, until), service.slug).toBeLessThanOrEqual(90)
        const untilDate = new Date(`${until}T12:00:00Z`)
        expect(notice.message.en, service.slug).toContain(
          `to ${WEEKDAYS.en[untilDate.getUTCDay()].replace(/^./, (c) => c.toUpperCase())} ${untilDate.getUTCDate()} ${MONTHS.en[untilDate.getUTCMonth()].replace(/^./, (c) => c.toUpperCase())}.`,
        )
        expect(notice.message.es, service.slug).toContain(
          `al ${WEEKDAYS.es[untilDate.getUTCDay()]}, ${untilDate.getUTCDate()} de ${MONTHS.es[untilDate.getUTCMonth()]}.`,
        )
        expect(notice.message.en.length, service.slug).toBeLessThanOrEqual(300)
        expect(notice.message.es.length, service.slug).toBeLessThanOrEqual(300)
      }
    })

    it("stores each notice's days in its status, as its message names them, in force today", () => {
      const clock = { now, timeZone: DEMO_TIME_ZONE }
      const spelled = (locale: string, day: string) =>
        new Intl.DateTimeFormat(locale, {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          timeZone: 'UTC',
        }).format(new Date(`${day}T12:00:00Z`))
      for (const service of services.filter((candidate) => candidate.status)) {
        for (const locale of ['en', 'es'] as const) {
          const status = seededStatus(service, clock, locale)
          const where = `${service.slug} (${locale})`
          // Day-only dates as the admin's picker stores them: 12:00 UTC.
          expect(status.from, where).toMatch(/^\d{4}-\d{2}-\d{2}T12:00:00\.000Z$/)
          expect(status.until, where).toMatch(/^\d{4}-\d{2}-\d{2}T12:00:00\.000Z$/)
          const [from, until] = [dayOnlyKey(status.from!), dayOnlyKey(status.until!)]
          expect(from <= today && today <= until, `${where}: ${from}–${until}`).toBe(true)
          expect(isNoticeInForce(status, now, DEMO_TIME_ZONE), where).toBe(true)
          expect(status.message, where).toContain(
            locale === 'en'
              ? `From ${spelled('en-GB', from)} to ${spelled('en-GB', until)}.`
              : `Del ${spelled('es-ES', from)} al ${spelled('es-ES', until)}.`,
          )
          // So the service page does not write the days a second time.
          expect(
            noticeDatesParts(status, locale, getMessages(locale).services.noticeDates),
            where,
          ).toBeNull()
        }
      }
      const normal = services.find((candidate) => !candidate.status)!
      expect(seededStatus(normal, clock, 'en')).toEqual({ state: 'normal' })
    })
  },
)

describe('the seasonal weather warning', () => {
  const warningOn = (iso: string, latitude = DEMO_CITY_LATITUDE) =>
    alertsFor(seasonOf({ now: new Date(iso), timeZone: DEMO_TIME_ZONE }, latitude))[0]

  it('is a heat warning in a Villamar summer and a cold warning in its winter, under one slug', () => {
    const summer = warningOn('2026-07-16T09:00:00Z')
    const winter = warningOn('2026-12-03T09:00:00Z')
    expect(summer.slug).toBe(WEATHER_WARNING_SLUG)
    expect(winter.slug).toBe(WEATHER_WARNING_SLUG)
    expect(summer.headline.en).toMatch(/^Heat warning/)
    expect(summer.headline.es).toMatch(/^Aviso por calor/)
    expect(winter.headline.en).toMatch(/^Cold warning/)
    expect(winter.headline.es).toMatch(/^Aviso por frío/)
    // The same seed day gives the same alert.
    expect(warningOn('2026-12-03T09:00:00Z')).toEqual(winter)
  })

  it('advises on bathing at the beach only in summer, with the same number of alerts', () => {
    const slugsOn = (iso: string) =>
      alertsFor(seasonOf({ now: new Date(iso), timeZone: DEMO_TIME_ZONE }, DEMO_CITY_LATITUDE)).map(
        (alert) => alert.slug,
      )
    expect(slugsOn('2026-07-16T09:00:00Z')).toContain('bathing-advice-malva-rosa')
    expect(slugsOn('2026-12-03T09:00:00Z')).not.toContain('bathing-advice-malva-rosa')
    expect(slugsOn('2026-12-03T09:00:00Z')).toContain('turia-garden-paths-closed')
    expect(slugsOn('2026-12-03T09:00:00Z')).toHaveLength(slugsOn('2026-07-16T09:00:00Z').length)
  })

  it("follows the city's day, not UTC, and the city's hemisphere", () => {
    // 31 August 23:30 UTC is already 1 September (autumn) in Madrid.
    expect(warningOn('2026-08-31T23:30:00Z').eventType.en).toBe('Heavy rain')
    expect(warningOn('2026-08-31T21:00:00Z').eventType.en).toBe('Heat wave')
    // South of the equator December is summer.
    expect(warningOn('2026-12-03T09:00:00Z', -34.6).eventType.en).toBe('Heat wave')
  })
})

describe('weekday-anchored demo events', () => {
  it('start the Saturday market on the coming Saturday, weekly on Saturdays (BYDAY=SA)', () => {
    const market = events.find((event) => event.slug === 'saturday-farmers-market')!
    // Thursday 3 December 2026: the coming Saturday is the 5th.
    const { timing, occurrences } = expand(market, new Date('2026-12-03T09:00:00Z'))
    expect(timing.startsAt).toBe('2026-12-05T08:00:00.000Z')
    expect(timing.recurrence.weekdays).toEqual(['SA'])
    expect(occurrences.slice(0, 3).map((o) => o.startDay)).toEqual([
      '2026-12-05',
      '2026-12-12',
      '2026-12-26', // 19 December is skipped
    ])
  })

  it('start the free museum Sunday on the next first Sunday of a month', () => {
    const museum = events.find((event) => event.slug === 'museum-free-sunday')!
    const { occurrences } = expand(museum, new Date('2026-12-31T23:15:00Z'))
    expect(occurrences.slice(0, 2).map((o) => o.startDay)).toEqual(['2027-01-03', '2027-02-07'])
  })
})
