import type { Metadata } from 'next'

import { AgendaDayList } from '@/components/AgendaDayList'
import { ContentList } from '@/components/ContentList'
import { PageShell } from '@/components/PageShell'
import { ServiceNotices } from '@/components/ServiceNotices'
import { TopicGrid } from '@/components/TopicGrid'
import { TopTasks } from '@/components/TopTasks'
import { agendaPage } from '@/lib/agenda/read'
import { localePath, paths } from '@/lib/content/paths'
import { topProcedures } from '@/lib/procedures/read'
import { listServiceNotices } from '@/lib/services/read'
import { getSiteSettings } from '@/lib/content/read'
import { listTopics } from '@/lib/topics/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../_lib/localeParams'
import { pageMetadata } from '../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

const TOP_PROCEDURES = 6
const UPCOMING_EVENTS = 5

// The "upcoming events" block moves on with time: regenerate at most every five minutes
// (and at once when an event is published), so past events leave it on their own.
export const revalidate = 300

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    path: paths.home(),
    title: { absolute: settings.cityName },
    description: settings.tagline,
  })
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale)
  const [settings, top, topics, notices] = await Promise.all([
    getSiteSettings(locale),
    topProcedures(locale, TOP_PROCEDURES),
    listTopics(locale),
    listServiceNotices(locale),
  ])
  const upcoming = await agendaPage(
    locale,
    { when: 'upcoming', free: false, accessible: false, page: 1 },
    { timeZone: settings.timezone, pageSize: UPCOMING_EVENTS },
  )
  const href = (path: string) => localePath(locale, path)
  return (
    <PageShell locale={locale} path={paths.home()}>
      <div className="hero">
        <h1>{settings.cityName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </div>
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
      <ServiceNotices
        locale={locale}
        notices={notices}
        heading={t.home.serviceStatus}
        labels={t.services.status}
      />
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
      {upcoming.total > 0 && (
        <section aria-labelledby="upcoming-events">
          <h2 id="upcoming-events">{t.agenda.homeHeading}</h2>
          <AgendaDayList
            days={upcoming.days}
            locale={locale}
            timeZone={settings.timezone}
            messages={t.agenda}
            headingLevel={3}
          />
          <p>
            <a href={href(paths.events())}>{t.agenda.homeAll}</a>
          </p>
        </section>
      )}
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
    </PageShell>
  )
}
