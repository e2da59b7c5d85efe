import type { Messages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

import { OpeningHours } from './OpeningHours'
import { telHref } from './telHref'

type Location = NonNullable<Service['locations']>[number]

function mapHref([longitude, latitude]: [number, number]): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`
}

/** One place where a service is offered: address, hours, contact and access. */
export function ServiceLocation({
  location,
  locale,
  messages,
  headingId,
}: {
  location: Location
  locale: string
  messages: Messages
  headingId: string
}) {
  const t = messages.services
  const { address, accessibility } = location
  const wheelchair = accessibility?.wheelchair ?? 'unknown'
  return (
    <section className="location" aria-labelledby={headingId}>
      <h3 id={headingId}>{location.name}</h3>
      <dl className="facts">
        <div>
          <dt>{messages.shell.address}</dt>
          <dd>
            {address.street}
            {(address.postalCode || address.locality) && (
              <>
                <br />
                {[address.postalCode, address.locality].filter(Boolean).join(' ')}
              </>
            )}
            {address.district && (
              <>
                <br />
                {address.district}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.openingHours}</dt>
          <dd>
            {location.openingHours ? (
              <OpeningHours value={location.openingHours} locale={locale} labels={messages.hours} />
            ) : (
              t.noOpeningHours
            )}
          </dd>
        </div>
        {location.phone && (
          <div>
            <dt>{t.phone}</dt>
            <dd>
              <a href={telHref(location.phone)}>{location.phone}</a>
            </dd>
          </div>
        )}
        {location.email && (
          <div>
            <dt>{t.email}</dt>
            <dd>
              <a href={`mailto:${location.email}`}>{location.email}</a>
            </dd>
          </div>
        )}
        {location.website && (
          <div>
            <dt>{t.website}</dt>
            <dd>
              <a href={location.website}>{location.website.replace(/^https?:\/\//, '')}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.accessibility}</dt>
          <dd>
            {t.wheelchair[wheelchair]}
            {accessibility?.notes && <p className="facts__note">{accessibility.notes}</p>}
          </dd>
        </div>
      </dl>
      <p>
        <a href={mapHref(location.point)}>{t.viewOnMap(location.name)}</a>
      </p>
    </section>
  )
}
