/** GTFS times ("H:MM:SS", hours may pass 24) and service dates ("YYYYMMDD"). */
import { TZDate } from '@date-fns/tz'

import { wallClockParts } from '@/lib/time/zone'

const TIME = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/

/** Seconds since the start of the service day, or null when the text is not a GTFS time. */
export function parseGtfsTime(text: string): number | null {
  const m = TIME.exec(text)
  if (!m) return null
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])
}

export function formatGtfsTime(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}

/** "25:10:00" → "01:10": the clock time a rider reads, for display. */
export function formatClock(seconds: number): string {
  return formatGtfsTime(seconds % 86_400).slice(0, 5)
}

const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function validParts(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** "20160530" → true when it is a real calendar date. */
export function isGtfsDate(text: string): boolean {
  const m = COMPACT_DATE.exec(text)
  return !!m && validParts(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** "2016-05-30" → "20160530", or null when invalid. */
export function isoToGtfsDate(text: string): string | null {
  const m = ISO_DATE.exec(text)
  if (!m || !validParts(Number(m[1]), Number(m[2]), Number(m[3]))) return null
  return `${m[1]}${m[2]}${m[3]}`
}

export function gtfsToIsoDate(date: string): string {
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`
}

export function addDays(date: string, days: number): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))),
  )
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10).replaceAll('-', '')
}

/** 0 = Monday … 6 = Sunday, matching calendar.txt's column order. */
export function weekdayIndex(date: string): number {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))),
  )
  return (d.getUTCDay() + 6) % 7
}

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const pad = (n: number) => String(n).padStart(2, '0')

/** The zone's offset from UTC (ms) at an instant, read from what Intl's clock shows. */
function offsetAt(at: number, timeZone: string): number {
  const p = wallClockParts(at, timeZone)
  const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return shown - (at - (((at % 1000) + 1000) % 1000))
}

const hourOffsets = new Map<string, number | null>()

/**
 * The zone's offset throughout the UTC hour holding `at`, or null when it changes within it.
 * Cached per hour because Intl is slow and a zone changes offset at most once an hour.
 */
function steadyOffset(at: number, timeZone: string): number | null {
  const hour = Math.floor(at / HOUR_MS)
  const key = `${timeZone}|${hour}`
  let offset = hourOffsets.get(key)
  if (offset === undefined) {
    const start = offsetAt(hour * HOUR_MS, timeZone)
    offset = start === offsetAt((hour + 1) * HOUR_MS - 1, timeZone) ? start : null
    if (hourOffsets.size > 20_000) hourOffsets.clear()
    hourOffsets.set(key, offset)
  }
  return offset
}

/** The wall-clock date ("YYYYMMDD") and seconds since midnight of an instant in a timezone. */
export function wallClock(at: Date | number, timeZone: string): { date: string; seconds: number } {
  const ms = typeof at === 'number' ? at : at.getTime()
  const offset = Number.isFinite(ms) ? steadyOffset(ms, timeZone) : null
  if (offset === null) {
    const { year, month, day, hour, minute, second } = wallClockParts(at, timeZone)
    return { date: `${year}${pad(month)}${pad(day)}`, seconds: hour * 3600 + minute * 60 + second }
  }
  const local = ms + offset
  const shown = new Date(local)
  const date = `${shown.getUTCFullYear()}${pad(shown.getUTCMonth() + 1)}${pad(shown.getUTCDate())}`
  return { date, seconds: Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 1000) }
}

const dayStarts = new Map<string, number>()

/**
 * The instant GTFS times of a service date count from: "noon minus 12 h" in the agency's zone,
 * so "08:00:00" reads as the clock shows it on daylight-saving days too.
 */
export function serviceDayStart(date: string, timeZone: string): number {
  const key = `${timeZone}|${date}`
  let start = dayStarts.get(key)
  if (start === undefined) {
    const [y, m, d] = [date.slice(0, 4), date.slice(4, 6), date.slice(6, 8)].map(Number)
    start = new TZDate(y, m - 1, d, 12, 0, 0, timeZone).getTime() - 12 * 3_600_000
    // Dates looked up are a few per day in service: a crude bound keeps this small.
    if (dayStarts.size > 5000) dayStarts.clear()
    dayStarts.set(key, start)
  }
  return start
}

/** The instant (epoch ms) of a GTFS time on a service date. */
export function gtfsInstant(date: string, seconds: number, timeZone: string): number {
  return serviceDayStart(date, timeZone) + seconds * 1000
}

/**
 * The instant a wall clock shows `seconds` after midnight on a date. A skipped time reads as the
 * hour after, a time shown twice as its first occurrence.
 */
export function wallTimeToInstant(date: string, seconds: number, timeZone: string): number {
  const [y, m, d] = [date.slice(0, 4), date.slice(4, 6), date.slice(6, 8)].map(Number)
  const asUtc = Date.UTC(y, m - 1, d) + seconds * 1000
  const offsetAt = (at: number) => -new TZDate(at, timeZone).getTimezoneOffset() * 60_000
  // The offsets in force a day before and a day after: a wall time maps to one of them.
  const before = asUtc - offsetAt(asUtc - 86_400_000)
  const after = asUtc - offsetAt(asUtc + 86_400_000)
  const shows = (at: number) => {
    const clock = wallClock(at, timeZone)
    return clock.date === date && clock.seconds === seconds
  }
  const candidates = [before, after].filter(shows).sort((a, b) => a - b)
  // None when the clock skips this time: read with the earlier offset, it lands after the gap.
  return candidates[0] ?? before
}
