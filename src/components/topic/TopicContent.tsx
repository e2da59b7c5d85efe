import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

import { CalendarLinks } from '../CalendarLinks'
import { topicFeed } from '../agenda/calendarFeeds'
import { ContentList } from '../ContentList'

type Listed = { slug: string; title: string; summary?: string | null }

/** The topic's procedures and services, each by title, or a line saying there are none. */
export function TopicLists({
  procedures,
  services,
  locale,
  t,
}: {
  procedures: Listed[]
  services: (Listed & { status: Pick<Service['status'], 'state'> })[]
  locale: string
  t: Messages
}) {
  const collator = new Intl.Collator(locale)
  const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title)
  return (
    <>
      {procedures.length === 0 && services.length === 0 && <p>{t.topics.empty}</p>}
      {procedures.length > 0 && (
        <section aria-labelledby="topic-procedures">
          <h2 id="topic-procedures">{t.topics.procedures}</h2>
          <ContentList
            items={procedures.toSorted(byTitle).map((procedure) => ({
              href: localePath(locale, paths.procedure(procedure.slug)),
              title: procedure.title,
              summary: procedure.summary,
            }))}
          />
        </section>
      )}
      {services.length > 0 && (
        <section aria-labelledby="topic-services">
          <h2 id="topic-services">{t.topics.services}</h2>
          <ContentList
            items={services.toSorted(byTitle).map((service) => ({
              href: localePath(locale, paths.service(service.slug)),
              title: service.title,
              summary: service.summary,
              tag:
                service.status.state === 'normal'
                  ? undefined
                  : t.services.status[service.status.state],
            }))}
          />
        </section>
      )}
    </>
  )
}

/** The topic's events: a link to the agenda filtered by it, and its calendar feed. */
export function TopicAgenda({
  slug,
  title,
  origin,
  locale,
  t,
}: {
  slug: string
  title: string
  origin: string
  locale: string
  t: Messages
}) {
  return (
    <>
      <section aria-labelledby="topic-events">
        <h2 id="topic-events">{t.agenda.title}</h2>
        <p>
          <a href={`${localePath(locale, paths.events())}?topic=${encodeURIComponent(slug)}`}>
            {t.agenda.topicAgenda(title)}
          </a>
        </p>
      </section>
      <CalendarLinks
        messages={t.agenda}
        feeds={[topicFeed({ slug, title }, origin, locale, t.agenda)]}
      />
    </>
  )
}
