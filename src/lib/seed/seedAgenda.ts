// Events and alerts: dated content, placed relative to the moment of seeding so that a fresh
// demo always has upcoming events, a current alert and an expired one.
import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'
import type { Event } from '@/payload-types'

import { alerts } from './data/alerts'
import { events, type EventVenueSeed } from './data/events'
import type { SeedLocale } from './localized'
import { resolveInstant } from './relativeTime'
import { idOf, idsOf, seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

function venue(seed: EventVenueSeed, services: IdsBySlug, locale: SeedLocale): Event['venue'] {
  if ('service' in seed) return { service: idOf(services, seed.service, 'service') }
  return { name: seed.name[locale], address: seed.address, point: seed.lngLat }
}

export function seedEvents(
  run: SeedRun,
  refs: { topics: IdsBySlug; services: IdsBySlug },
): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'events',
    items: events,
    titleField: 'title',
    english: (event) => ({
      title: event.title.en,
      summary: event.summary.en,
      body: paragraphsToLexical(event.body.en),
      startsAt: resolveInstant(event.starts, run.clock),
      endsAt: event.ends && resolveInstant(event.ends, run.clock),
      allDay: event.allDay ?? false,
      eventStatus: 'EventScheduled' as const,
      recurrence: { frequency: 'none' as const },
      venue: venue(event.venue, refs.services, 'en'),
      topics: idsOf(refs.topics, event.topics, 'topic'),
    }),
    spanish: (event) => ({
      title: event.title.es,
      summary: event.summary.es,
      body: paragraphsToLexical(event.body.es),
      venue: venue(event.venue, refs.services, 'es'),
    }),
  })
}

export function seedAlerts(
  run: SeedRun,
  refs: { services: IdsBySlug; procedures: IdsBySlug },
): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'alerts',
    items: alerts,
    titleField: 'headline',
    english: (alert) => ({
      headline: alert.headline.en,
      description: alert.description.en,
      instruction: alert.instruction.en,
      area: {
        description: alert.areaDescription.en,
        polygon: alert.polygon,
        circle: alert.circle,
      },
      affects: {
        services: idsOf(refs.services, alert.services ?? [], 'service'),
        procedures: idsOf(refs.procedures, alert.procedures ?? [], 'procedure'),
      },
      web: alert.web,
      eventType: alert.eventType.en,
      severity: alert.severity,
      urgency: alert.urgency,
      certainty: alert.certainty,
      categories: alert.categories,
      status: alert.status,
      onset: resolveInstant(alert.onset, run.clock),
      expires: resolveInstant(alert.expires, run.clock),
    }),
    spanish: (alert) => ({
      headline: alert.headline.es,
      description: alert.description.es,
      instruction: alert.instruction.es,
      area: {
        description: alert.areaDescription.es,
        polygon: alert.polygon,
        circle: alert.circle,
      },
      eventType: alert.eventType.es,
    }),
  })
}
