// How the public site reads events. The agenda's "now" moves on its own, so pages compute
// occurrences per request from one cached list of published events (tag: TAGS.agendaEvents,
// refreshed on publish and at least every few minutes); draft mode reads live.
import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { readAgendaEvents } from '@/lib/agenda/readEvents'
import { TAGS } from '@/lib/revalidation/tags'

import { contentLocale, getPayloadClient, publicRead, readAccess } from './payload'

/** Feeds keep recent events a month, so subscribers' calendars do not empty at once. */
const KEEP_PAST_MS = 31 * 24 * 60 * 60 * 1000
/** The safety net behind on-demand revalidation (seconds). */
export const AGENDA_REVALIDATE_SECONDS = 300

const since = () => new Date(Date.now() - KEEP_PAST_MS)

/** Published events only: what anonymous readers, feeds and subscribers get. */
export const publishedAgendaEvents = unstable_cache(
  async (locale: string) =>
    readAgendaEvents(await getPayloadClient(), {
      locale,
      since: since(),
      access: { overrideAccess: false },
    }),
  ['agenda-events'],
  { tags: [TAGS.agendaEvents], revalidate: AGENDA_REVALIDATE_SECONDS },
)

/** The events a page shows: the cached published list, or live drafts in draft mode. */
export const listAgendaEvents = cache(async (locale: string) => {
  const access = await readAccess()
  if (!access.draft) return publishedAgendaEvents(locale)
  return readAgendaEvents(await getPayloadClient(), { locale, since: since(), access })
})

export const getEventBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      topics: { title: true, slug: true },
      services: { title: true, slug: true, locations: true },
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
    collection: 'events',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate: {
      topics: { title: true, slug: true },
      services: { title: true, slug: true, locations: true },
    },
    locale: contentLocale(locale),
    overrideAccess: false,
  })
  return docs[0] ?? null
}
