// Demo times are relative to seeding, so a fresh demo always has upcoming events and a current
// alert; wall-clock times in the city's zone.
import { fromFloating } from '@/lib/time/wallClock'
import { wallClockParts, type WallClockParts } from '@/lib/time/zone'

/** A moment relative to now: a number of hours, or a calendar day at a wall-clock time. */
export type RelativeInstant = { hours: number } | { days: number; at: string }

/**
 * A day counted from the day of seeding, in days, weekdays or a month's nth weekday, so a
 * "Saturday market" starts on a Saturday whatever day the seed runs.
 */
export type SeedDay =
  | { days: number }
  | { weekday: WeekdayCode; weeks?: number }
  | { weekday: WeekdayCode; nthOfMonth: 1 | 2 | 3 | 4 }

export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'

const WEEKDAYS: readonly WeekdayCode[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] // getUTCDay order

export interface Clock {
  now: Date
  timeZone: string
}

interface CalendarDate {
  year: number
  month: number
  day: number
}

const HOUR_MS = 60 * 60 * 1000

function zonedParts(instant: Date, timeZone: string): CalendarDate & WallClockParts {
  return wallClockParts(instant, timeZone)
}

/** The instant at which clocks in `timeZone` show `time` ("18:00") on `date`. */
function wallClockToUtc(date: CalendarDate, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number)
  return fromFloating(
    new Date(Date.UTC(date.year, date.month - 1, date.day, hour, minute)),
    timeZone,
  )
}

/** The calendar date `days` after today, as seen in `timeZone`. */
function calendarDateFromNow(days: number, { now, timeZone }: Clock): CalendarDate {
  const today = zonedParts(now, timeZone)
  const shifted = new Date(Date.UTC(today.year, today.month - 1, today.day + days))
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  }
}

/** `daysFromNow(3, '18:00', clock)`: 18:00 city time, three days from today, as an ISO instant. */
export function daysFromNow(days: number, at: string, clock: Clock): string {
  return wallClockToUtc(calendarDateFromNow(days, clock), at, clock.timeZone).toISOString()
}

export function resolveInstant(instant: RelativeInstant, clock: Clock): string {
  if (!('hours' in instant)) return daysFromNow(instant.days, instant.at, clock)
  // On the hour, as a warning service issues them ("from 14:00"), not at the seed's minute.
  const onTheHour = Math.floor(clock.now.getTime() / HOUR_MS) * HOUR_MS
  return new Date(onTheHour + instant.hours * HOUR_MS).toISOString()
}

/**
 * A day-only date, stored at 12:00 UTC as Payload's admin date picker does, so that it
 * shows as the same day in every time zone.
 */
export function dayFromNow(days: number, clock: Clock): string {
  const { year, month, day } = calendarDateFromNow(days, clock)
  return new Date(Date.UTC(year, month - 1, day, 12)).toISOString()
}

/** How many days from the day of seeding (in the city) to `day`. */
export function daysToSeedDay(day: SeedDay, clock: Clock): number {
  if ('days' in day) return day.days
  const today = calendarDateFromNow(0, clock)
  const target = WEEKDAYS.indexOf(day.weekday)
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day)
  if (!('nthOfMonth' in day)) {
    const ahead = ((target - new Date(todayUtc).getUTCDay() + 6) % 7) + 1 // 1 to 7
    return ahead + 7 * (day.weeks ?? 0)
  }
  const nthInMonth = (year: number, monthIndex: number) => {
    const first = new Date(Date.UTC(year, monthIndex, 1))
    const date = 1 + ((target - first.getUTCDay() + 7) % 7) + 7 * (day.nthOfMonth - 1)
    return Date.UTC(year, monthIndex, date)
  }
  let found = nthInMonth(today.year, today.month - 1)
  if (found <= todayUtc) found = nthInMonth(today.year, today.month)
  return Math.round((found - todayUtc) / (24 * HOUR_MS))
}
