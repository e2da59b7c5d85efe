// Everything an editor can get wrong in an event's dates, recurrence and time zone, each
// with the field it belongs to and a sentence they can act on.
import { RRule } from './rruleModule'

import {
  compileRecurrence,
  eventTimeZone,
  floatingRuleOptions,
  floatingSpan,
  isRepeating,
  toRRuleString,
  WEEKDAY_CODES,
  weekdayOf,
} from './recurrence'
import type { EventTiming, WeekdayCode } from './types'
import { addDaysToKey, dayOnlyKey, floatingDateKey } from '@/lib/time/wallClock'
import { isTimeZone } from '@/lib/time/zone'

export interface FieldProblem {
  /** The field's path in the event, as Payload names it (e.g. `recurrence.until`). */
  path: string
  message: string
}

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
