import type { Metadata } from 'next'

import { FocusOnArrival } from '@/components/FocusOnArrival'
import { NearbyList } from '@/components/NearbyList'
import { NearMap } from '@/components/NearMap'
import { PageShell } from '@/components/PageShell'
import { UseMyLocation } from '@/components/UseMyLocation'
import { NearbyStops } from '@/components/transit/NearbyStops'
import { getMapSettings, listDistricts, nearbyServiceLocations } from '@/lib/geo/read'
import { localePath, paths } from '@/lib/content/paths'
import { listTopics } from '@/lib/topics/read'
import { inLocale } from '@/lib/geo/serviceLocations'
import { resolveStartingPoint, type StartingPoint } from '@/lib/geo/startingPoint'
import { getMessages, type Messages } from '@/lib/i18n/messages'
import { NEARBY_STOPS_MAX_METRES } from '@/lib/transit/stopIndex'
import { stopsNear } from '@/lib/transit/read'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const RESULTS = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).near
  return pageMetadata({
    locale,
    path: paths.servicesNear(),
    title: t.title,
    description: t.description,
  })
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function resultsHeading(start: StartingPoint, t: Messages['near']): string {
  if (start.kind === 'position') return t.resultsFromPosition
  if (start.kind === 'district') return t.resultsFromDistrict(start.district.name)
  return t.resultsFromPostcode(start.postcode, start.district.name)
}

export default async function ServicesNearPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params)
  const messages = getMessages(locale)
  const t = messages.near
  const query = await searchParams
  const [districts, topics, map] = await Promise.all([
    listDistricts(locale),
    listTopics(locale),
    getMapSettings(),
  ])
  const topic = topics.find((item) => item.slug === one(query.topic))?.slug
  const openNow = one(query.openNow) === 'true'
  const accessible = one(query.accessible) === 'true'
  const resolved = resolveStartingPoint(
    {
      lat: one(query.lat),
      lng: one(query.lng),
      district: one(query.district),
      postcode: one(query.postcode),
    },
    districts,
  )
  const start = resolved.ok ? resolved.start : null
  const [results, stops] = start
    ? await Promise.all([
        nearbyServiceLocations(start.point, RESULTS, { topic, openNow, accessible }),
        stopsNear(start.point, locale),
      ])
    : [[], null]
  const action = localePath(locale, paths.servicesNear())
  // Sent to the results heading: see FocusOnArrival.
  const resultsAction = `${action}#results-heading`
  const filters: Record<string, string> = {
    ...(topic ? { topic } : {}),
    ...(openNow ? { openNow: 'true' } : {}),
    ...(accessible ? { accessible: 'true' } : {}),
  }
  const examples = districts
    .flatMap((district) => district.postalCodes)
    .slice(0, 2)
    .join(', ')
  return (
    <PageShell
      locale={locale}
      path={paths.servicesNear()}
      crumbs={[
        { label: messages.services.title, path: paths.services() },
        { label: t.title, path: paths.servicesNear() },
      ]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {!resolved.ok && (
        <div className="near-error" role="alert">
          <p>
            <a href="#postcode">{t.unknownPostcode(resolved.postcode)}</a>
          </p>
        </div>
      )}
      <UseMyLocation
        action={action}
        filters={filters}
        labels={{
          useMyLocation: t.useMyLocation,
          locating: t.locating,
          locationDenied: t.locationDenied,
          locationUnavailable: t.locationUnavailable,
        }}
      />
      <form className="near-form" method="get" action={resultsAction}>
        <fieldset>
          <legend>{t.chooseStart}</legend>
          <div className="near-form__field">
            <label htmlFor="district">{t.district}</label>
            <select
              id="district"
              name="district"
              defaultValue={start?.kind === 'district' ? start.district.slug : ''}
            >
              <option value="">{t.anyDistrict}</option>
              {districts.map((district) => (
                <option key={district.slug} value={district.slug}>
                  {district.name}
                </option>
              ))}
            </select>
          </div>
          <div className="near-form__field">
            <label htmlFor="postcode">{t.postcode}</label>
            <p className="near-form__hint" id="postcode-hint">
              {t.postcodeHint(examples)}
            </p>
            <input
              id="postcode"
              name="postcode"
              type="text"
              inputMode="numeric"
              autoComplete="postal-code"
              size={8}
              maxLength={10}
              aria-describedby="postcode-hint"
              aria-invalid={!resolved.ok || undefined}
              defaultValue={
                resolved.ok ? (start?.kind === 'postcode' ? start.postcode : '') : resolved.postcode
              }
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.filters}</legend>
          <div className="near-form__field">
            <label htmlFor="topic">{t.topic}</label>
            <select id="topic" name="topic" defaultValue={topic ?? ''}>
              <option value="">{t.anyTopic}</option>
              {topics.map((item) => (
                <option key={item.slug} value={item.slug}>
                  {item.title}
                </option>
              ))}
            </select>
          </div>
          <div className="near-form__check">
            <input
              id="openNow"
              name="openNow"
              type="checkbox"
              value="true"
              defaultChecked={openNow}
            />
            <label htmlFor="openNow">{t.openNow}</label>
          </div>
          <div className="near-form__check">
            <input
              id="accessible"
              name="accessible"
              type="checkbox"
              value="true"
              defaultChecked={accessible}
            />
            <label htmlFor="accessible">{t.accessible}</label>
          </div>
        </fieldset>
        {start?.kind === 'position' && (
          <>
            <input type="hidden" name="lat" value={start.point[1]} />
            <input type="hidden" name="lng" value={start.point[0]} />
          </>
        )}
        <button type="submit" className="button">
          {t.search}
        </button>
      </form>
      {start && (
        <section id="results" aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1}>
            {resultsHeading(start, t)}
          </h2>
          <FocusOnArrival id="results-heading" />
          <p role="status">{t.found(results.length)}</p>
          {results.length === 0 ? (
            <p>{t.noResults}</p>
          ) : (
            <NearbyList results={results} locale={locale} messages={messages} />
          )}
          {results.length > 0 && (
            <section aria-labelledby="map-heading">
              <h2 id="map-heading">{t.map}</h2>
              <p className="muted">{t.mapHint}</p>
              <NearMap
                label={t.map}
                controls={{
                  zoomIn: t.mapZoomIn,
                  zoomOut: t.mapZoomOut,
                  closePopup: t.mapClosePopup,
                }}
                tileUrl={map.tileUrl}
                attribution={map.attribution}
                maxZoom={map.maxZoom}
                origin={{ lat: start.point[1], lng: start.point[0], label: t.yourPosition }}
                markers={results.map(({ entry, distanceMetres }, index) => ({
                  number: index + 1,
                  // The service, where, and how far: what the list says of it first.
                  label: `${inLocale(entry.title, locale)} – ${inLocale(entry.name, locale)}, ${t.distance(distanceMetres)}`,
                  href: localePath(locale, paths.service(entry.slug)),
                  lat: entry.point[1],
                  lng: entry.point[0],
                }))}
              />
            </section>
          )}
        </section>
      )}
      {start && stops && (
        <section id="stops" aria-labelledby="stops-heading">
          <h2 id="stops-heading">{messages.transit.nearbyStops}</h2>
          {stops.length === 0 ? (
            <p>
              {messages.transit.noNearbyStops(
                `${(NEARBY_STOPS_MAX_METRES / 1000).toLocaleString(locale)} km`,
              )}
            </p>
          ) : (
            <NearbyStops stops={stops} locale={locale} messages={messages} />
          )}
        </section>
      )}
    </PageShell>
  )
}
