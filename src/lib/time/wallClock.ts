// Wall-clock arithmetic in a named zone: recurrences expand in "floating" time so 10:00 stays
// 10:00 across DST. Memoised per steady UTC day: the agenda converts thousands of times a request.
import { TZDate, tzOffset } from '@date-fns/tz'

const DAY_MS = 24 * 60 * 60 * 1000
const MINUTE_MS = 60 * 1000
/** Wider than any daylight-saving shift (two hours at most), so a steady day has one answer. */
const MARGIN_MS = 3 * 60 * 60 * 1000
const MEMO_LIMIT = 50_000

const steadyDays = new Map<string, Map<number, number | null>>()

/** The zone's offset in ms over the whole UTC day `day` (± the margin), or null if it changes. */
function steadyOffset(timeZone: string, day: number): number | null {
  let days = steadyDays.get(timeZone)
  if (!days) steadyDays.set(timeZone, (days = new Map()))
  let offset = days.get(day)
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(day * DAY_MS - MARGIN_MS))
    const last = tzOffset(timeZone, new Date((day + 1) * DAY_MS + MARGIN_MS))
    offset = first === last && Number.isInteger(first) ? first * MINUTE_MS : null
    // Far-future ranges could grow it without end: a fresh memo is cheap to refill.
    if (days.size >= MEMO_LIMIT) days.clear()
    days.set(day, offset)
  }
  return offset
}

/** Whole seconds, as the TZDate path keeps them. */
const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000

/** The wall-clock time at epoch `instantMs` in `timeZone`, as floating epoch ms. */
export function toFloatingMs(instantMs: number, timeZone: string): number {
  const offset = steadyOffset(timeZone, Math.floor(instantMs / DAY_MS))
  if (offset !== null) return toSecond(instantMs + offset)
  return toFloatingSlow(new Date(instantMs), timeZone).getTime()
}

/** The instant (epoch ms) at which clocks in `timeZone` show floating epoch `floatingMs`. */
export function fromFloatingMs(floatingMs: number, timeZone: string): number {
  const floating = toSecond(floatingMs)
  const guess = steadyOffset(timeZone, Math.floor(floating / DAY_MS))
  if (guess !== null) {
    const instant = floating - guess
    // Right only if the instant's own day has the same steady offset (no gap or overlap).
    if (steadyOffset(timeZone, Math.floor(instant / DAY_MS)) === guess) return instant
  }
  return fromFloatingSlow(new Date(floating), timeZone).getTime()
}

/** The wall-clock time `instant` shows in `timeZone`, as a floating Date. */
export function toFloating(instant: Date, timeZone: string): Date {
  return new Date(toFloatingMs(instant.getTime(), timeZone))
}

/**
 * The instant at which clocks in `timeZone` show the floating time. A wall-clock time
 * skipped by a spring-forward change resolves to the instant an hour later, as calendars do.
 */
export function fromFloating(floating: Date, timeZone: string): Date {
  return new Date(fromFloatingMs(floating.getTime(), timeZone))
}

function toFloatingSlow(instant: Date, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone)
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  )
}

function fromFloatingSlow(floating: Date, timeZone: string): Date {
  return new Date(
    new TZDate(
      floating.getUTCFullYear(),
      floating.getUTCMonth(),
      floating.getUTCDate(),
      floating.getUTCHours(),
      floating.getUTCMinutes(),
      floating.getUTCSeconds(),
      timeZone,
    ).getTime(),
  )
}

/** `2026-03-29`: the calendar day of `instant` in `timeZone`. */
export function localDateKey(instant: Date, timeZone: string): string {
  return floatingDateKey(toFloating(instant, timeZone))
}

export function floatingDateKey(floating: Date): string {
  return floating.toISOString().slice(0, 10)
}

/** Midnight at the start of a `YYYY-MM-DD` day in `timeZone`, as an instant. */
export function startOfLocalDay(dateKey: string, timeZone: string): Date {
  return fromFloating(new Date(`${dateKey}T00:00:00Z`), timeZone)
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDaysToKey(dateKey: string, days: number): string {
  const date = new Date(`${dateKey}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return floatingDateKey(date)
}

/**
 * A day-only date as Payload stores it (noon UTC, so that it reads as the same day in
 * every zone) or a plain `YYYY-MM-DD`, as a `YYYY-MM-DD` key.
 */
export function dayOnlyKey(value: string | Date): string {
  const text = typeof value === 'string' ? value : value.toISOString()
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text
  return new Date(text).toISOString().slice(0, 10)
}
