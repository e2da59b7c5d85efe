/** GTFS times ("H:MM:SS", hours may pass 24) and service dates ("YYYYMMDD"). */

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

export function isTimeZone(value: string): boolean {
  if (!value) return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** The wall-clock date ("YYYYMMDD") and seconds since midnight of an instant in a timezone. */
export function wallClock(at: Date, timeZone: string): { date: string; seconds: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return {
    date: `${get('year')}${get('month')}${get('day')}`,
    seconds: Number(get('hour')) * 3600 + Number(get('minute')) * 60 + Number(get('second')),
  }
}
