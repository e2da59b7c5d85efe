// Events and alerts: dated content, placed relative to the moment of seeding so that a fresh
// demo always has upcoming events, a current alert and an expired one.
import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'
import type { Event } from '@/payload-types'

import { alertsFor } from './data/alerts'
import { events, type EventSeed, type EventVenueSeed } from './data/events'
import type { SeedLocale } from './localized'
import { DEMO_CITY_LATITUDE } from './data/site'
import { scheduleAlert, scheduleEvent, seasonOf } from './seedDates'
import { idOf, idsOf, seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

function venue(seed: EventVenueSeed, services: IdsBySlug, locale: SeedLocale): Event['venue'] {
  if ('service' in seed) return { service: idOf(services, seed.service, 'service') }
  return { name: seed.name[locale], address: seed.address, point: seed.lngLat }
}

function details(event: EventSeed, locale: SeedLocale) {
  const price = event.price
  return {
    price: price
      ? 'free' in price
        ? { isFree: true }
        : { isFree: false, amount: price.amount, currency: 'EUR', details: price.details?.[locale] }
      : undefined,
    accessibility: event.accessibility && {
      wheelchair: event.accessibility.wheelchair ?? false,
      signLanguage: event.accessibility.signLanguage ?? false,
      hearingLoop: event.accessibility.hearingLoop ?? false,
      notes: event.accessibility.notes?.[locale],
    },
    organiser: event.organiser && { name: event.organiser[locale] },
  }
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
      ...scheduleEvent(event, run.clock),
      ...details(event, 'en'),
      registrationUrl: event.registrationUrl,
      venue: venue(event.venue, refs.services, 'en'),
      topics: idsOf(refs.topics, event.topics, 'topic'),
    }),
    spanish: (event) => ({
      title: event.title.es,
      summary: event.summary.es,
      body: paragraphsToLexical(event.body.es),
      venue: venue(event.venue, refs.services, 'es'),
      ...details(event, 'es'),
    }),
  })
}

export function seedAlerts(
  run: SeedRun,
  refs: { services: IdsBySlug; procedures: IdsBySlug },
): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'alerts',
    // The weather warning fits the season of the seed date (a cold wave in December).
    items: alertsFor(seasonOf(run.clock, DEMO_CITY_LATITUDE)),
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
      ...scheduleAlert(alert, run.clock),
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
