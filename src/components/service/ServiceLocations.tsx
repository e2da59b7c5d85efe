import type { MapSettings } from '@/lib/geo/read'
import type { Messages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

import { NearMap } from '../NearMap'
import { ServiceLocation } from '../ServiceLocation'

type Location = NonNullable<Service['locations']>[number]

/** Where the service is offered: each place in full, then the map numbered like the list. */
export function ServiceLocations({
  locations,
  map,
  locale,
  t,
}: {
  locations: Location[]
  map: MapSettings
  locale: string
  t: Messages
}) {
  return (
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
  )
}
