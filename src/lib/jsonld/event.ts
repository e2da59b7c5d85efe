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

/** The occurrence's dates, or the event's own when it has no occurrence. */
function eventDates(event: AgendaEvent, occurrence: Occurrence | null) {
  if (!occurrence) return { startDate: event.startsAt, endDate: event.endsAt }
  if (occurrence.allDay) return { startDate: occurrence.startDay, endDate: occurrence.endDay }
  return {
    startDate: occurrence.start.toISOString(),
    endDate:
      occurrence.end.getTime() !== occurrence.start.getTime()
        ? occurrence.end.toISOString()
        : undefined,
  }
}

function eventPlace(venue: EventVenue | null, cityName: string): JsonLdNode {
  return compact({
    '@type': 'Place',
    name: venue?.name ?? cityName,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: venue?.address,
      addressLocality: cityName,
    }),
    geo: venue?.point
      ? { '@type': 'GeoCoordinates', latitude: venue.point[1], longitude: venue.point[0] }
      : undefined,
  })
}

function eventOffer(event: AgendaEvent, url: string): JsonLdNode | undefined {
  const price = event.price
  if (price?.isFree || typeof price?.amount !== 'number') return undefined
  return compact({
    '@type': 'Offer',
    price: price.amount,
    priceCurrency: price.currency || 'EUR',
    url: event.registrationUrl || url,
    description: price.details,
  })
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
  const { startDate, endDate } = eventDates(event, context.occurrence)
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
    isAccessibleForFree: event.price?.isFree ? true : undefined,
    location: eventPlace(context.venue, context.cityName),
    offers: eventOffer(event, context.url),
    organizer: event.organiser?.name
      ? compact({ '@type': 'Organization', name: event.organiser.name, url: event.organiser.url })
      : undefined,
  })
}
