import type { Metadata } from 'next'

import { ContentList } from '@/components/ContentList'
import { FeedLinks } from '@/components/FeedLinks'
import { PageShell } from '@/components/PageShell'
import { formatAlertPeriod } from '@/lib/alerts/format'
import { getAlertGroups } from '@/lib/alerts/read'
import { localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).alerts
  return pageMetadata({ locale, path: paths.alerts(), title: t.title, description: t.description })
}

export default async function AlertsPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).alerts
  const [groups, settings] = await Promise.all([getAlertGroups(locale), getSiteSettings(locale)])
  const sections = [
    { id: 'active', heading: t.active, empty: t.noneActive, alerts: groups.active },
    { id: 'upcoming', heading: t.upcoming, empty: t.noneUpcoming, alerts: groups.upcoming },
    { id: 'recent', heading: t.recent, empty: t.noneRecent, alerts: groups.recent },
  ]
  return (
    <PageShell
      locale={locale}
      path={paths.alerts()}
      crumbs={[{ label: t.title, path: paths.alerts() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <p className="alert-list__when">{t.timesIn(settings.timezone)}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`alerts-${section.id}`}>
          <h2 id={`alerts-${section.id}`}>{section.heading}</h2>
          {section.alerts.length === 0 ? (
            <p>{section.empty}</p>
          ) : (
            <ContentList
              items={section.alerts.map((alert) => ({
                href: localePath(locale, paths.alert(alert.slug)),
                title: alert.headline,
                tag: t.severity[alert.severity],
                summary: `${alert.area.description}. ${formatAlertPeriod(alert, locale, settings.timezone, t)}.`,
              }))}
            />
          )}
        </section>
      ))}
      <FeedLinks locale={locale} messages={t} />
    </PageShell>
  )
}
