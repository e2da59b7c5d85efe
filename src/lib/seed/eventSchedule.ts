// The demo's dates as functions of the seeding clock: what an event's or alert's date
// fields are when the seed runs at `clock.now`. Plain data in, plain data out, so that
// tests can seed on any day (tests/unit/seedSchedule.spec.ts) without a database.
import type { Event } from '@/payload-types'

import type { AlertSeed } from './data/alerts'
import type { EventSeed } from './data/events'
import { dayFromNow, daysFromNow, daysToSeedDay, resolveInstant, type Clock } from './relativeTime'

/** The event's dates, recurrence and status, resolved against the seeding clock. */
export function scheduleEvent(event: EventSeed, clock: Clock) {
  const startDay = daysToSeedDay(event.starts, clock)
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

/** When an alert is in force, resolved against the seeding clock. */
export function scheduleAlert(alert: Pick<AlertSeed, 'onset' | 'expires'>, clock: Clock) {
  return {
    onset: resolveInstant(alert.onset, clock),
    expires: resolveInstant(alert.expires, clock),
  }
}
