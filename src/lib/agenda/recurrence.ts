// The structured recurrence an editor fills in, compiled to an RFC 5545 rule (checks:
// recurrenceProblems.ts).
import { Frequency, RRule, Weekday, type Options } from './rruleModule'

import type { EventTiming, WeekdayCode } from './types'
import {
  addDaysToKey,
  dayOnlyKey,
  fromFloating,
  localDateKey,
  toFloating,
} from '@/lib/time/wallClock'
import { isTimeZone } from '@/lib/time/zone'

export const WEEKDAY_CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

const FREQUENCIES = {
  daily: Frequency.DAILY,
  weekly: Frequency.WEEKLY,
  monthly: Frequency.MONTHLY,
  yearly: Frequency.YEARLY,
} as const

type RepeatingFrequency = keyof typeof FREQUENCIES

/** A recurrence reduced to what RFC 5545 needs; dates are wall-clock days of the event. */
export interface CompiledRecurrence {
  freq: RepeatingFrequency
  interval: number
  byDay: WeekdayCode[]
  /** With `byDay`: the nth weekday of the month (1 = first, -1 = last). */
  bySetPos?: number
  byMonthDay?: number
  count?: number
  /** The last day an occurrence may start on (inclusive), `YYYY-MM-DD`. */
  untilDay?: string
  /** Skipped days, `YYYY-MM-DD`. */
  exceptionDays: string[]
}

export const weekdayOf = (floating: Date): WeekdayCode =>
  WEEKDAY_CODES[(floating.getUTCDay() + 6) % 7]

/** The event's own time zone, else the city's. */
export function eventTimeZone(event: Pick<EventTiming, 'timezone'>, cityTimeZone: string): string {
  const own = event.timezone?.trim()
  return own && isTimeZone(own) ? own : cityTimeZone
}

/** Where an event's first occurrence starts and ends, in floating wall-clock time. */
export function floatingSpan(event: EventTiming, timeZone: string): { start: Date; end: Date } {
  const startsAt = new Date(event.startsAt)
  const endsAt = event.endsAt ? new Date(event.endsAt) : null
  if (event.allDay) {
    // All-day events cover whole local days: the end day is inclusive.
    const first = localDateKey(startsAt, timeZone)
    const last = endsAt ? localDateKey(endsAt, timeZone) : first
    return {
      start: new Date(`${first}T00:00:00Z`),
      end: new Date(`${addDaysToKey(last < first ? first : last, 1)}T00:00:00Z`),
    }
  }
  const start = toFloating(startsAt, timeZone)
  const end = endsAt ? toFloating(endsAt, timeZone) : start
  return { start, end: end < start ? start : end }
}

export function isRepeating(frequency: unknown): frequency is RepeatingFrequency {
  return typeof frequency === 'string' && frequency in FREQUENCIES
}

/**
 * Compiles the event's recurrence fields; null when it does not repeat. Assumes
 * `recurrenceProblems` found nothing (the collection hook checks first).
 */
export function compileRecurrence(
  event: EventTiming,
  cityTimeZone: string,
): CompiledRecurrence | null {
  const recurrence = event.recurrence
  if (!recurrence || !isRepeating(recurrence.frequency)) return null
  const timeZone = eventTimeZone(event, cityTimeZone)
  const start = floatingSpan(event, timeZone).start
  const compiled: CompiledRecurrence = {
    freq: recurrence.frequency,
    interval: recurrence.interval && recurrence.interval > 1 ? recurrence.interval : 1,
    byDay: [],
    exceptionDays: (recurrence.exceptions ?? []).map((row) => dayOnlyKey(row.date)).sort(),
  }
  if (recurrence.frequency === 'weekly') {
    // No weekday chosen means "on the start's weekday", as RFC 5545 reads a bare WEEKLY.
    const chosen = recurrence.weekdays?.length ? recurrence.weekdays : [weekdayOf(start)]
    compiled.byDay = WEEKDAY_CODES.filter((code) => chosen.includes(code))
  } else if (recurrence.frequency === 'monthly') {
    if (recurrence.monthlyBy === 'weekdayOfMonth') {
      const nth = Math.ceil(start.getUTCDate() / 7)
      compiled.byDay = [weekdayOf(start)]
      // A fifth weekday exists only in some months: "the last" is what people mean.
      compiled.bySetPos = nth === 5 ? -1 : nth
    } else {
      compiled.byMonthDay = start.getUTCDate()
    }
  }
  if (recurrence.ends === 'count' && recurrence.count) compiled.count = recurrence.count
  if (recurrence.ends === 'until' && recurrence.until) {
    compiled.untilDay = dayOnlyKey(recurrence.until)
  }
  return compiled
}

/** rrule options for expansion in floating time from `floatingStart`. */
export function floatingRuleOptions(
  compiled: CompiledRecurrence,
  floatingStart: Date,
): Partial<Options> {
  return {
    freq: FREQUENCIES[compiled.freq],
    interval: compiled.interval,
    dtstart: floatingStart,
    byweekday: compiled.byDay.length ? compiled.byDay.map((code) => Weekday.fromStr(code)) : null,
    bysetpos: compiled.bySetPos ?? null,
    bymonthday: compiled.byMonthDay ?? null,
    count: compiled.count ?? null,
    until: compiled.untilDay ? new Date(`${compiled.untilDay}T23:59:59Z`) : null,
    wkst: RRule.MO,
  }
}

/**
 * The last instant an occurrence may start, in UTC: RFC 5545 wants UNTIL in UTC when
 * DTSTART carries a time zone.
 */
export function untilInstant(compiled: CompiledRecurrence, timeZone: string): Date | undefined {
  return compiled.untilDay
    ? fromFloating(new Date(`${compiled.untilDay}T23:59:59Z`), timeZone)
    : undefined
}

/** The RFC 5545 RRULE value (`FREQ=WEEKLY;BYDAY=SA`) stored in `recurrence.rrule`. */
export function toRRuleString(compiled: CompiledRecurrence, timeZone: string): string {
  const options = floatingRuleOptions(compiled, new Date(0))
  const text = RRule.optionsToString({
    ...options,
    dtstart: null,
    wkst: null,
    interval: compiled.interval > 1 ? compiled.interval : undefined,
    until: untilInstant(compiled, timeZone) ?? null,
  })
  return text.replace(/^RRULE:/, '')
}
