// The agenda's Local API reads, each selecting only the fields it uses.
import type { Payload, Where } from 'payload'

import type { Config } from '@/payload-types'

import type { IndexableEvent } from './occurrenceIndex'
import type { AgendaEvent } from './types'

export type EventReadAccess =
  | { overrideAccess: false; draft?: false }
  | { overrideAccess: false; draft: true; user: Config['user'] }

export const EVENT_POPULATE = {
  topics: { title: true, slug: true },
  services: { title: true, slug: true, locations: true },
  departments: { title: true },
} as const

const TIMING_SELECT = {
  startsAt: true,
  endsAt: true,
  allDay: true,
  timezone: true,
  recurrence: {
    frequency: true,
    interval: true,
    weekdays: true,
    monthlyBy: true,
    ends: true,
    until: true,
    count: true,
    exceptions: true,
  },
} as const

/** What the occurrence index is built from: no texts but the title, topics as slugs. */
const INDEX_SELECT = {
  ...TIMING_SELECT,
  title: true,
  topics: true,
  price: { isFree: true },
  accessibility: { wheelchair: true, signLanguage: true, hearingLoop: true },
} as const

/** Everything lists, feeds and the event's .ics show; not the body, never internal notes. */
const DETAILS_SELECT = {
  ...TIMING_SELECT,
  title: true,
  slug: true,
  summary: true,
  eventStatus: true,
  previousStartsAt: true,
  venue: true,
  price: true,
  registrationUrl: true,
  organiser: true,
  accessibility: true,
  audience: true,
  topics: true,
  updatedAt: true,
  createdAt: true,
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

interface ReadOptions {
  locale: string
  access: EventReadAccess
  /** Only events that may still take place after this. */
  since?: Date
  where?: Where
}

function whereOf({ since, where }: ReadOptions): Where | undefined {
  const parts = [since && stillRelevantSince(since), where].filter((part): part is Where =>
    Boolean(part),
  )
  return parts.length > 1 ? { and: parts } : parts[0]
}

/** The events the occurrence index is built from, topics as `{ id, slug }`. */
export async function readIndexableEvents(
  payload: Payload,
  options: ReadOptions,
): Promise<IndexableEvent[]> {
  const locale = options.locale as Config['locale']
  const [{ docs }, topics] = await Promise.all([
    payload.find({
      collection: 'events',
      where: whereOf(options),
      sort: 'startsAt',
      depth: 0,
      pagination: false,
      select: INDEX_SELECT,
      locale,
      ...options.access,
    }),
    // A handful of topics: one small read instead of a join per event.
    payload.find({
      collection: 'topics',
      depth: 0,
      pagination: false,
      select: { slug: true },
      locale,
      overrideAccess: false,
    }),
  ])
  const slugs = new Map(topics.docs.map((topic) => [topic.id, topic.slug]))
  return docs.map((event) => ({
    ...event,
    topics: (event.topics ?? []).flatMap((topic) => {
      const id = typeof topic === 'object' ? topic.id : topic
      const slug = slugs.get(id)
      return slug ? [{ id, slug }] : []
    }),
  }))
}

/** Events with what lists and feeds show; topics and the venue's service populated. */
export async function readAgendaEvents(
  payload: Payload,
  options: ReadOptions,
): Promise<AgendaEvent[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where: whereOf(options),
    sort: 'startsAt',
    depth: 1,
    pagination: false,
    select: DETAILS_SELECT,
    populate: EVENT_POPULATE,
    locale: options.locale as Config['locale'],
    ...options.access,
  })
  return docs as AgendaEvent[]
}
