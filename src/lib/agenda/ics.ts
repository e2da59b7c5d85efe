// iCalendar feeds of the agenda. UIDs are stable and SEQUENCE follows edits, so subscribers see
// edits and cancellations.
import { TZDate } from '@date-fns/tz'
import ical, {
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  type ICalRepeatingOptions,
  type ICalWeekday,
} from 'ical-generator'

import { exceptionStarts } from './occurrences'
import { compileRecurrence, eventTimeZone, floatingSpan, untilInstant } from './recurrence'
import type { AgendaEvent } from './types'
import { eventVenue, venueLine } from './venue'
import { fromFloating } from '@/lib/time/wallClock'
import { vtimezone } from './vtimezone'

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8'

export interface CalendarOptions {
  /** X-WR-CALNAME: what the subscriber's calendar list shows. */
  name: string
  description?: string
  /** The public URL of the feed itself. */
  url: string
  /** Absolute URL of an event's page. */
  eventUrl: (slug: string) => string
  /** Host for UIDs, e.g. plaza.example: UIDs never change when a title or slug does. */
  uidHost: string
  cityTimeZone: string
  language: string
  now: Date
  /** Words for the status prefix on cancelled and postponed events. */
  statusLabels?: Partial<Record<AgendaEvent['eventStatus'], string>>
}

const FREQ: Record<string, ICalEventRepeatingFreq> = {
  daily: ICalEventRepeatingFreq.DAILY,
  weekly: ICalEventRepeatingFreq.WEEKLY,
  monthly: ICalEventRepeatingFreq.MONTHLY,
  yearly: ICalEventRepeatingFreq.YEARLY,
}

const STATUS: Record<AgendaEvent['eventStatus'], ICalEventStatus> = {
  EventScheduled: ICalEventStatus.CONFIRMED,
  EventRescheduled: ICalEventStatus.CONFIRMED,
  EventPostponed: ICalEventStatus.TENTATIVE,
  EventCancelled: ICalEventStatus.CANCELLED,
}

export function eventUid(event: Pick<AgendaEvent, 'id'>, host: string): string {
  return `event-${event.id}@${host}`
}

/** Grows with every edit (seconds since creation of the last change), never decreases. */
export function eventSequence(event: Pick<AgendaEvent, 'createdAt' | 'updatedAt'>): number {
  const seconds = (Date.parse(event.updatedAt) - Date.parse(event.createdAt)) / 1000
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
}

function repeating(event: AgendaEvent, cityTimeZone: string): ICalRepeatingOptions | null {
  const compiled = compileRecurrence(event, cityTimeZone)
  if (!compiled) return null
  const timeZone = eventTimeZone(event, cityTimeZone)
  const exclude = event.allDay
    ? // DATE values: noon UTC names the right day whatever the zone.
      compiled.exceptionDays.map((day) => new Date(`${day}T12:00:00Z`))
    : exceptionStarts(event, cityTimeZone).map((instant) => new TZDate(instant, timeZone))
  return {
    freq: FREQ[compiled.freq],
    interval: compiled.interval > 1 ? compiled.interval : undefined,
    byDay: compiled.byDay.length ? (compiled.byDay as ICalWeekday[]) : undefined,
    bySetPos: compiled.bySetPos,
    byMonthDay: compiled.byMonthDay,
    count: compiled.count,
    until: untilInstant(compiled, timeZone),
    exclude: exclude.length ? exclude : undefined,
  }
}

export function buildCalendar(events: AgendaEvent[], options: CalendarOptions): string {
  let firstYear = options.now.getUTCFullYear() - 1
  const calendar = ical({
    name: options.name,
    description: options.description,
    url: options.url,
    prodId: { company: 'Plaza', product: 'Agenda', language: options.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // Clients that honour it poll hourly; changes reach subscribers on their next poll.
    ttl: 60 * 60,
    timezone: {
      name: null,
      generator: (zone) => vtimezone(zone, firstYear, options.now.getUTCFullYear() + 10),
    },
  })
  for (const event of events) {
    const timeZone = eventTimeZone(event, options.cityTimeZone)
    const span = floatingSpan(event, timeZone)
    const start = new TZDate(fromFloating(span.start, timeZone).getTime(), timeZone)
    firstYear = Math.min(firstYear, start.getFullYear())
    const hasEnd = span.end.getTime() !== span.start.getTime()
    const venue = eventVenue(event)
    const url = options.eventUrl(event.slug)
    const prefix = options.statusLabels?.[event.eventStatus]
    calendar.createEvent({
      id: eventUid(event, options.uidHost),
      sequence: eventSequence(event),
      stamp: new Date(event.updatedAt),
      created: new Date(event.createdAt),
      lastModified: new Date(event.updatedAt),
      timezone: timeZone,
      allDay: Boolean(event.allDay),
      start,
      end: hasEnd ? new TZDate(fromFloating(span.end, timeZone).getTime(), timeZone) : null,
      summary: prefix ? `${prefix}: ${event.title}` : event.title,
      description: `${event.summary}\n\n${url}`,
      location: venueLine(venue)
        ? {
            title: venueLine(venue)!,
            geo: venue?.point ? { lat: venue.point[1], lon: venue.point[0] } : undefined,
          }
        : null,
      url,
      status: STATUS[event.eventStatus],
      repeating: repeating(event, options.cityTimeZone),
      categories: (event.topics ?? []).flatMap((topic) =>
        typeof topic === 'object' && topic?.title ? [{ name: topic.title }] : [],
      ),
    })
  }
  return calendar.toString()
}
