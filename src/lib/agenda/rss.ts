// RSS 2.0 of upcoming events, one item per occurrence, with the `rss` package.
import RSS from 'rss'

import type { AgendaItem } from './agenda'
import { formatOccurrence, formatDay } from './format'
import type { AgendaEvent } from './types'
import { eventVenue, venueLine } from './venue'

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'

export interface RssOptions {
  title: string
  description: string
  feedUrl: string
  siteUrl: string
  language: string
  cityTimeZone: string
  eventUrl: (slug: string) => string
  labels: { allDay: string; status: Partial<Record<AgendaEvent['eventStatus'], string>> }
}

export function buildRss(items: AgendaItem[], options: RssOptions): string {
  const feed = new RSS({
    title: options.title,
    description: options.description,
    feed_url: options.feedUrl,
    site_url: options.siteUrl,
    language: options.language,
    ttl: 60,
  })
  for (const { event, occurrence } of items) {
    const when = formatOccurrence(
      occurrence,
      options.language,
      options.cityTimeZone,
      options.labels,
      true,
    )
    const day = occurrence.allDay ? formatDay(occurrence.startDay, options.language) : when
    const status = options.labels.status[event.eventStatus]
    const where = venueLine(eventVenue(event))
    const url = options.eventUrl(event.slug)
    feed.item({
      title: `${status ? `${status}: ` : ''}${event.title} (${occurrence.allDay ? day : when})`,
      description: [when, where, event.summary].filter(Boolean).join(' · '),
      url,
      // One item per occurrence: the event's page plus the start makes a stable id.
      guid: `${url}#${occurrence.start.toISOString()}`,
      date: new Date(event.updatedAt),
      categories: (event.topics ?? []).flatMap((topic) =>
        typeof topic === 'object' && topic?.title ? [topic.title] : [],
      ),
    })
  }
  return feed.xml({ indent: true })
}
