import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { EventFeeds, EventWhen } from '@/components/agenda/EventWhen'
import { EventDetails } from '@/components/EventDetails'
import { EventStatusNotice } from '@/components/EventStatusNotice'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { RichTextBody } from '@/components/RichTextBody'
import { TopicLinks } from '@/components/TopicLinks'
import { expandOccurrences } from '@/lib/agenda/occurrences'
import { compileRecurrence } from '@/lib/agenda/recurrence'
import { eventVenue } from '@/lib/agenda/venue'
import { readServerUrl } from '@/lib/config/env'
import { getEventBySlug } from '@/lib/agenda/read'
import { publishedSlugs } from '@/lib/content/payload'
import { localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { eventJsonLd } from '@/lib/jsonld/event'
import type { Topic } from '@/payload-types'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }
type EventDoc = NonNullable<Awaited<ReturnType<typeof getEventBySlug>>>

export const dynamicParams = true
// Upcoming dates move on with time: the page is regenerated at most every five minutes
// (and at once on publish), so a date that has passed leaves without an editor.
export const revalidate = 300

const SHOWN_DATES = 12
const YEAR_MS = 366 * 24 * 60 * 60 * 1000

export function generateStaticParams() {
  return publishedSlugs('events')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const event = await getEventBySlug(slug, locale)
  if (!event) notFound()
  return pageMetadata({
    locale,
    path: paths.event(slug),
    title: event.title,
    description: event.summary,
  })
}

/** The event's coming dates (up to SHOWN_DATES within a year), and the dates to show. */
function eventDates(event: EventDoc, timeZone: string) {
  const now = new Date()
  const occurrences = expandOccurrences(event, {
    from: now,
    to: new Date(now.getTime() + YEAR_MS),
    cityTimeZone: timeZone,
    limit: SHOWN_DATES,
  })
  // A past single event still shows its date, marked as having no more dates.
  const dates =
    occurrences.length > 0
      ? occurrences
      : expandOccurrences(event, {
          from: new Date(0),
          to: new Date(now.getTime() + YEAR_MS),
          cityTimeZone: timeZone,
          limit: 1,
        })
  return { occurrences, dates }
}

export default async function EventPage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale)
  const event = await getEventBySlug(slug, locale)
  if (!event) notFound()
  const settings = await getSiteSettings(locale)
  const timeZone = settings.timezone
  const { occurrences, dates } = eventDates(event, timeZone)
  const venue = eventVenue(event)
  const path = paths.event(slug)
  const origin = readServerUrl()
  const topics = (event.topics ?? []).filter((topic): topic is Topic => typeof topic === 'object')
  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: t.agenda.title, path: paths.events() },
        { label: event.title, path },
      ]}
    >
      <JsonLd
        data={eventJsonLd(event, {
          url: `${origin}${localePath(locale, path)}`,
          occurrence: occurrences[0] ?? null,
          venue,
          cityName: settings.cityName,
        })}
      />
      <h1>{event.title}</h1>
      <EventStatusNotice event={event} locale={locale} timeZone={timeZone} messages={t.agenda} />
      <p className="lead">{event.summary}</p>
      <EventWhen
        slug={slug}
        occurrences={occurrences}
        dates={dates}
        repeats={compileRecurrence(event, timeZone) !== null}
        locale={locale}
        timeZone={timeZone}
        t={t.agenda}
      />
      <EventDetails event={event} venue={venue} locale={locale} messages={t.agenda} />
      <RichTextBody data={event.body} locale={locale} />
      <TopicLinks locale={locale} topics={topics} heading={t.agenda.topics} />
      <EventFeeds topics={topics} origin={origin} locale={locale} t={t.agenda} />
    </PageShell>
  )
}
