import { agendaFeeds } from '@/lib/content/paths'
import { getTopicBySlug } from '@/lib/topics/read'
import { isLocale } from '@/lib/i18n/locales'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

import {
  feedContext,
  notFoundResponse,
  publishedCalendarResponse,
} from '@/lib/agenda/feedResponses'

type Context = { params: Promise<{ locale: string; file: string }> }

/** One topic's events as a calendar: /en/agenda/topics/culture-leisure.ics */
export const GET = servedWhenDown(async function GET(
  _request: Request,
  { params }: Context,
): Promise<Response> {
  const { locale, file } = await params
  const slug = /^([a-z0-9-]{1,80})\.ics$/.exec(file)?.[1]
  if (!isLocale(locale) || !slug) return notFoundResponse()
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) return notFoundResponse()
  const { settings, messages } = await feedContext(locale)
  return publishedCalendarResponse(locale, {
    topicId: topic.id,
    name: messages.topicCalendarName(settings.cityName, topic.title),
    feedPath: agendaFeeds.topic(slug),
    filename: `${slug}.ics`,
  })
})
