import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { DepartmentContact } from '@/components/DepartmentContact'
import { JsonLd } from '@/components/JsonLd'
import { AffectingAlerts } from '@/components/AffectingAlerts'
import { appClientMessages } from '@/components/app/appMessages'
import { SaveToApp } from '@/components/app/SaveToApp'
import { PageShell } from '@/components/PageShell'
import { RichTextBody } from '@/components/RichTextBody'
import { ServiceLocations } from '@/components/service/ServiceLocations'
import {
  OtherServicesNearby,
  ProceduresHere,
  StopsNearService,
} from '@/components/service/ServiceSurroundings'
import { StatusNotice } from '@/components/StatusNotice'
import { TopicLinks } from '@/components/TopicLinks'
import { readServerUrl } from '@/lib/config/env'
import { getAlertsAffecting } from '@/lib/alerts/read'
import { getMapSettings, nearbyServiceLocations } from '@/lib/geo/read'
import { publishedSlugs } from '@/lib/content/payload'
import { localePath, paths } from '@/lib/content/paths'
import { listProceduresAtService } from '@/lib/procedures/read'
import { noticeDatesParts } from '@/lib/services/noticeText'
import { getServiceBySlug } from '@/lib/services/read'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { serviceJsonLd } from '@/lib/jsonld/governmentService'
import { stopsNear } from '@/lib/transit/read'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }
type ServiceDoc = NonNullable<Awaited<ReturnType<typeof getServiceBySlug>>>

export const dynamicParams = true

/** How many other services the page lists as nearby. */
const OTHER_NEARBY = 5

export function generateStaticParams() {
  return publishedSlugs('services')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const service = await getServiceBySlug(slug, locale)
  if (!service) notFound()
  return pageMetadata({
    locale,
    path: paths.service(slug),
    title: service.title,
    description: service.summary,
  })
}

/** What the page shows beside the service itself: its procedures, map and surroundings. */
async function readAroundService(service: ServiceDoc, locale: string) {
  const locations = service.locations ?? []
  const [settings, procedures, map, nearby, stops] = await Promise.all([
    getSiteSettings(locale),
    listProceduresAtService(service.id, locale),
    getMapSettings(),
    locations.length > 0
      ? nearbyServiceLocations(locations[0].point, OTHER_NEARBY, { excludeServiceId: service.id })
      : [],
    // Refreshed by each timetable import (it revalidates the service pages).
    locations.length > 0 ? stopsNear(locations[0].point, locale) : null,
  ])
  return { settings, procedures, map, nearby, stops }
}

export default async function ServicePage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale)
  const service = await getServiceBySlug(slug, locale)
  if (!service) notFound()
  const locations = service.locations ?? []
  const { settings, procedures, map, nearby, stops } = await readAroundService(service, locale)
  const path = paths.service(slug)
  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: t.services.title, path: paths.services() },
        { label: service.title, path },
      ]}
    >
      <JsonLd
        data={serviceJsonLd(service, {
          url: `${readServerUrl()}${localePath(locale, path)}`,
          cityName: settings.cityName,
        })}
      />
      <h1>{service.title}</h1>
      <SaveToApp
        url={localePath(locale, path)}
        title={service.title}
        kind="service"
        locale={locale}
        t={appClientMessages(locale)}
      />
      <AffectingAlerts
        locale={locale}
        alerts={await getAlertsAffecting('services', service.id, locale)}
        messages={t.alerts}
      />
      <StatusNotice
        status={service.status}
        label={t.services.status[service.status.state]}
        dates={noticeDatesParts(service.status, locale, t.services.noticeDates)}
      />
      <p className="lead">{service.summary}</p>
      <RichTextBody data={service.body} locale={locale} />
      {locations.length > 0 && (
        <ServiceLocations locations={locations} map={map} locale={locale} t={t} />
      )}
      <OtherServicesNearby nearby={nearby} locale={locale} t={t} />
      <StopsNearService stops={stops} locale={locale} t={t} />
      <ProceduresHere procedures={procedures} locale={locale} t={t} />
      <DepartmentContact
        department={service.department}
        heading={t.services.department}
        messages={t}
      />
      <TopicLinks locale={locale} topics={service.topics} heading={t.services.topics} />
    </PageShell>
  )
}
