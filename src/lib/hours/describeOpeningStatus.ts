import type { OpeningStatus, WallClockTime } from './openingStatus'

/** The words an opening status is told with, per language (messages `openingStatus`). */
export interface OpeningStatusLabels {
  open: string
  openUntil: (time: string) => string
  openUntilDay: (day: string, time: string) => string
  closed: string
  closedOpensToday: (time: string) => string
  closedOpensTomorrow: (time: string) => string
  closedOpensOn: (day: string, time: string) => string
  unknown: string
}

function weekdayName(locale: string, weekday: number): string {
  // 4 January 2026 was a Sunday (weekday 0).
  const date = new Date(Date.UTC(2026, 0, 4 + weekday))
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date)
}

function opens(at: WallClockTime, locale: string, labels: OpeningStatusLabels): string {
  if (at.daysAhead <= 0) return labels.closedOpensToday(at.time)
  if (at.daysAhead === 1) return labels.closedOpensTomorrow(at.time)
  return labels.closedOpensOn(weekdayName(locale, at.weekday), at.time)
}

/** "Open until 20:00", "Closed — opens Monday 09:00"… in the reader's language. */
export function describeOpeningStatus(
  status: OpeningStatus,
  locale: string,
  labels: OpeningStatusLabels,
): string {
  switch (status.state) {
    case 'open':
      if (!status.until) return labels.open
      // Closing at midnight reads as "until 24:00", not "until Tuesday 00:00".
      if (status.until.daysAhead === 1 && status.until.time === '00:00')
        return labels.openUntil('24:00')
      return status.until.daysAhead === 0
        ? labels.openUntil(status.until.time)
        : labels.openUntilDay(weekdayName(locale, status.until.weekday), status.until.time)
    case 'closed':
      return status.opens ? opens(status.opens, locale, labels) : labels.closed
    case 'unknown':
      return status.comment ? `${labels.unknown} (${status.comment})` : labels.unknown
  }
}
