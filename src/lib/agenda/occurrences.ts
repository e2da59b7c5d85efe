// The dates an event takes place on within a window. Recurring events are expanded in the
// event's wall-clock time and only then turned into instants, so a 10:00 market stays at
// 10:00 on both sides of a daylight-saving change.
import { RRule } from './rruleModule'

import { compileRecurrence, eventTimeZone, floatingRuleOptions, floatingSpan } from './recurrence'
import type { EventTiming } from './types'
import { floatingDateKey, fromFloating, toFloating } from './wallClock'

export interface Occurrence {
  start: Date
  /** Exclusive; equal to `start` for an event with no end time. */
  end: Date
  allDay: boolean
  /** The first and last local days (inclusive) in the event's time zone, `YYYY-MM-DD`. */
  startDay: string
  endDay: string
}

export interface ExpandOptions {
  from: Date
  to: Date
  cityTimeZone: string
  /** Stop after this many occurrences (default: no limit). */
  limit?: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/** An occurrence is shown while it is still going on: it ends after `from`. */
function overlaps(occurrence: Occurrence, from: Date, to: Date): boolean {
  if (occurrence.start >= to) return false
  if (occurrence.end.getTime() === occurrence.start.getTime()) return occurrence.start >= from
  return occurrence.end > from
}

/** Every occurrence of `event` that overlaps [from, to), in order. */
export function expandOccurrences(event: EventTiming, options: ExpandOptions): Occurrence[] {
  const { from, to, cityTimeZone, limit = Infinity } = options
  const timeZone = eventTimeZone(event, cityTimeZone)
  const span = floatingSpan(event, timeZone)
  const duration = span.end.getTime() - span.start.getTime()
  const allDay = Boolean(event.allDay)
  const occurrenceAt = (floatingStart: Date): Occurrence => {
    const floatingEnd = new Date(floatingStart.getTime() + duration)
    const lastDay = allDay ? new Date(floatingEnd.getTime() - DAY_MS) : floatingEnd
    return {
      start: fromFloating(floatingStart, timeZone),
      end: fromFloating(floatingEnd, timeZone),
      allDay,
      startDay: floatingDateKey(floatingStart),
      endDay: floatingDateKey(lastDay < floatingStart ? floatingStart : lastDay),
    }
  }

  const compiled = compileRecurrence(event, cityTimeZone)
  if (!compiled) {
    const only = occurrenceAt(span.start)
    return overlaps(only, from, to) && limit > 0 ? [only] : []
  }
  const rule = new RRule(floatingRuleOptions(compiled, span.start))
  // Widen the window by the event's length and a day each side, since floating and real
  // time differ by the zone's offset; exact filtering happens on instants below.
  const after = new Date(toFloating(from, timeZone).getTime() - duration - DAY_MS)
  const before = new Date(toFloating(to, timeZone).getTime() + DAY_MS)
  const skipped = new Set(compiled.exceptionDays)
  const result: Occurrence[] = []
  rule.between(after, before, true, (date) => {
    if (!skipped.has(floatingDateKey(date))) {
      const occurrence = occurrenceAt(date)
      if (overlaps(occurrence, from, to)) result.push(occurrence)
    }
    return result.length < limit
  })
  return result
}

/**
 * The instants at which skipped occurrences would have started: the EXDATE values of the
 * event's iCalendar rule.
 */
export function exceptionStarts(event: EventTiming, cityTimeZone: string): Date[] {
  const compiled = compileRecurrence(event, cityTimeZone)
  if (!compiled || compiled.exceptionDays.length === 0) return []
  const timeZone = eventTimeZone(event, cityTimeZone)
  const start = floatingSpan(event, timeZone).start
  const time = start.toISOString().slice(10)
  return compiled.exceptionDays.map((day) => fromFloating(new Date(`${day}${time}`), timeZone))
}
