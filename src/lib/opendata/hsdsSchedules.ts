// `opening_hours` as HSDS 3.0 schedules: HSDS knows only weekly rules with a fixed offset, so
// the value is evaluated day by day and cut into periods. The original stays in `notes`.
import type OpeningHours from 'opening_hours'

import { readCityAddress, type CityAddress } from '@/lib/hours/holidayRegion'
import { parseOpeningHours } from '@/lib/hours/openingStatus'

export type DayPattern = string // "09:00-14:00,16:00-19:00"; "" when closed all day

export interface PlannedSchedule {
  /** Stable within the value and window: part of the schedule's id. */
  key: string
  kind: 'weekly' | 'exception'
  valid_from?: string
  valid_to?: string
  timezone: number
  byday?: string
  opens_at?: string
  closes_at?: string
  closed?: boolean
  /** The public holiday's name, for exceptions on one. */
  holiday?: string
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] // index = Date#getDay
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0]

const pad = (n: number) => String(n).padStart(2, '0')
const dateKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`
const addDays = (d: Date, days: number) =>
  new Date(d.getFullYear(), d.getMonth(), d.getDate() + days)

const offsetFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's UTC offset in hours at noon of a calendar day (DST changes happen at night). */
export function utcOffsetHours(timeZone: string, year: number, month: number, day: number) {
  let format = offsetFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormats.set(timeZone, format)
  }
  const name =
    format
      .formatToParts(new Date(Date.UTC(year, month, day, 12)))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const hours = Number(match[2]) + Number(match[3]) / 60
  return match[1] === '-' ? -hours : hours
}

/** "+01:00", "-05:30" or "Z": the suffix HSDS asks for on opens_at/closes_at. */
export function offsetSuffix(hours: number): string {
  if (hours === 0) return 'Z'
  const minutes = Math.round(Math.abs(hours) * 60)
  return `${hours < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** Each day's open ranges as "HH:MM-HH:MM" in wall-clock time; unknown ranges are left out. */
function dailyPatterns(hours: OpeningHours, from: Date, to: Date): Map<string, string[]> {
  const days = new Map<string, string[]>()
  for (const [start, end, unknown] of hours.getOpenIntervals(from, to)) {
    if (unknown) continue
    for (let day = addDays(start, 0); day < end; day = addDays(day, 1)) {
      const next = addDays(day, 1)
      const a = start > day ? start : day
      const b = end < next ? end : next
      if (a >= b) continue
      // A range running to midnight ends at 23:59: HSDS times are times of day.
      const range = `${clock(a)}-${b.getTime() === next.getTime() ? '23:59' : clock(b)}`
      const key = dateKey(day)
      days.set(key, [...(days.get(key) ?? []), range])
    }
  }
  return days
}

interface Day {
  date: string
  weekday: number
  pattern: DayPattern
  offset: number
  holiday?: string
}

interface Period {
  from: string
  to: string
  offset: number
  week: Map<number, DayPattern>
}

/** Cuts the days into periods of one weekly pattern and offset, and the odd days out. */
export function splitPeriods(days: Day[]): { periods: Period[]; exceptions: Day[] } {
  const periods: Period[] = []
  const odd: Day[] = []
  let current: Period | null = null
  days.forEach((day, index) => {
    // Public holidays never shape a period: they are compared with it afterwards.
    if (day.holiday !== undefined) {
      odd.push(day)
      if (current) current.to = day.date
      return
    }
    const known = current?.week.get(day.weekday)
    if (
      current &&
      current.offset === day.offset &&
      (known === undefined || known === day.pattern)
    ) {
      current.week.set(day.weekday, day.pattern)
      current.to = day.date
      return
    }
    // A day unlike the same weekday before it: one odd day when a week later things are as
    // before, otherwise the start of a new period.
    const weekLater = days[index + 7]
    if (
      current &&
      current.offset === day.offset &&
      weekLater?.offset === day.offset &&
      weekLater.pattern === known
    ) {
      odd.push(day)
      current.to = day.date
      return
    }
    // The first period also covers the holidays that came before it.
    const from = periods.length === 0 ? days[0].date : day.date
    current = {
      from,
      to: day.date,
      offset: day.offset,
      week: new Map([[day.weekday, day.pattern]]),
    }
    periods.push(current)
  })
  const exceptions = odd.filter((day) => {
    const period = periods.find((p) => p.from <= day.date && day.date <= p.to)
    return (period?.week.get(day.weekday) ?? '') !== day.pattern
  })
  return { periods, exceptions }
}

function weeklyRows(period: Period, whole: boolean): PlannedSchedule[] {
  // One schedule per time range, on every weekday that has it ("Mo-Fr 09:00-14:00" plus
  // "We 16:00-18:00", not two Wednesday copies of the morning).
  const byRange = new Map<string, number[]>()
  for (const weekday of WEEK_ORDER) {
    for (const range of period.week.get(weekday)?.split(',').filter(Boolean) ?? [])
      byRange.set(range, [...(byRange.get(range) ?? []), weekday])
  }
  const suffix = offsetSuffix(period.offset)
  return [...byRange].map(([range, weekdays]): PlannedSchedule => {
    const byday = weekdays.map((weekday) => BYDAY[weekday]).join(',')
    const [opens, closes] = range.split('-')
    return {
      key: `${whole ? 'always' : period.from}:${byday}:${range}`,
      kind: 'weekly',
      ...(whole ? {} : { valid_from: period.from, valid_to: period.to }),
      timezone: period.offset,
      byday,
      opens_at: `${opens}${suffix}`,
      closes_at: `${closes}${suffix}`,
    }
  })
}

function exceptionRows(day: Day): PlannedSchedule[] {
  const common = {
    kind: 'exception' as const,
    valid_from: day.date,
    valid_to: day.date,
    timezone: day.offset,
    ...(day.holiday ? { holiday: day.holiday } : {}),
  }
  if (!day.pattern) return [{ key: `${day.date}:closed`, closed: true, ...common }]
  const suffix = offsetSuffix(day.offset)
  return day.pattern.split(',').map((range) => {
    const [opens, closes] = range.split('-')
    return {
      key: `${day.date}:${range}`,
      ...common,
      byday: BYDAY[day.weekday],
      opens_at: `${opens}${suffix}`,
      closes_at: `${closes}${suffix}`,
    }
  })
}

const PLAN_MAX = 2_000
const plans = new Map<string, PlannedSchedule[] | null>()

/**
 * The schedules of `openingHours` over years `year` and `year + 1`; null when unreadable.
 * Cached per value: a city has few distinct ones.
 */
export function planSchedules(
  openingHours: string,
  timeZone: string,
  year: number,
  address: CityAddress = readCityAddress(),
): PlannedSchedule[] | null {
  const cacheKey = `${timeZone}|${year}|${JSON.stringify(address)}|${openingHours}`
  if (plans.has(cacheKey)) return plans.get(cacheKey)!
  const hours = parseOpeningHours(openingHours, address)
  let plan: PlannedSchedule[] | null = null
  if (hours) {
    const from = new Date(year, 0, 1)
    const to = new Date(year + 2, 0, 1)
    const open = dailyPatterns(hours, from, to)
    const holidays = new Map<string, string>()
    const publicHolidays = parseOpeningHours('PH', address)
    for (const [start, , , comment] of publicHolidays?.getOpenIntervals(from, to) ?? [])
      holidays.set(dateKey(start), comment ?? '')
    const days: Day[] = []
    for (let d = from; d < to; d = addDays(d, 1)) {
      const date = dateKey(d)
      days.push({
        date,
        weekday: d.getDay(),
        pattern: (open.get(date) ?? []).join(','),
        offset: utcOffsetHours(timeZone, d.getFullYear(), d.getMonth(), d.getDate()),
        ...(holidays.has(date) ? { holiday: holidays.get(date) } : {}),
      })
    }
    const { periods, exceptions } = splitPeriods(days)
    const whole = periods.length === 1
    plan = [...periods.flatMap((p) => weeklyRows(p, whole)), ...exceptions.flatMap(exceptionRows)]
  }
  if (plans.size >= PLAN_MAX) plans.clear()
  plans.set(cacheKey, plan)
  return plan
}
