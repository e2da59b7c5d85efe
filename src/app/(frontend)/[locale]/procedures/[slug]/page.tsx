import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { DepartmentContact } from '@/components/DepartmentContact'
import { JsonLd } from '@/components/JsonLd'
import { AffectingAlerts } from '@/components/AffectingAlerts'
import { PageShell } from '@/components/PageShell'
import { ProcedureChannels } from '@/components/ProcedureChannels'
import { LastReviewed } from '@/components/procedure/LastReviewed'
import {
  LegalBasis,
  MoreInformation,
  RelatedProcedures,
} from '@/components/procedure/ProcedureReferences'
import { ProcedureRequirements, ProcedureSteps } from '@/components/procedure/ProcedureRequirements'
import { StartOnline } from '@/components/StartOnline'
import { TopicLinks } from '@/components/TopicLinks'
import { readServerUrl } from '@/lib/config/env'
import { getAlertsAffecting } from '@/lib/alerts/read'
import { publishedSlugs } from '@/lib/content/payload'
import { localePath, paths } from '@/lib/content/paths'
import { getProcedureBySlug } from '@/lib/procedures/read'
import { startOnlineUrl } from '@/lib/procedures/startOnline'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { procedureJsonLd } from '@/lib/jsonld/governmentService'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamicParams = true

export function generateStaticParams() {
  return publishedSlugs('procedures')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const procedure = await getProcedureBySlug(slug, locale)
  if (!procedure) notFound()
  return pageMetadata({
    locale,
    path: paths.procedure(slug),
    title: procedure.title,
    description: procedure.summary,
  })
}

export default async function ProcedurePage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale)
  const tp = t.procedures
  const procedure = await getProcedureBySlug(slug, locale)
  if (!procedure) notFound()
  const [settings, onlineUrl] = await Promise.all([
    getSiteSettings(locale),
    startOnlineUrl(procedure),
  ])
  const path = paths.procedure(slug)
  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: tp.title, path: paths.procedures() },
        { label: procedure.title, path },
      ]}
    >
      <JsonLd
        data={procedureJsonLd(procedure, {
          url: `${readServerUrl()}${localePath(locale, path)}`,
          cityName: settings.cityName,
          startOnlineUrl: onlineUrl ?? undefined,
        })}
      />
      <h1>{procedure.title}</h1>
      <AffectingAlerts
        locale={locale}
        alerts={await getAlertsAffecting('procedures', procedure.id, locale)}
        messages={t.alerts}
      />
      <p className="lead">{procedure.summary}</p>
      {onlineUrl && (
        <StartOnline
          url={onlineUrl}
          identification={procedure.online?.identification ?? 'certificate'}
          messages={tp}
        />
      )}
      <ProcedureRequirements procedure={procedure} locale={locale} tp={tp} />
      <ProcedureSteps steps={procedure.steps} tp={tp} />
      <ProcedureChannels procedure={procedure} onlineUrl={onlineUrl} locale={locale} messages={t} />
      <MoreInformation body={procedure.body} locale={locale} tp={tp} />
      <LegalBasis laws={procedure.legalBasis} tp={tp} />
      <RelatedProcedures related={procedure.relatedProcedures} locale={locale} tp={tp} />
      <DepartmentContact department={procedure.department} heading={tp.department} messages={t} />
      <TopicLinks locale={locale} topics={procedure.topics} heading={t.services.topics} />
      <LastReviewed
        date={procedure.lastReviewed}
        locale={locale}
        timeZone={settings.timezone}
        tp={tp}
      />
    </PageShell>
  )
}
