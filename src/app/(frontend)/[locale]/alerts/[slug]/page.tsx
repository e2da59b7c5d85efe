import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AffectedContent } from '@/components/alert/AffectedContent'
import { AlertWhen, AlertWhere } from '@/components/alert/AlertWhereWhen'
import { PageShell } from '@/components/PageShell'
import { TextSection } from '@/components/TextSection'
import { formatCityTime } from '@/lib/alerts/format'
import { alertPhase } from '@/lib/alerts/selection'
import { getAlertBySlug, publicAlertSlugs } from '@/lib/alerts/read'
import { capPaths, localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamicParams = true

export function generateStaticParams() {
  return publicAlertSlugs()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const alert = await getAlertBySlug(slug, locale)
  if (!alert) notFound()
  return pageMetadata({
    locale,
    path: paths.alert(slug),
    title: alert.headline,
    description: alert.description,
  })
}

export default async function AlertPage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale).alerts
  const [alert, settings] = await Promise.all([
    getAlertBySlug(slug, locale),
    getSiteSettings(locale),
  ])
  if (!alert) notFound()
  const path = paths.alert(slug)
  const phase = alertPhase(alert, new Date())
  const time = (iso: string) => formatCityTime(iso, locale, settings.timezone)
  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: t.title, path: paths.alerts() },
        { label: alert.headline, path },
      ]}
    >
      <h1>{alert.headline}</h1>
      <p className="alert-meta">
        <strong className="tag">{t.severity[alert.severity]}</strong> {alert.eventType}
      </p>
      {phase === 'expired' && <p className="notice">{t.ended}</p>}
      {phase === 'upcoming' && <p className="notice">{t.notStarted}</p>}
      <TextSection id="what" heading={t.what} text={alert.description} />
      <AlertWhere area={alert.area} t={t} />
      <AlertWhen
        onset={alert.onset}
        expires={alert.expires}
        time={time}
        timeZone={settings.timezone}
        t={t}
      />
      {alert.instruction && (
        <TextSection id="what-to-do" heading={t.whatToDo} text={alert.instruction} />
      )}
      <AffectedContent affects={alert.affects} locale={locale} t={t} />
      <ul className="inline-list">
        {alert.web && (
          <li>
            <a href={alert.web} rel="noopener">
              {t.moreInformation}
            </a>
          </li>
        )}
        <li>
          <a href={capPaths.alert(alert.id)} type="application/xml">
            {t.capDocument}
          </a>
        </li>
        <li>
          <a href={localePath(locale, paths.alerts())}>{t.allAlerts}</a>
        </li>
      </ul>
    </PageShell>
  )
}
