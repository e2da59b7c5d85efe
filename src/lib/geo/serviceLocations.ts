// Published service locations for the nearby index, read through the Local API only (no geo
// query) so every adapter behaves alike; one index per process serves every language.
import type OpeningHoursParser from 'opening_hours'
import type { Payload } from 'payload'

import { sharedPromises } from '@/lib/resilience/sharedPromises'
import { parseOpeningHours } from '@/lib/hours/openingStatus'
import type { NoticeTiming } from '@/lib/services/noticeDates'
import type { Service } from '@/payload-types'

import type { LngLat } from './distance'
import { buildNearbyIndex, type NearbyIndex } from './nearbyIndex'

type Wheelchair = NonNullable<
  NonNullable<NonNullable<Service['locations']>[number]['accessibility']>['wheelchair']
>
type PerLocale = Partial<Record<string, string | null>>

export interface ServiceLocationEntry {
  point: LngLat
  serviceId: number | string
  slug: string
  category: Service['category']
  topics: string[]
  title: PerLocale
  /** Position of the location in the service's list (a service may have several). */
  locationIndex: number
  name: PerLocale
  address: NonNullable<Service['locations']>[number]['address']
  openingHours: string | null
  /**
   * The service's "closed" notice with its days, if it has one: on those days it is never
   * "open now", whatever its hours (the index outlives a day, so the days are checked per request).
   */
  closure: NoticeTiming | null
  /** Parsed once at build time; evaluated for every request's "now". */
  hours: OpeningHoursParser | null
  wheelchair: Wheelchair
  accessibilityNotes: PerLocale
}

export type ServiceLocationIndex = NearbyIndex<ServiceLocationEntry>

/** The text in `locale`, else the first language that has one. */
export function inLocale(value: PerLocale | undefined, locale: string): string {
  if (!value) return ''
  return value[locale] || Object.values(value).find(Boolean) || ''
}

// With `locale: 'all'` localized fields come back as { en, es }; the generated types
// describe a single locale, hence this local shape.
type AllLocales<T> = { [K in keyof T]: T[K] | PerLocale }

export async function loadServiceLocations(payload: Payload): Promise<ServiceLocationEntry[]> {
  const [services, topics] = await Promise.all([
    payload.find({
      collection: 'services',
      locale: 'all',
      depth: 0,
      pagination: false,
      // Anonymous reads: the collection's access rule returns published documents only.
      overrideAccess: false,
      select: {
        title: true,
        slug: true,
        category: true,
        topics: true,
        locations: true,
        status: true,
      },
    }),
    payload.find({
      collection: 'topics',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      select: { slug: true },
    }),
  ])
  const topicSlugs = new Map(topics.docs.map((topic) => [topic.id, topic.slug]))
  return services.docs.flatMap((service) => {
    const topicIds = (service.topics ?? []).map((t) => (typeof t === 'object' ? t.id : t))
    return (service.locations ?? []).map((raw, locationIndex) => {
      const location = raw as unknown as AllLocales<typeof raw>
      const accessibility = raw.accessibility ?? {}
      const text = raw.openingHours ?? null
      return {
        point: [Number(raw.point[0]), Number(raw.point[1])] as LngLat,
        serviceId: service.id,
        slug: service.slug,
        category: service.category,
        topics: topicIds.flatMap((id) => topicSlugs.get(id) ?? []),
        title: service.title as unknown as PerLocale,
        locationIndex,
        name: location.name as PerLocale,
        address: raw.address,
        openingHours: text,
        closure:
          service.status?.state === 'closed'
            ? { state: 'closed', from: service.status.from, until: service.status.until }
            : null,
        hours: parseOpeningHours(text),
        wheelchair: accessibility.wheelchair ?? 'unknown',
        accessibilityNotes: (accessibility.notes ?? {}) as unknown as PerLocale,
      }
    })
  })
}

/**
 * A cheap fingerprint of the published services and topics that any change, in any process,
 * alters.
 */
export async function servicesFreshnessStamp(payload: Payload): Promise<string> {
  const latest = (collection: 'services' | 'topics') =>
    payload.find({
      collection,
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      select: { updatedAt: true },
    })
  const [services, topics] = await Promise.all([latest('services'), latest('topics')])
  return [services, topics]
    .map((result) => `${result.totalDocs}@${result.docs[0]?.updatedAt ?? '-'}`)
    .join('|')
}

/**
 * Concurrent requests share one stamp read for STAMP_TTL_MS; a save in this process forgets it
 * at once, so only other processes' changes wait.
 */
const STAMP_TTL_MS = 250
const stamps = sharedPromises<Payload, string>(STAMP_TTL_MS)

const currentStamp = (payload: Payload) =>
  stamps.get(payload, () => servicesFreshnessStamp(payload))

/** Makes the next request re-read the stamp (after a service or topic change here). */
export function forgetServicesStamp(payload: Payload): void {
  stamps.forget(payload)
}

interface CachedIndex {
  stamp: string
  index: Promise<ServiceLocationIndex>
}

const cached = new WeakMap<Payload, CachedIndex>()

/**
 * The index for this process, rebuilt when the freshness stamp changes. Concurrent
 * requests that see the same new stamp share one rebuild.
 */
export async function getServiceLocationIndex(payload: Payload): Promise<ServiceLocationIndex> {
  const stamp = await currentStamp(payload)
  const current = cached.get(payload)
  if (current?.stamp === stamp) return current.index
  const index = loadServiceLocations(payload).then((entries) => buildNearbyIndex(entries))
  cached.set(payload, { stamp, index })
  // A failed read must not stay cached: the next request tries again.
  index.catch(() => {
    if (cached.get(payload)?.index === index) cached.delete(payload)
  })
  return index
}
