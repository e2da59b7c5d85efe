import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContentList } from '@/components/ContentList'
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

/** Linked documents of a relationship, populated at depth 1 (ids alone are unpublished ones). */
function linked<T extends { slug: string; title: string }>(
  items: (number | T)[] | null | undefined,
) {
  return (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)
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
  const services = linked(alert.affects?.services)
  const procedures = linked(alert.affects?.procedures)
  const districts = (alert.area.districts ?? []).flatMap((d) =>
    typeof d === 'object' && d ? [d.name] : [],
  )
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
      <section aria-labelledby="where">
        <h2 id="where">{t.where}</h2>
        <p>{alert.area.description}</p>
        {districts.length > 0 && (
          <p>
            {t.districts}: {districts.join(', ')}
          </p>
        )}
      </section>
      <section aria-labelledby="when">
        <h2 id="when">{t.when}</h2>
        <p>
          {t.starts} <time dateTime={alert.onset}>{time(alert.onset)}</time>
          {', '}
          {alert.expires ? (
            <>
              {t.ends.toLowerCase()} <time dateTime={alert.expires}>{time(alert.expires)}</time>
            </>
          ) : (
            t.untilFurtherNotice
          )}
          .
        </p>
        <p className="alert-list__when">{t.timesIn(settings.timezone)}</p>
      </section>
      {alert.instruction && (
        <TextSection id="what-to-do" heading={t.whatToDo} text={alert.instruction} />
      )}
      {services.length > 0 && (
        <section aria-labelledby="affected-services">
          <h2 id="affected-services">{t.affectedServices}</h2>
          <ContentList
            items={services.map((s) => ({
              href: localePath(locale, paths.service(s.slug)),
              title: s.title,
            }))}
          />
        </section>
      )}
      {procedures.length > 0 && (
        <section aria-labelledby="affected-procedures">
          <h2 id="affected-procedures">{t.affectedProcedures}</h2>
          <ContentList
            items={procedures.map((p) => ({
              href: localePath(locale, paths.procedure(p.slug)),
              title: p.title,
            }))}
          />
        </section>
      )}
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
