import { agendaFeeds, localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

/** A calendar feed to subscribe to, as CalendarLinks lists it. */
export interface CalendarFeed {
  label: string
  url: string
}

/** The feed of every event. */
export function allEventsFeed(origin: string, locale: string, t: Messages['agenda']): CalendarFeed {
  return { label: t.subscribeAll, url: `${origin}${localePath(locale, agendaFeeds.all())}` }
}

/** The feed of one topic's events. */
export function topicFeed(
  topic: { slug: string; title: string },
  origin: string,
  locale: string,
  t: Messages['agenda'],
): CalendarFeed {
  return {
    label: t.subscribeTopic(topic.title),
    url: `${origin}${localePath(locale, agendaFeeds.topic(topic.slug))}`,
  }
}
