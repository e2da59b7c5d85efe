// The structured recurrence an editor fills in (never raw RRULE text), compiled to an
// RFC 5545 rule with the `rrule` library, and the checks that reject a contradictory one.
import { Frequency, RRule, Weekday, type Options } from './rruleModule'

import type { EventTiming, WeekdayCode } from './types'
import {
  addDaysToKey,
  dayOnlyKey,
  floatingDateKey,
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

export interface FieldProblem {
  /** The field's path in the event, as Payload names it (e.g. `recurrence.until`). */
  path: string
  message: string
}

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

const weekdayOf = (floating: Date): WeekdayCode => WEEKDAY_CODES[(floating.getUTCDay() + 6) % 7]

function weekdayName(code: WeekdayCode): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, 1 + WEEKDAY_CODES.indexOf(code)))
  return new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(day)
}

function longDate(dateKey: string): string {
  return new Intl.DateTimeFormat('en', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${dateKey}T00:00:00Z`))
}

function isRepeating(frequency: unknown): frequency is RepeatingFrequency {
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

type AddProblem = (path: string, message: string) => void
type Repeat = NonNullable<EventTiming['recurrence']>

/** The zone, start and end every event has; false when there is no valid start to go on. */
function checkTiming(event: EventTiming, add: AddProblem): boolean {
  const zone = event.timezone?.trim()
  if (zone && !isTimeZone(zone)) {
    add('timezone', `"${zone}" is not a known time zone. Use an IANA name such as Europe/Madrid.`)
  }
  const startsAt = new Date(event.startsAt)
  if (!event.startsAt || Number.isNaN(startsAt.getTime())) {
    add('startsAt', 'The start date and time are required.')
    return false
  }
  if (event.endsAt) {
    const endsAt = new Date(event.endsAt)
    if (Number.isNaN(endsAt.getTime())) add('endsAt', 'The end is not a valid date.')
    else if (endsAt < startsAt) add('endsAt', 'The end must be after the start.')
  }
  return true
}

/** "Every", the weekdays, and a weekly first date that is one of them. */
function checkRepeat(recurrence: Repeat, start: Date, add: AddProblem) {
  const interval = recurrence.interval ?? 1
  if (!Number.isInteger(interval) || interval < 1 || interval > 99) {
    add('recurrence.interval', '"Every" must be a whole number from 1 to 99.')
  }
  for (const code of recurrence.weekdays ?? []) {
    if (!WEEKDAY_CODES.includes(code)) add('recurrence.weekdays', `"${code}" is not a weekday.`)
  }
  if (recurrence.frequency === 'weekly' && recurrence.weekdays?.length) {
    const first = weekdayOf(start)
    if (!recurrence.weekdays.includes(first)) {
      add(
        'recurrence.weekdays',
        `The first date (${weekdayName(first)} ${longDate(floatingDateKey(start))}) is not one of the chosen days: move the start to one of them or add ${weekdayName(first)}.`,
      )
    }
  }
}

/** How the repeat ends: never, on a last date or after a number of times, consistently. */
function checkEnd(recurrence: Repeat, startDay: string, add: AddProblem) {
  const ends = recurrence.ends ?? 'never'
  const hasUntil = Boolean(recurrence.until)
  const hasCount = recurrence.count !== null && recurrence.count !== undefined
  if (hasUntil && hasCount) {
    add(
      'recurrence.count',
      'Give either the date of the last occurrence or a number of times, not both: clear one of them.',
    )
  } else if (ends === 'never' && (hasUntil || hasCount)) {
    add(
      'recurrence.ends',
      `"Ends" is "Never" but ${hasUntil ? 'a last date' : 'a number of times'} is given: choose how it ends or clear it.`,
    )
  } else if (ends === 'until' && !hasUntil) {
    add('recurrence.until', 'Choose the date of the last occurrence.')
  } else if (ends === 'count' && !hasCount) {
    add('recurrence.count', 'Enter how many times the event takes place.')
  }
  if (hasCount && (!Number.isInteger(recurrence.count) || (recurrence.count ?? 0) < 1)) {
    add('recurrence.count', 'The number of times must be a whole number of at least 1.')
  }
  if (hasUntil) {
    const untilDay = dayOnlyKey(recurrence.until as string)
    if (Number.isNaN(new Date(`${untilDay}T00:00:00Z`).getTime())) {
      add('recurrence.until', 'The last date is not a valid date.')
    } else if (untilDay < startDay) {
      add(
        'recurrence.until',
        `The last date (${longDate(untilDay)}) is before the first (${longDate(startDay)}).`,
      )
    }
  }
}

/** The rule itself (once its fields are right): it must be storable, give dates, and every
 *  skipped date must be one of them. */
function checkRule(
  event: EventTiming,
  recurrence: Repeat,
  timeZone: string,
  start: Date,
  add: AddProblem,
) {
  const compiled = compileRecurrence(event, timeZone)!
  let rule: InstanceType<typeof RRule>
  try {
    // Round trip through the text form: what is stored must parse back.
    RRule.fromString(`RRULE:${toRRuleString(compiled, timeZone)}`)
    rule = new RRule(floatingRuleOptions(compiled, start))
  } catch (error) {
    add('recurrence.frequency', `This recurrence cannot be expressed: ${String(error)}`)
    return
  }
  if (!rule.after(start, true)) {
    add('recurrence.frequency', 'This recurrence produces no dates: check the days and the end.')
  }
  ;(recurrence.exceptions ?? []).forEach((row, index) => {
    if (!row?.date) return
    const day = dayOnlyKey(row.date)
    const match = rule.between(
      new Date(`${day}T00:00:00Z`),
      new Date(new Date(`${addDaysToKey(day, 1)}T00:00:00Z`).getTime() - 1),
      true,
    )
    if (match.length === 0) {
      add(
        `recurrence.exceptions.${index}.date`,
        `${longDate(day)} is not one of this event's dates, so it cannot be skipped.`,
      )
    }
  })
}

/**
 * Everything wrong with an event's dates, recurrence and time zone, each with the field
 * it belongs to and a sentence an editor can act on. Empty when the event can be saved.
 */
export function recurrenceProblems(event: EventTiming, cityTimeZone: string): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add: AddProblem = (path, message) => problems.push({ path, message })
  if (!checkTiming(event, add)) return problems
  const recurrence = event.recurrence
  if (!recurrence?.frequency || recurrence.frequency === 'none') return problems
  if (!isRepeating(recurrence.frequency)) {
    add(
      'recurrence.frequency',
      `"${String(recurrence.frequency)}" is not a repeat option: use daily, weekly, monthly or yearly.`,
    )
    return problems
  }
  const timeZone = eventTimeZone(event, cityTimeZone)
  const start = floatingSpan(event, timeZone).start
  checkRepeat(recurrence, start, add)
  checkEnd(recurrence, floatingDateKey(start), add)
  if (problems.length === 0) checkRule(event, recurrence, timeZone, start, add)
  return problems
}
