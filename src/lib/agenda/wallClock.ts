// Wall-clock arithmetic in a named time zone. Recurrences are expanded in "floating" time
// (a local wall-clock time held in a Date's UTC fields) so that a weekly 10:00 event stays
// at 10:00 across a daylight-saving change; @date-fns/tz turns wall-clock times into instants.
import { TZDate } from '@date-fns/tz'

/** True for an IANA zone name this runtime knows, e.g. Europe/Madrid. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** The wall-clock time `instant` shows in `timeZone`, as a floating Date. */
export function toFloating(instant: Date, timeZone: string): Date {
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

/**
 * The instant at which clocks in `timeZone` show the floating time. A wall-clock time
 * skipped by a spring-forward change resolves to the instant an hour later, as calendars do.
 */
export function fromFloating(floating: Date, timeZone: string): Date {
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
