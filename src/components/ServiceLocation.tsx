import type { Messages } from '@/lib/i18n/messages'
import type { Service } from '@/payload-types'

import { Fact } from './Fact'
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
        <Fact label={messages.shell.address}>
          <AddressLines address={address} />
        </Fact>
        <Fact label={t.openingHours}>
          {location.openingHours ? (
            <OpeningHours value={location.openingHours} locale={locale} labels={messages.hours} />
          ) : (
            t.noOpeningHours
          )}
        </Fact>
        <ContactFacts location={location} t={t} />
        <Fact label={t.accessibility}>
          {t.wheelchair[wheelchair]}
          {accessibility?.notes && <p className="facts__note">{accessibility.notes}</p>}
        </Fact>
      </dl>
      <p>
        <a href={mapHref(location.point)}>{t.viewOnMap(location.name)}</a>
      </p>
    </section>
  )
}

/** Street, then postcode and locality, then district, each on its own line. */
function AddressLines({ address }: { address: Location['address'] }) {
  return (
    <>
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
    </>
  )
}

/** Phone, email and website, each where the place has one. */
function ContactFacts({ location, t }: { location: Location; t: Messages['services'] }) {
  return (
    <>
      {location.phone && (
        <Fact label={t.phone}>
          <a href={telHref(location.phone)}>{location.phone}</a>
        </Fact>
      )}
      {location.email && (
        <Fact label={t.email}>
          <a href={`mailto:${location.email}`}>{location.email}</a>
        </Fact>
      )}
      {location.website && (
        <Fact label={t.website}>
          <a href={location.website}>{location.website.replace(/^https?:\/\//, '')}</a>
        </Fact>
      )}
    </>
  )
}
