// schema.org Event for an event page: the next (or only) occurrence, its place, status,
// offers when priced, and the earlier start of a rescheduled event.
import type { Occurrence } from '@/lib/agenda/occurrences'
import type { AgendaEvent } from '@/lib/agenda/types'
import type { EventVenue } from '@/lib/agenda/venue'

import type { JsonLdNode } from './types'

function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  )
}

export function eventJsonLd(
  event: AgendaEvent,
  context: {
    url: string
    occurrence: Occurrence | null
    venue: EventVenue | null
    cityName: string
  },
): JsonLdNode {
  const { occurrence, venue } = context
  const startDate = occurrence
    ? occurrence.allDay
      ? occurrence.startDay
      : occurrence.start.toISOString()
    : event.startsAt
  const endDate = occurrence
    ? occurrence.allDay
      ? occurrence.endDay
      : occurrence.end.getTime() !== occurrence.start.getTime()
        ? occurrence.end.toISOString()
        : undefined
    : event.endsAt
  const price = event.price
  const priced = !price?.isFree && typeof price?.amount === 'number'
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: context.url,
    startDate,
    endDate,
    eventStatus: `https://schema.org/${event.eventStatus}`,
    previousStartDate:
      event.eventStatus === 'EventRescheduled' ? (event.previousStartsAt ?? undefined) : undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    isAccessibleForFree: price?.isFree ? true : undefined,
    location: compact({
      '@type': 'Place',
      name: venue?.name ?? context.cityName,
      address: compact({
        '@type': 'PostalAddress',
        streetAddress: venue?.address,
        addressLocality: context.cityName,
      }),
      geo: venue?.point
        ? { '@type': 'GeoCoordinates', latitude: venue.point[1], longitude: venue.point[0] }
        : undefined,
    }),
    offers: priced
      ? compact({
          '@type': 'Offer',
          price: price!.amount,
          priceCurrency: price!.currency || 'EUR',
          url: event.registrationUrl || context.url,
          description: price!.details,
        })
      : undefined,
    organizer: event.organiser?.name
      ? compact({ '@type': 'Organization', name: event.organiser.name, url: event.organiser.url })
      : undefined,
  })
}
