// Reads for the near-me page and the service page's "other services nearby".
import { cache } from 'react'

import type { LngLat } from '@/lib/geo/distance'
import { findNearby, type NearbyFilters } from '@/lib/geo/findNearby'
import { getServiceLocationIndex } from '@/lib/geo/serviceLocations'
import { parsePostalCodes, type DistrictOption } from '@/lib/geo/startingPoint'

import { contentLocale, getPayloadClient } from '@/lib/content/payload'

export const listDistricts = cache(async (locale: string): Promise<DistrictOption[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'districts',
    locale: contentLocale(locale),
    depth: 0,
    pagination: false,
    overrideAccess: false,
    // No `select`: with one, Payload 3.90 on SQLite leaves out the `centre` point.
  })
  const collator = new Intl.Collator(locale)
  return docs
    .map((doc) => ({
      slug: doc.slug,
      name: doc.name,
      centre: [Number(doc.centre[0]), Number(doc.centre[1])] as LngLat,
      postalCodes: parsePostalCodes(doc.postalCodes),
    }))
    .sort((a, b) => collator.compare(a.name, b.name))
})

export interface MapSettings {
  tileUrl: string | null
  attribution: string | null
  maxZoom: number
  timeZone: string
}

export const getMapSettings = cache(async (): Promise<MapSettings> => {
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: false,
    select: { map: true, timezone: true },
  })
  return {
    tileUrl: settings.map?.tileUrl?.trim() || null,
    attribution: settings.map?.attribution?.trim() || null,
    maxZoom: settings.map?.maxZoom ?? 19,
    timeZone: settings.timezone || 'UTC',
  }
})

export async function nearbyServiceLocations(
  from: LngLat,
  limit: number,
  filters: NearbyFilters,
  now: Date = new Date(),
) {
  const payload = await getPayloadClient()
  const [index, { timeZone }] = await Promise.all([
    getServiceLocationIndex(payload),
    getMapSettings(),
  ])
  return findNearby(index, from, limit, filters, { now, timeZone })
}
