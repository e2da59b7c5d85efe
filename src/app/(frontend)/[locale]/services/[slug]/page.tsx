import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContentList } from '@/components/ContentList'
import { DepartmentContact } from '@/components/DepartmentContact'
import { JsonLd } from '@/components/JsonLd'
import { AffectingAlerts } from '@/components/AffectingAlerts'
import { NearbyList } from '@/components/NearbyList'
import { NearMap } from '@/components/NearMap'
import { appClientMessages } from '@/components/app/appMessages'
import { SaveToApp } from '@/components/app/SaveToApp'
import { PageShell } from '@/components/PageShell'
import { RichTextBody } from '@/components/RichTextBody'
import { ServiceLocation } from '@/components/ServiceLocation'
import { StatusNotice } from '@/components/StatusNotice'
import { TopicLinks } from '@/components/TopicLinks'
import { NearbyStops } from '@/components/transit/NearbyStops'
import { readServerUrl } from '@/lib/config/env'
import { getAlertsAffecting } from '@/lib/alerts/read'
import { getMapSettings, nearbyServiceLocations } from '@/lib/geo/read'
import { publishedSlugs } from '@/lib/content/payload'
import { localePath, paths } from '@/lib/content/paths'
import { listProceduresAtService } from '@/lib/procedures/read'
import { getServiceBySlug } from '@/lib/services/read'
import { getSiteSettings } from '@/lib/content/read'
import { getMessages } from '@/lib/i18n/messages'
import { serviceJsonLd } from '@/lib/jsonld/governmentService'
import { stopsNear } from '@/lib/transit/read'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

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

export default async function ServicePage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale)
  const service = await getServiceBySlug(slug, locale)
  if (!service) notFound()
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
  const collator = new Intl.Collator(locale)
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
      <StatusNotice status={service.status} label={t.services.status[service.status.state]} />
      <p className="lead">{service.summary}</p>
      <RichTextBody data={service.body} locale={locale} />
      {locations.length > 0 && (
        <section aria-labelledby="locations">
          <h2 id="locations">{t.services.locations}</h2>
          {locations.map((location, index) => (
            <ServiceLocation
              key={location.id ?? index}
              location={location}
              locale={locale}
              messages={t}
              headingId={`location-${index + 1}`}
            />
          ))}
          <NearMap
            className="service-map"
            label={t.near.locationsMap}
            controls={{
              zoomIn: t.near.mapZoomIn,
              zoomOut: t.near.mapZoomOut,
              closePopup: t.near.mapClosePopup,
            }}
            tileUrl={map.tileUrl}
            attribution={map.attribution}
            maxZoom={map.maxZoom}
            markers={locations.map((location, index) => ({
              number: index + 1,
              label: location.name,
              href: `#location-${index + 1}`,
              lat: location.point[1],
              lng: location.point[0],
            }))}
          />
        </section>
      )}
      {nearby.length > 0 && (
        <section aria-labelledby="other-nearby">
          <h2 id="other-nearby">{t.near.otherNearby}</h2>
          <NearbyList results={nearby} locale={locale} messages={t} showStatus={false} />
          <p>
            <a href={localePath(locale, paths.servicesNear())}>{t.near.findNearby}</a>
          </p>
        </section>
      )}
      {stops && stops.length > 0 && (
        <section aria-labelledby="stops-nearby">
          <h2 id="stops-nearby">{t.transit.nearbyStops}</h2>
          <NearbyStops stops={stops} locale={locale} messages={t} />
        </section>
      )}
      {procedures.length > 0 && (
        <section aria-labelledby="procedures-here">
          <h2 id="procedures-here">{t.services.proceduresHere}</h2>
          <ContentList
            items={procedures
              .toSorted((a, b) => collator.compare(a.title, b.title))
              .map((procedure) => ({
                href: localePath(locale, paths.procedure(procedure.slug)),
                title: procedure.title,
                summary: procedure.summary,
              }))}
          />
        </section>
      )}
      <DepartmentContact
        department={service.department}
        heading={t.services.department}
        messages={t}
      />
      <TopicLinks locale={locale} topics={service.topics} heading={t.services.topics} />
    </PageShell>
  )
}
