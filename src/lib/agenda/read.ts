// The agenda's "now" moves on its own, so pages compute occurrences per request from a cached
// slim index of published events; draft mode reads live.
import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import {
  agendaSlice,
  buildAgenda,
  buildAgendaPage,
  eventIdsOf,
  withEvents,
  withEventsPage,
  type AgendaItem,
  type AgendaPage,
} from '@/lib/agenda/agenda'
import { buildOccurrenceIndex, type OccurrenceIndex } from '@/lib/agenda/occurrenceIndex'
import type { AgendaQuery } from '@/lib/agenda/query'
import { AGENDA_INDEX_AHEAD_MS, AGENDA_KEEP_PAST_MS } from '@/lib/agenda/ranges'
import { readAgendaEvents, readIndexableEvents } from '@/lib/agenda/readEvents'
import type { AgendaEvent } from '@/lib/agenda/types'
import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'
import { TAGS } from '@/lib/revalidation/tags'

import { contentLocale, getPayloadClient, publicRead, readAccess } from '@/lib/content/payload'

/** The safety net behind on-demand revalidation (seconds). */
export const AGENDA_REVALIDATE_SECONDS = 300

const PUBLIC = { overrideAccess: false } as const
const since = () => new Date(Date.now() - AGENDA_KEEP_PAST_MS)
const cached = { tags: [TAGS.agendaEvents], revalidate: AGENDA_REVALIDATE_SECONDS }

/**
 * Published events as the slim occurrence index: ids, titles, filter flags and a year of
 * occurrence starts (about 300 bytes an event, far below Next's 2 MB cache-entry limit).
 */
export const publishedAgendaIndex = unstable_cache(
  async (locale: string, cityTimeZone: string): Promise<OccurrenceIndex> => {
    // Lists start at "now" at the earliest, so the index needs nothing before it was built.
    const now = Date.now()
    const from = new Date(now)
    const events = await readIndexableEvents(await getPayloadClient(), {
      locale,
      since: from,
      access: PUBLIC,
    })
    return buildOccurrenceIndex(events, {
      from,
      until: new Date(now + AGENDA_INDEX_AHEAD_MS),
      cityTimeZone,
    })
  },
  ['agenda-index'],
  cached,
)

/** Published events by id with what lists and feeds show: one small entry per page. */
const publishedEventsById = unstable_cache(
  async (locale: string, ids: AgendaEvent['id'][]): Promise<AgendaEvent[]> =>
    readAgendaEvents(await getPayloadClient(), {
      locale,
      access: PUBLIC,
      where: { id: { in: ids } },
    }),
  ['agenda-events-by-id'],
  cached,
)

// A publish just before the database goes down would leave nothing to serve, so the last index
// and details read are kept.
const keptIndexes = lastGood<OccurrenceIndex>({
  maxEntries: 20,
  onFallback: fallbackLogger('agenda index'),
})
const keptEvents = lastGood<AgendaEvent[]>({ onFallback: fallbackLogger('agenda events') })

const indexOf = (locale: string, cityTimeZone: string) =>
  keptIndexes.read(`${locale}|${cityTimeZone}`, () => publishedAgendaIndex(locale, cityTimeZone))

const eventsOf = (locale: string, ids: AgendaEvent['id'][]) =>
  ids.length > 0
    ? keptEvents.read(`${locale}|${ids.join(',')}`, () => publishedEventsById(locale, ids))
    : Promise.resolve([])

/**
 * Changes whenever the published agenda may have: invalidated with the index (same tag and
 * revalidate), so feeds built from it can be reused until then.
 */
export const publishedAgendaVersion = unstable_cache(
  async (_locale: string): Promise<number> => Date.now(),
  ['agenda-version'],
  cached,
)

/** One page of the agenda: from the cached index, or from live drafts in draft mode. */
export async function agendaPage(
  locale: string,
  query: AgendaQuery,
  { timeZone, pageSize }: { timeZone: string; pageSize?: number },
): Promise<AgendaPage> {
  const now = new Date()
  const access = await readAccess()
  if (access.draft) {
    const events = await readAgendaEvents(await getPayloadClient(), {
      locale,
      since: since(),
      access,
    })
    return buildAgenda(events, query, { now, timeZone, pageSize })
  }
  const index = await indexOf(locale, timeZone)
  const page = buildAgendaPage(index, query, { now, pageSize })
  return withEventsPage(page, await eventsOf(locale, eventIdsOf(page.days)))
}

/** The next `limit` upcoming published occurrences (RSS). */
export async function upcomingPublishedOccurrences(
  locale: string,
  timeZone: string,
  limit: number,
): Promise<AgendaItem[]> {
  const index = await indexOf(locale, timeZone)
  const upcoming = { when: 'upcoming', free: false, accessible: false, page: 1 } as const
  const { items } = agendaSlice(index, upcoming, { now: new Date(), limit })
  return withEvents(items, await eventsOf(locale, eventIdsOf(items)))
}

/** Published events of a calendar feed (all, or one topic's), read whole: not cached here. */
export async function publishedCalendarEvents(
  locale: string,
  topicId?: number,
): Promise<AgendaEvent[]> {
  return readAgendaEvents(await getPayloadClient(), {
    locale,
    since: since(),
    access: PUBLIC,
    where: topicId === undefined ? undefined : { topics: { in: [topicId] } },
  })
}

/** One event by its slug, with what its page and its .ics both show of its links. */
const eventBySlug = (slug: string) => ({
  collection: 'events' as const,
  where: { slug: { equals: slug } },
  limit: 1,
  depth: 1,
})
const EVENT_LINKS = {
  topics: { title: true, slug: true },
  services: { title: true, slug: true, locations: true },
} as const

export const getEventBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...eventBySlug(slug),
    populate: {
      ...EVENT_LINKS,
      departments: { title: true },
      procedures: { slug: true },
      pages: { slug: true },
    },
    ...(await publicRead(locale)),
    pagination: true,
  })
  const event = docs[0]
  if (!event) return null
  const { internalNotes: _notes, ...rest } = event
  return rest
})

/** A published event by slug for its .ics: never drafts, whatever the reader's cookies. */
export async function publishedEventBySlug(slug: string, locale: string) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    ...eventBySlug(slug),
    populate: EVENT_LINKS,
    locale: contentLocale(locale),
    overrideAccess: false,
  })
  return docs[0] ?? null
}
