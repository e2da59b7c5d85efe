// What the agenda's feed routes share: the site's origin and names, and the response
// headers subscribers' calendar apps and feed readers expect.
import { buildCalendar, ICS_CONTENT_TYPE } from '@/lib/agenda/ics'
import type { AgendaEvent } from '@/lib/agenda/types'
import { readServerUrl } from '@/lib/config/env'
import { localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/site'
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

export async function calendarResponse(
  locale: string,
  events: AgendaEvent[],
  {
    name,
    feedPath,
    filename,
    download = false,
  }: { name: string; feedPath: string; filename: string; download?: boolean },
): Promise<Response> {
  const { origin, settings, messages, eventUrl } = await feedContext(locale)
  const body = buildCalendar(events, {
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
  return new Response(body, {
    headers: {
      'content-type': ICS_CONTENT_TYPE,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${filename}"`,
      'cache-control': 'public, max-age=300',
    },
  })
}

export const notFoundResponse = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
