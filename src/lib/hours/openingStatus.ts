// "Open now" in the city's zone. The library reads the machine's local clock (servers run in
// UTC), so it gets a Date whose local fields are the city's wall-clock time.
import OpeningHours from 'opening_hours'

import { wallClockParts } from '@/lib/time/zone'

import { readCityAddress, type CityAddress } from './holidayRegion'

export interface WallClockTime {
  /** 0 = Sunday … 6 = Saturday, as Date#getDay. */
  weekday: number
  /** "09:00" */
  time: string
  /** Days from today in the city (0 = today, 1 = tomorrow…). */
  daysAhead: number
}

export type OpeningStatus =
  | { state: 'open'; until: WallClockTime | null }
  | { state: 'closed'; opens: WallClockTime | null }
  | { state: 'unknown'; comment: string | null }

/** How far ahead the next change is looked for: past that, "closed" with no reopening. */
const LOOKAHEAD_DAYS = 14

/** The city's current date and time as a Date whose local fields show them. */
export function toWallClock(instant: Date, timeZone: string): Date {
  const { year, month, day, hour, minute, second } = wallClockParts(instant, timeZone)
  return new Date(year, month - 1, day, hour, minute, second)
}

// Parsing (~2 ms) and "PH" (~0.5 ms) are slow and a city has few distinct values: cached per
// process, dropped when too large.
const PARSED_MAX = 5_000
const parsed = new Map<string, OpeningHours | null>()

/** Parses once per distinct value; a value the library refuses gives null. */
export function parseOpeningHours(
  value: string | null | undefined,
  address: CityAddress = readCityAddress(),
): OpeningHours | null {
  const text = value?.trim()
  if (!text) return null
  const key = `${address.address.country_code}|${address.address.state}|${address.lat}|${address.lon}|${text}`
  if (parsed.has(key)) return parsed.get(key)!
  let hours: OpeningHours | null
  try {
    hours = new OpeningHours(text, address)
  } catch {
    hours = null
  }
  if (parsed.size >= PARSED_MAX) parsed.clear()
  parsed.set(key, hours)
  return hours
}

function dayNumber(date: Date): number {
  return Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000)
}

function wallClockTime(change: Date, today: Date): WallClockTime {
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    weekday: change.getDay(),
    time: `${pad(change.getHours())}:${pad(change.getMinutes())}`,
    daysAhead: dayNumber(change) - dayNumber(today),
  }
}

function computeStatus(hours: OpeningHours, instant: Date, timeZone: string): OpeningStatus {
  const now = toWallClock(instant, timeZone)
  const limit = new Date(now.getTime() + LOOKAHEAD_DAYS * 86_400_000)
  if (hours.getUnknown(now)) return { state: 'unknown', comment: hours.getComment(now) ?? null }
  const next = hours.getNextChange(now, limit)
  const at = next ? wallClockTime(next, now) : null
  return hours.getState(now) ? { state: 'open', until: at } : { state: 'closed', opens: at }
}

// opening_hours rules change state on whole minutes, so a status holds for its minute:
// the last one computed per parsed value is kept and reused within the same minute.
const lastStatus = new WeakMap<OpeningHours, { key: string; status: OpeningStatus }>()

/** Open, closed or unknown at `instant` in `timeZone`, with the next change. */
export function openingStatus(
  hours: OpeningHours | null,
  instant: Date,
  timeZone: string,
): OpeningStatus {
  if (!hours) return { state: 'unknown', comment: null }
  const key = `${timeZone}|${Math.floor(instant.getTime() / 60_000)}`
  const cached = lastStatus.get(hours)
  if (cached?.key === key) return cached.status
  const status = computeStatus(hours, instant, timeZone)
  lastStatus.set(hours, { key, status })
  return status
}

/** True when open at `instant`; unknown and missing hours count as not open. */
export function isOpenAt(hours: OpeningHours | null, instant: Date, timeZone: string): boolean {
  return openingStatus(hours, instant, timeZone).state === 'open'
}
