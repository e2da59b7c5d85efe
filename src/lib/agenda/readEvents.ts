// The one Local API query behind the agenda, its feeds and the bench: events that may
// still have an occurrence after `since`, with topics, venue service and department
// populated just enough for lists, pages and feeds.
import type { Payload, Where } from 'payload'

import type { Config } from '@/payload-types'

import type { AgendaEvent } from './types'

export type EventReadAccess =
  | { overrideAccess: false; draft?: false }
  | { overrideAccess: false; draft: true; user: Config['user'] }

export const EVENT_POPULATE = {
  topics: { title: true, slug: true },
  services: { title: true, slug: true, locations: true },
  departments: { title: true },
} as const

/** Repeating events, and single ones that end (or start) after `since`. */
export function stillRelevantSince(since: Date): Where {
  const at = since.toISOString()
  return {
    or: [
      { 'recurrence.frequency': { not_equals: 'none' } },
      { endsAt: { greater_than_equal: at } },
      { startsAt: { greater_than_equal: at } },
    ],
  }
}

export async function readAgendaEvents(
  payload: Payload,
  options: { locale: string; since: Date; access: EventReadAccess; where?: Where },
): Promise<AgendaEvent[]> {
  const where = options.where
    ? { and: [stillRelevantSince(options.since), options.where] }
    : stillRelevantSince(options.since)
  const { docs } = await payload.find({
    collection: 'events',
    where,
    sort: 'startsAt',
    depth: 1,
    pagination: false,
    populate: EVENT_POPULATE,
    locale: options.locale as Config['locale'],
    ...options.access,
  })
  // Editors' notes are never published; the agenda has no use for the body either.
  return docs.map(({ internalNotes: _notes, body: _body, ...event }) => event)
}
