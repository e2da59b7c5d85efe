// Where an event takes place. Map links go to OpenStreetMap as links, never embeds: no
// third-party request unless the reader follows one.
import type { Service } from '@/payload-types'

import type { AgendaEvent } from './types'

export interface EventVenue {
  name: string | null
  address: string | null
  /** [longitude, latitude] */
  point: [number, number] | null
  /** The directory service's slug, when the venue is one. */
  serviceSlug: string | null
}

function serviceAddress(location: NonNullable<Service['locations']>[number]): string {
  const { street, postalCode, locality } = location.address
  return [street, [postalCode, locality].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

export function eventVenue(event: Pick<AgendaEvent, 'venue'>): EventVenue | null {
  const venue = event.venue
  if (!venue) return null
  const service = typeof venue.service === 'object' && venue.service ? venue.service : null
  const location = service?.locations?.[0]
  const name = venue.name || location?.name || service?.title || null
  const address = venue.address || (location ? serviceAddress(location) : null)
  const point = venue.point ?? location?.point ?? null
  if (!name && !address && !point && !service) return null
  return { name, address, point, serviceSlug: service?.slug ?? null }
}

/** A link to the place on openstreetmap.org, by coordinates or else by address search. */
export function mapLink(venue: EventVenue): string | null {
  if (venue.point) {
    const [lon, lat] = venue.point
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`
  }
  if (venue.address) {
    return `https://www.openstreetmap.org/search?query=${encodeURIComponent(venue.address)}`
  }
  return null
}

/** One line for calendars and feeds: "Central Library, Calle Mayor 1, 46001 Villamar". */
export function venueLine(venue: EventVenue | null): string | null {
  if (!venue) return null
  return [venue.name, venue.address].filter(Boolean).join(', ') || null
}
