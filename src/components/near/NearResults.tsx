import { FocusOnArrival } from '@/components/FocusOnArrival'
import { NearbyList } from '@/components/NearbyList'
import { NearMap } from '@/components/NearMap'
import { NearbyStops } from '@/components/transit/NearbyStops'
import { localePath, paths } from '@/lib/content/paths'
import type { NearbyResult } from '@/lib/geo/findNearby'
import type { MapSettings } from '@/lib/geo/read'
import { inLocale } from '@/lib/geo/serviceLocations'
import type { StartingPoint } from '@/lib/geo/startingPoint'
import type { Messages } from '@/lib/i18n/messages'
import { NEARBY_STOPS_MAX_METRES, type NearbyStop } from '@/lib/transit/stopIndex'

function resultsHeading(start: StartingPoint, t: Messages['near']): string {
  if (start.kind === 'position') return t.resultsFromPosition
  if (start.kind === 'district') return t.resultsFromDistrict(start.district.name)
  return t.resultsFromPostcode(start.postcode, start.district.name)
}

/** The services nearest the starting point: the list (primary), then the map repeating it. */
export function NearResults({
  start,
  results,
  map,
  locale,
  messages,
}: {
  start: StartingPoint
  results: NearbyResult[]
  map: MapSettings
  locale: string
  messages: Messages
}) {
  const t = messages.near
  return (
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
  )
}

/** The public transport stops nearest the starting point. */
export function NearStops({
  stops,
  locale,
  messages,
}: {
  stops: NearbyStop[]
  locale: string
  messages: Messages
}) {
  return (
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
  )
}
