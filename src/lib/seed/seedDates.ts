// The demo's dates as pure functions of the seeding clock, so tests can seed on any day
// without a database.
import type OpeningHoursParser from 'opening_hours'

import { parseOpeningHours } from '@/lib/hours/openingStatus'
import { wallClockParts } from '@/lib/time/zone'
import type { Event } from '@/payload-types'

import type { AlertSeed, Season } from './data/alerts'
import type { EventSeed } from './data/events'
import { services, type ServiceSeed } from './data/services'
import type { Localized } from './localized'
import { dayFromNow, daysFromNow, daysToSeedDay, resolveInstant, type Clock } from './relativeTime'

/** The opening hours of the service an event takes place at, if it is at one. */
function venueHours(event: EventSeed) {
  const venue = event.venue
  if (!('service' in venue)) return null
  const service = services.find((candidate) => candidate.slug === venue.service)
  return parseOpeningHours(service?.locations?.[0]?.openingHours)
}

/** Whether `hours` open at any time on the city's day `days` after the seed day. */
export function opensOnSeedDay(hours: OpeningHoursParser, days: number, clock: Clock): boolean {
  const noon = new Date(dayFromNow(days, clock))
  // The library reads a Date's local fields (as in openingStatus): the day's wall clock.
  const [y, m, d] = [noon.getUTCFullYear(), noon.getUTCMonth(), noon.getUTCDate()]
  return hours.getOpenIntervals(new Date(y, m, d, 0, 0), new Date(y, m, d, 23, 59)).length > 0
}

/**
 * The event's first day from the seed day, moved to the nearest day its service opens, never a
 * day it is closed on.
 */
function eventStartDay(event: EventSeed, clock: Clock): number {
  const planned = daysToSeedDay(event.starts, clock)
  const hours = 'days' in event.starts && planned !== 0 ? venueHours(event) : null
  if (!hours) return planned
  const step = planned > 0 ? 1 : -1
  for (let shift = 0; shift <= MAX_SHIFT_DAYS; shift++) {
    if (opensOnSeedDay(hours, planned + step * shift, clock)) return planned + step * shift
  }
  return planned
}

// Long enough to step over a summer closure (an adult school shut in July and August).
const MAX_SHIFT_DAYS = 62

/** The event's dates, recurrence and status, resolved against the seeding clock. */
export function scheduleEvent(event: EventSeed, clock: Clock) {
  const startDay = eventStartDay(event, clock)
  const at = (days: number, time: string) => daysFromNow(startDay + days, time, clock)
  const rule = event.recurrence
  // A weekday-anchored start names its weekday in the rule as well (BYDAY=SA): the
  // collection then refuses a start that is not on that day.
  const weekday = 'weekday' in event.starts ? event.starts.weekday : undefined
  const recurrence: Event['recurrence'] = rule
    ? {
        frequency: rule.frequency,
        weekdays: rule.frequency === 'weekly' && weekday ? [weekday] : undefined,
        monthlyBy: rule.byWeekdayOfMonth ? 'weekdayOfMonth' : 'dayOfMonth',
        ends: 'never',
        exceptions: (rule.skipWeeks ?? []).map((weeks) => ({
          date: dayFromNow(startDay + 7 * weeks, clock),
        })),
      }
    : { frequency: 'none' }
  return {
    startsAt: at(0, event.starts.at),
    endsAt: event.ends && at(event.ends.days, event.ends.at),
    allDay: event.allDay ?? false,
    eventStatus: event.status ?? ('EventScheduled' as const),
    previousStartsAt:
      event.previousStarts && at(event.previousStarts.days, event.previousStarts.at),
    recurrence,
  }
}

// Meteorological seasons by month (January first), north of the equator; south of it, the
// same month six months on.
const NORTHERN_SEASONS: readonly Season[] = [
  'winter',
  'winter',
  'spring',
  'spring',
  'spring',
  'summer',
  'summer',
  'summer',
  'autumn',
  'autumn',
  'autumn',
  'winter',
]

/** The season on the day of seeding in the city, at `latitude` (degrees, south negative). */
export function seasonOf(clock: Clock, latitude: number): Season {
  const monthIndex = wallClockParts(clock.now, clock.timeZone).month - 1
  return NORTHERN_SEASONS[latitude < 0 ? (monthIndex + 6) % 12 : monthIndex]
}

/** When an alert is in force, resolved against the seeding clock. */
export function scheduleAlert(alert: Pick<AlertSeed, 'onset' | 'expires'>, clock: Clock) {
  return {
    onset: resolveInstant(alert.onset, clock),
    expires: resolveInstant(alert.expires, clock),
  }
}

/**
 * A service notice's days (stored at 12:00 UTC like any day-only date) and its message in each
 * language ending with them.
 */
export function scheduleServiceNotice(
  status: NonNullable<ServiceSeed['status']>,
  clock: Clock,
): { since: string; until: string; message: Localized } {
  const since = dayFromNow(daysToSeedDay(status.since, clock), clock)
  const until = dayFromNow(daysToSeedDay(status.until, clock), clock)
  const day = (locale: string, iso: string) =>
    new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(iso))
  return {
    since,
    until,
    message: {
      en: `${status.message.en} From ${day('en-GB', since)} to ${day('en-GB', until)}.`,
      es: `${status.message.es} Del ${day('es-ES', since)} al ${day('es-ES', until)}.`,
    },
  }
}

/**
 * The status a demo service is seeded with, in one language: its notice's days in the
 * status's own fields (so the notice ends by itself) and, in words, at the end of its message.
 */
export function seededStatus(
  service: Pick<ServiceSeed, 'status'>,
  clock: Clock,
  locale: 'en' | 'es',
): { state: 'normal' | 'limited' | 'closed'; message?: string; from?: string; until?: string } {
  if (!service.status) return { state: 'normal' }
  const notice = scheduleServiceNotice(service.status, clock)
  return {
    state: service.status.state,
    message: notice.message[locale],
    from: notice.since,
    until: notice.until,
  }
}
