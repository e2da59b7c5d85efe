// An event's dates within a window, expanded in wall-clock time before becoming instants so a
// 10:00 market stays at 10:00 across DST.
import { RRule } from './rruleModule'

import {
  compileRecurrence,
  eventTimeZone,
  floatingRuleOptions,
  floatingSpan,
  type CompiledRecurrence,
} from './recurrence'
import type { EventTiming } from './types'
import { floatingDateKey, fromFloating, fromFloatingMs, toFloatingMs } from '@/lib/time/wallClock'

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

/**
 * What an event's dates follow, reduced to plain JSON-safe data: its zone, its first start
 * and length in wall-clock time, and its compiled repeat rule (null when it does not repeat).
 */
export interface OccurrencePlan {
  timeZone: string
  allDay: boolean
  /** The first start, floating epoch ms. */
  start: number
  /** The length of each occurrence in wall-clock ms. */
  duration: number
  recurrence: CompiledRecurrence | null
}

export function occurrencePlan(event: EventTiming, cityTimeZone: string): OccurrencePlan {
  const timeZone = eventTimeZone(event, cityTimeZone)
  const span = floatingSpan(event, timeZone)
  return {
    timeZone,
    allDay: Boolean(event.allDay),
    start: span.start.getTime(),
    duration: span.end.getTime() - span.start.getTime(),
    recurrence: compileRecurrence(event, cityTimeZone),
  }
}

/** The instants an occurrence starting at floating `floatingStart` runs between. */
export function occurrenceInstants(
  plan: OccurrencePlan,
  floatingStart: number,
): { start: number; end: number } {
  return {
    start: fromFloatingMs(floatingStart, plan.timeZone),
    end: fromFloatingMs(floatingStart + plan.duration, plan.timeZone),
  }
}

export function occurrenceAt(plan: OccurrencePlan, floatingStart: number): Occurrence {
  const floatingEnd = floatingStart + plan.duration
  const lastDay = plan.allDay ? floatingEnd - DAY_MS : floatingEnd
  const { start, end } = occurrenceInstants(plan, floatingStart)
  return {
    start: new Date(start),
    end: new Date(end),
    allDay: plan.allDay,
    startDay: floatingDateKey(new Date(floatingStart)),
    endDay: floatingDateKey(new Date(lastDay < floatingStart ? floatingStart : lastDay)),
  }
}

/** An occurrence is shown while it is still going on: it ends after `from`. */
export function overlapsFrom(start: number, end: number, from: number): boolean {
  return end === start ? start >= from : end > from
}

/**
 * The floating starts of the occurrences of `plan` that overlap [from, to) (epoch ms), in
 * order, skipped dates left out.
 */
export function occurrenceStarts(
  plan: OccurrencePlan,
  from: number,
  to: number,
  limit = Infinity,
): number[] {
  const overlaps = (floatingStart: number) => {
    const { start, end } = occurrenceInstants(plan, floatingStart)
    return start < to && overlapsFrom(start, end, from)
  }
  const compiled = plan.recurrence
  if (!compiled) return overlaps(plan.start) && limit > 0 ? [plan.start] : []
  const rule = new RRule(floatingRuleOptions(compiled, new Date(plan.start)))
  // Widen the window by the event's length and a day each side, since floating and real
  // time differ by the zone's offset; exact filtering happens on instants.
  const after = new Date(toFloatingMs(from, plan.timeZone) - plan.duration - DAY_MS)
  const before = new Date(toFloatingMs(to, plan.timeZone) + DAY_MS)
  const skipped = new Set(compiled.exceptionDays)
  const result: number[] = []
  rule.between(after, before, true, (date) => {
    const floatingStart = date.getTime()
    if (!skipped.has(floatingDateKey(date)) && overlaps(floatingStart)) result.push(floatingStart)
    return result.length < limit
  })
  return result
}

/** Every occurrence of `event` that overlaps [from, to), in order. */
export function expandOccurrences(event: EventTiming, options: ExpandOptions): Occurrence[] {
  const plan = occurrencePlan(event, options.cityTimeZone)
  return occurrenceStarts(plan, options.from.getTime(), options.to.getTime(), options.limit).map(
    (floatingStart) => occurrenceAt(plan, floatingStart),
  )
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
