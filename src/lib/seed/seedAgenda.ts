// Events and alerts: dated content, placed relative to the moment of seeding so that a fresh
// demo always has upcoming events, a current alert and an expired one.
import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'
import type { Event } from '@/payload-types'

import { alerts } from './data/alerts'
import { events, type EventSeed, type EventVenueSeed } from './data/events'
import type { SeedLocale } from './localized'
import { dayFromNow, resolveInstant, type Clock } from './relativeTime'
import { idOf, idsOf, seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

function venue(seed: EventVenueSeed, services: IdsBySlug, locale: SeedLocale): Event['venue'] {
  if ('service' in seed) return { service: idOf(services, seed.service, 'service') }
  return { name: seed.name[locale], address: seed.address, point: seed.lngLat }
}

/** Days from today to the first Sunday of this month in the city (zero or negative). */
function daysToFirstSunday({ now, timeZone }: Clock): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone })
    .format(now)
    .split('-')
    .map(Number)
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay() // 0 = Sunday
  const firstSunday = 1 + ((7 - firstWeekday) % 7)
  return firstSunday - day
}

/** The event's dates, recurrence and status, resolved against the seeding clock. */
function schedule(event: EventSeed, clock: Clock) {
  const shift = event.startsOnFirstSunday ? daysToFirstSunday(clock) - event.starts.days : 0
  const at = (instant: EventSeed['starts']) =>
    resolveInstant({ days: instant.days + shift, at: instant.at }, clock)
  const recurrence: Event['recurrence'] = event.recurrence
    ? {
        frequency: event.recurrence.frequency,
        monthlyBy: event.recurrence.byWeekdayOfMonth ? 'weekdayOfMonth' : 'dayOfMonth',
        ends: 'never',
        exceptions: (event.recurrence.skipDays ?? []).map((days) => ({
          date: dayFromNow(days, clock),
        })),
      }
    : { frequency: 'none' }
  return {
    startsAt: at(event.starts),
    endsAt: event.ends && at(event.ends),
    allDay: event.allDay ?? false,
    eventStatus: event.status ?? ('EventScheduled' as const),
    previousStartsAt: event.previousStarts && at(event.previousStarts),
    recurrence,
  }
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
      ...schedule(event, run.clock),
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
