import type { AgendaDay } from '@/lib/agenda/agenda'
import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

import { AgendaDayList } from '../AgendaDayList'
import { ContentList } from '../ContentList'
import { TopicGrid } from '../TopicGrid'
import { TopTasks } from '../TopTasks'

/** The tasks most people come for, as large links. */
export function CityTasks({ locale, t }: { locale: string; t: Messages }) {
  const href = (path: string) => localePath(locale, path)
  return (
    <TopTasks
      heading={t.home.cityTasks.heading}
      items={[
        { href: href(paths.servicesNear()), title: t.home.cityTasks.nearby },
        { href: href(paths.transit()), title: t.home.cityTasks.transit },
        { href: href(paths.alerts()), title: t.home.cityTasks.alerts },
        { href: href(paths.procedures()), title: t.home.cityTasks.procedures },
        { href: href(paths.myNotifications()), title: t.home.cityTasks.myNotifications },
        { href: href(paths.events()), title: t.home.cityTasks.agenda },
      ]}
    />
  )
}

/** The most used procedures, then every topic. */
export function PopularAndTopics({
  top,
  topics,
  locale,
  t,
}: {
  top: { slug: string; title: string }[]
  topics: { slug: string; title: string; description?: string | null }[]
  locale: string
  t: Messages
}) {
  const href = (path: string) => localePath(locale, path)
  return (
    <>
      {top.length > 0 && (
        <section aria-labelledby="top-procedures">
          <h2 id="top-procedures">{t.home.topTasks}</h2>
          <ContentList
            items={top.map((p) => ({ href: href(paths.procedure(p.slug)), title: p.title }))}
          />
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="topics">
          <h2 id="topics">{t.home.topics}</h2>
          <TopicGrid
            items={topics.map((topic) => ({
              href: href(paths.topic(topic.slug)),
              title: topic.title,
              summary: topic.description,
            }))}
          />
        </section>
      )}
    </>
  )
}

/** The next few events, by day, with a link to the whole agenda. */
export function UpcomingEvents({
  upcoming,
  locale,
  timeZone,
  t,
}: {
  upcoming: { total: number; days: AgendaDay[] }
  locale: string
  timeZone: string
  t: Messages
}) {
  if (upcoming.total === 0) return null
  return (
    <section aria-labelledby="upcoming-events">
      <h2 id="upcoming-events">{t.agenda.homeHeading}</h2>
      <AgendaDayList
        days={upcoming.days}
        locale={locale}
        timeZone={timeZone}
        messages={t.agenda}
        headingLevel={3}
      />
      <p>
        <a href={localePath(locale, paths.events())}>{t.agenda.homeAll}</a>
      </p>
    </section>
  )
}

/** The site's indexes: all procedures, all services, services near me. */
export function FindMore({ locale, t }: { locale: string; t: Messages }) {
  const href = (path: string) => localePath(locale, path)
  return (
    <section aria-labelledby="find-more">
      <h2 id="find-more">{t.home.findMore}</h2>
      <ContentList
        items={[
          { href: href(paths.procedures()), title: t.home.allProcedures },
          { href: href(paths.services()), title: t.home.allServices },
          { href: href(paths.servicesNear()), title: t.near.findNearby },
        ]}
      />
    </section>
  )
}
