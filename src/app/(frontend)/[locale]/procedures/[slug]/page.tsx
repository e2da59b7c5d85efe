import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContentList } from '@/components/ContentList'
import { DepartmentContact } from '@/components/DepartmentContact'
import { FeeList } from '@/components/FeeList'
import { JsonLd } from '@/components/JsonLd'
import { AffectingAlerts } from '@/components/AffectingAlerts'
import { PageShell } from '@/components/PageShell'
import { ProcedureChannels } from '@/components/ProcedureChannels'
import { RichTextBody } from '@/components/RichTextBody'
import { StartOnline } from '@/components/StartOnline'
import { TextSection } from '@/components/TextSection'
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
import type { Procedure } from '@/payload-types'

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
  const related = (procedure.relatedProcedures ?? []).filter(
    (item): item is Procedure => typeof item === 'object',
  )
  const reviewed = procedure.lastReviewed
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: settings.timezone }).format(
        new Date(procedure.lastReviewed),
      )
    : null
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
      <TextSection id="who" heading={tp.whoCanApply} text={procedure.whoCanApply} />
      <TextSection id="requirements" heading={tp.requirements} items={procedure.requirements} />
      <TextSection id="documents" heading={tp.documents} items={procedure.documents} />
      <section aria-labelledby="fees">
        <h2 id="fees">{tp.fees}</h2>
        <FeeList fees={procedure.fees} locale={locale} messages={tp} />
      </section>
      <TextSection id="deadline" heading={tp.deadline} text={procedure.deadline} />
      <TextSection
        id="processing-time"
        heading={tp.processingTime}
        text={procedure.processingTime}
      />
      {(procedure.steps ?? []).length > 0 && (
        <section aria-labelledby="steps">
          <h2 id="steps">{tp.steps}</h2>
          <ol className="steps">
            {(procedure.steps ?? []).map((step, index) => (
              <li key={step.id ?? index}>
                <h3 className="steps__title">{step.title}</h3>
                {step.description && <p>{step.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <ProcedureChannels procedure={procedure} onlineUrl={onlineUrl} locale={locale} messages={t} />
      {procedure.body && (
        <section aria-labelledby="more-information">
          <h2 id="more-information">{tp.moreInformation}</h2>
          <RichTextBody data={procedure.body} locale={locale} />
        </section>
      )}
      {(procedure.legalBasis ?? []).length > 0 && (
        <section aria-labelledby="legal-basis">
          <h2 id="legal-basis">{tp.legalBasis}</h2>
          <ul>
            {(procedure.legalBasis ?? []).map((law, index) => (
              <li key={law.id ?? index}>
                {law.url ? <a href={law.url}>{law.title}</a> : law.title}
              </li>
            ))}
          </ul>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{tp.related}</h2>
          <ContentList
            items={related.map((item) => ({
              href: localePath(locale, paths.procedure(item.slug)),
              title: item.title,
              summary: item.summary,
            }))}
          />
        </section>
      )}
      <DepartmentContact department={procedure.department} heading={tp.department} messages={t} />
      <TopicLinks locale={locale} topics={procedure.topics} heading={t.services.topics} />
      {reviewed && <p className="muted reviewed">{tp.lastReviewed(reviewed)}</p>}
    </PageShell>
  )
}
