// Occurrence dates as readers see them: in the city's time zone, in their language.
import type { Occurrence } from './occurrences'

// Building an Intl.DateTimeFormat costs far more than using one: keep one per language,
// zone and style (a handful in a process).
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(
  style: 'day' | 'shortDay' | 'time',
  locale: string,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`
  let format = formatters.get(key)
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day'
        ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'shortDay'
          ? { weekday: 'short', day: 'numeric', month: 'short' }
          : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, format)
  }
  return format
}

export function formatDay(dateKey: string, locale: string): string {
  return formatter('day', locale, 'UTC').format(new Date(`${dateKey}T00:00:00Z`))
}

function shortDay(dateKey: string, locale: string): string {
  return formatter('shortDay', locale, 'UTC').format(new Date(`${dateKey}T00:00:00Z`))
}

export function formatTime(instant: Date, locale: string, timeZone: string): string {
  return formatter('time', locale, timeZone).format(instant)
}

/** "10:00–14:00", "all day", or "19 Jun – 21 Jun" for several days. */
export function formatOccurrence(
  occurrence: Occurrence,
  locale: string,
  timeZone: string,
  labels: { allDay: string },
  withDate = false,
): string {
  const multiDay = occurrence.startDay !== occurrence.endDay
  if (occurrence.allDay) {
    if (multiDay) {
      return `${shortDay(occurrence.startDay, locale)} – ${shortDay(occurrence.endDay, locale)}`
    }
    return withDate ? `${formatDay(occurrence.startDay, locale)}, ${labels.allDay}` : labels.allDay
  }
  const start = formatTime(occurrence.start, locale, timeZone)
  const hasEnd = occurrence.end.getTime() !== occurrence.start.getTime()
  const end = hasEnd ? formatTime(occurrence.end, locale, timeZone) : null
  if (multiDay) {
    return `${shortDay(occurrence.startDay, locale)} ${start} – ${shortDay(occurrence.endDay, locale)} ${end ?? ''}`.trim()
  }
  const times = end ? `${start}–${end}` : start
  return withDate ? `${formatDay(occurrence.startDay, locale)}, ${times}` : times
}
