// Reached as /[locale]/agenda/[slug].ics through a rewrite in next.config.mjs: the page
// /[locale]/agenda/[slug] owns that segment, so the file lives one level down.
import { publishedEventBySlug } from '@/lib/agenda/read'
import { agendaFeeds } from '@/lib/content/paths'
import { isLocale } from '@/lib/i18n/locales'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

import { calendarResponse, notFoundResponse } from '@/lib/agenda/feedResponses'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** "Add to calendar": one published event, downloaded as a file. */
export const GET = servedWhenDown(async function GET(
  _request: Request,
  { params }: Context,
): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale) || !/^[a-z0-9-]{1,120}$/.test(slug)) return notFoundResponse()
  const event = await publishedEventBySlug(slug, locale)
  if (!event) return notFoundResponse()
  return calendarResponse(locale, [event], {
    name: event.title,
    feedPath: agendaFeeds.event(slug),
    filename: `${slug}.ics`,
    download: true,
  })
})
