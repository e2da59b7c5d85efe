// VTIMEZONE components from the zone's real offset changes, so clients without the IANA
// database still place TZID times correctly.
import { tzOffset, tzScan } from '@date-fns/tz'

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
}

function localStamp(instant: Date, offsetMinutes: number): string {
  return new Date(instant.getTime() + offsetMinutes * 60_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .slice(0, 15)
}

export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = new Date(Date.UTC(fromYear, 0, 1))
  const end = new Date(Date.UTC(toYear + 1, 0, 1))
  const initial = tzOffset(timeZone, start)
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`]
  const observance = (kind: string, at: Date, from: number, to: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${kind}`,
    )
  observance('STANDARD', start, initial, initial)
  let previous = initial
  for (const change of tzScan(timeZone, { start, end })) {
    observance(change.change > 0 ? 'DAYLIGHT' : 'STANDARD', change.date, previous, change.offset)
    previous = change.offset
  }
  lines.push('END:VTIMEZONE')
  return lines.join('\r\n')
}
