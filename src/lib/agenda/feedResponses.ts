// What the agenda's feed routes share: the site's origin and names, and the response
// headers subscribers' calendar apps and feed readers expect.
import { buildCalendar, ICS_CONTENT_TYPE } from '@/lib/agenda/ics'
import type { AgendaEvent } from '@/lib/agenda/types'
import { readServerUrl } from '@/lib/config/env'
import {
  AGENDA_REVALIDATE_SECONDS,
  publishedAgendaVersion,
  publishedCalendarEvents,
} from '@/lib/agenda/read'
import { sharedPromises } from '@/lib/resilience/sharedPromises'
import { localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

export async function feedContext(locale: string) {
  const origin = readServerUrl()
  const settings = await getSiteSettings(locale)
  const messages = getMessages(locale).agenda
  return {
    origin,
    settings,
    messages,
    eventUrl: (slug: string) => `${origin}${localePath(locale, paths.event(slug))}`,
  }
}

interface CalendarFeed {
  name: string
  feedPath: string
  filename: string
  download?: boolean
}

async function calendarBody(
  locale: string,
  events: AgendaEvent[],
  { name, feedPath }: CalendarFeed,
): Promise<string> {
  const { origin, settings, messages, eventUrl } = await feedContext(locale)
  return buildCalendar(events, {
    name,
    description: messages.description,
    url: `${origin}${localePath(locale, feedPath)}`,
    eventUrl,
    uidHost: new URL(origin).hostname,
    cityTimeZone: settings.timezone,
    language: locale,
    now: new Date(),
    statusLabels: {
      EventCancelled: messages.status.EventCancelled,
      EventPostponed: messages.status.EventPostponed,
    },
  })
}

function calendarFile(body: string, { filename, download = false }: CalendarFeed): Response {
  return new Response(body, {
    headers: {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${filename}"`,
      'cache-control': 'public, max-age=300',
    },
  })
}

/** A calendar of the given events (one event's "Add to calendar"). */
export async function calendarResponse(
  locale: string,
  events: AgendaEvent[],
  feed: CalendarFeed,
): Promise<Response> {
  return calendarFile(await calendarBody(locale, events, feed), feed)
}

// A whole-agenda calendar is large and slow to write: once per published version per process,
// shared by every poll until then.
const publishedCalendars = sharedPromises<string, string>(AGENDA_REVALIDATE_SECONDS * 1000)

/** The whole agenda's or one topic's calendar of published events. */
export async function publishedCalendarResponse(
  locale: string,
  feed: CalendarFeed & { topicId?: number },
): Promise<Response> {
  const version = await publishedAgendaVersion(locale)
  const body = await publishedCalendars.get(`${locale}|${feed.feedPath}|${version}`, async () =>
    calendarBody(locale, await publishedCalendarEvents(locale, feed.topicId), feed),
  )
  return calendarFile(body, feed)
}

export const notFoundResponse = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
