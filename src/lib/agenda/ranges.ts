// The agenda's date filters. Days begin and end at midnight in the city's time zone, not
// the server's, and a window never starts before now: what has ended leaves on its own.
import { addDaysToKey, localDateKey, startOfLocalDay } from '@/lib/time/wallClock'

export const AGENDA_WHEN = ['upcoming', 'today', 'weekend', 'week', 'range'] as const
export type AgendaWhen = (typeof AGENDA_WHEN)[number]

/** How far ahead "upcoming" and an open-ended range look. */
export const HORIZON_DAYS = 366

export interface AgendaWindow {
  start: Date
  end: Date
  /** The local days the window covers, `YYYY-MM-DD`, first and last inclusive. */
  firstDay: string
  lastDay: string
}

export interface WindowInput {
  when: AgendaWhen
  /** `YYYY-MM-DD` days, for `range`. */
  from?: string
  to?: string
}

function windowOf(firstDay: string, lastDay: string, now: Date, timeZone: string): AgendaWindow {
  const dayStart = startOfLocalDay(firstDay, timeZone)
  return {
    start: dayStart > now ? dayStart : now,
    end: startOfLocalDay(addDaysToKey(lastDay, 1), timeZone),
    firstDay,
    lastDay,
  }
}

/** The Saturday of this weekend: today on a Saturday, yesterday on a Sunday. */
function weekendSaturday(today: string): string {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() // 0 = Sunday
  if (weekday === 0) return addDaysToKey(today, -1)
  return addDaysToKey(today, 6 - weekday)
}

export function agendaWindow(input: WindowInput, now: Date, timeZone: string): AgendaWindow {
  const today = localDateKey(now, timeZone)
  switch (input.when) {
    case 'today':
      return windowOf(today, today, now, timeZone)
    case 'weekend': {
      const saturday = weekendSaturday(today)
      return windowOf(saturday, addDaysToKey(saturday, 1), now, timeZone)
    }
    case 'week':
      return windowOf(today, addDaysToKey(today, 6), now, timeZone)
    case 'range': {
      const from = input.from && input.from > today ? input.from : today
      const to = input.to ?? addDaysToKey(from, HORIZON_DAYS - 1)
      return windowOf(from, to, now, timeZone)
    }
    default:
      return windowOf(today, addDaysToKey(today, HORIZON_DAYS - 1), now, timeZone)
  }
}

const DAY_MS = 24 * 60 * 60 * 1000
/** Feeds keep recent events a month, so subscribers' calendars do not empty at once. */
export const AGENDA_KEEP_PAST_MS = 31 * DAY_MS
/**
 * How far ahead the cached occurrence index lists dates: the horizon plus two days, so that
 * "upcoming" stays inside it while the entry ages (windows beyond it are expanded on the fly).
 */
export const AGENDA_INDEX_AHEAD_MS = (HORIZON_DAYS + 2) * DAY_MS
