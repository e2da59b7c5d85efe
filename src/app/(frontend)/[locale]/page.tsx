import type { Metadata } from 'next'

import {
  CityTasks,
  FindMore,
  PopularAndTopics,
  UpcomingEvents,
} from '@/components/home/HomeSections'
import { PageShell } from '@/components/PageShell'
import { ServiceNotices } from '@/components/ServiceNotices'
import { agendaPage } from '@/lib/agenda/read'
import { paths } from '@/lib/content/paths'
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
  return (
    <PageShell locale={locale} path={paths.home()}>
      <div className="hero">
        <h1>{settings.cityName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </div>
      <CityTasks locale={locale} t={t} />
      <ServiceNotices
        locale={locale}
        notices={notices}
        heading={t.home.serviceStatus}
        labels={t.services.status}
      />
      <PopularAndTopics top={top} topics={topics} locale={locale} t={t} />
      <UpcomingEvents upcoming={upcoming} locale={locale} timeZone={settings.timezone} t={t} />
      <FindMore locale={locale} t={t} />
    </PageShell>
  )
}
