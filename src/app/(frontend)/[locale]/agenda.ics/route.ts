import { agendaFeeds } from '@/lib/content/paths'
import { isLocale } from '@/lib/i18n/locales'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

import {
  feedContext,
  notFoundResponse,
  publishedCalendarResponse,
} from '@/lib/agenda/feedResponses'

type Context = { params: Promise<{ locale: string }> }

/** The whole agenda as a calendar to subscribe to: published events only. */
export const GET = servedWhenDown(async function GET(
  _request: Request,
  { params }: Context,
): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return notFoundResponse()
  const { settings, messages } = await feedContext(locale)
  return publishedCalendarResponse(locale, {
    name: messages.calendarName(settings.cityName),
    feedPath: agendaFeeds.all(),
    filename: 'agenda.ics',
  })
})
