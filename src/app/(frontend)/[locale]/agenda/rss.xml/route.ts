import { buildRss, RSS_CONTENT_TYPE } from '@/lib/agenda/rss'
import { upcomingPublishedOccurrences } from '@/lib/agenda/read'
import { agendaFeeds, localePath, paths } from '@/lib/content/paths'
import { isLocale } from '@/lib/i18n/locales'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

import { feedContext, notFoundResponse } from '@/lib/agenda/feedResponses'

type Context = { params: Promise<{ locale: string }> }

const RSS_ITEMS = 50

/** RSS 2.0 of the next upcoming occurrences: published events only. */
export const GET = servedWhenDown(async function GET(
  _request: Request,
  { params }: Context,
): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const { origin, settings, messages, eventUrl } = await feedContext(locale)
  const items = await upcomingPublishedOccurrences(locale, settings.timezone, RSS_ITEMS)
  const xml = buildRss(items, {
    title: messages.calendarName(settings.cityName),
    description: messages.description,
    feedUrl: `${origin}${localePath(locale, agendaFeeds.rss())}`,
    siteUrl: `${origin}${localePath(locale, paths.events())}`,
    language: locale,
    cityTimeZone: settings.timezone,
    eventUrl,
    labels: {
      allDay: messages.allDay,
      status: {
        EventCancelled: messages.status.EventCancelled,
        EventPostponed: messages.status.EventPostponed,
        EventRescheduled: messages.status.EventRescheduled,
      },
    },
  })
  return new Response(xml, {
    headers: { 'content-type': RSS_CONTENT_TYPE, 'cache-control': 'public, max-age=300' },
  })
})
