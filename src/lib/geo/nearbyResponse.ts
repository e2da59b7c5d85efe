// GET /api/nearby as a function of the Payload instance and the query string, so that the
// route handler stays a one-liner and integration tests call exactly what it serves.
import type { Payload } from 'payload'

import { sharedPromises } from '@/lib/resilience/sharedPromises'
import { localePath, paths } from '@/lib/content/paths'
import { describeOpeningStatus } from '@/lib/hours/describeOpeningStatus'
import { getMessages } from '@/lib/i18n/messages'
import { nearbyStops } from '@/lib/transit/nearbyStops'
import { transitPaths } from '@/lib/transit/paths'

import { findNearby } from './findNearby'
import { parseNearbyQuery } from './nearbyQuery'
import { getServiceLocationIndex, inLocale } from './serviceLocations'

export interface JsonResponse {
  status: number
  body: unknown
}

// The city's time zone changes about never: one read per second serves every request.
const TIME_ZONE_TTL_MS = 1000
const timeZones = sharedPromises<Payload, string>(TIME_ZONE_TTL_MS)

export function cityTimeZone(payload: Payload): Promise<string> {
  return timeZones.get(payload, () =>
    payload
      .findGlobal({
        slug: 'site-settings',
        depth: 0,
        overrideAccess: false,
        select: { timezone: true },
      })
      .then((settings) => settings.timezone || 'UTC'),
  )
}

type NearbyResult = ReturnType<typeof findNearby>[number]
type NearbyStop = NonNullable<Awaited<ReturnType<typeof nearbyStops>>>[number]

function nearbyResultJson(
  { entry, distanceMetres, walkingMinutes, status }: NearbyResult,
  locale: string,
  labels: ReturnType<typeof getMessages>['openingStatus'],
) {
  return {
    distanceMetres,
    walkingMinutes,
    service: {
      id: entry.serviceId,
      slug: entry.slug,
      title: inLocale(entry.title, locale),
      category: entry.category,
      topics: entry.topics,
      url: localePath(locale, paths.service(entry.slug)),
    },
    location: {
      name: inLocale(entry.name, locale),
      address: {
        street: entry.address.street,
        postalCode: entry.address.postalCode ?? null,
        locality: entry.address.locality ?? null,
        district: entry.address.district ?? null,
      },
      lat: entry.point[1],
      lng: entry.point[0],
    },
    openingHours: entry.openingHours,
    openingStatus: { ...status, label: describeOpeningStatus(status, locale, labels) },
    accessibility: {
      wheelchair: entry.wheelchair,
      notes: inLocale(entry.accessibilityNotes, locale) || null,
    },
  }
}

function nearbyStopJson({ stop, distanceMetres, walkingMinutes }: NearbyStop, locale: string) {
  return {
    stopId: stop.stopId,
    name: stop.name,
    distanceMetres,
    walkingMinutes,
    lat: stop.point[1],
    lng: stop.point[0],
    wheelchair: stop.wheelchair,
    url: localePath(locale, transitPaths.stop(stop.stopId)),
    lines: stop.lines.map((line) => ({
      routeId: line.routeId,
      name: line.name,
      mode: line.mode,
      color: line.color || null,
      url: localePath(locale, transitPaths.line(line.routeId)),
    })),
  }
}

export async function nearbyResponse(
  payload: Payload,
  params: URLSearchParams,
  now: Date = new Date(),
): Promise<JsonResponse> {
  const parsed = parseNearbyQuery(params)
  if (!parsed.ok)
    return { status: 400, body: { error: parsed.errors.join(' '), errors: parsed.errors } }
  const { lat, lng, limit, topic, openNow, accessible, locale } = parsed.query
  const [index, timeZone, stops] = await Promise.all([
    getServiceLocationIndex(payload),
    cityTimeZone(payload),
    nearbyStops(payload, [lng, lat], locale),
  ])
  const results = findNearby(
    index,
    [lng, lat],
    limit,
    { topic, openNow, accessible },
    {
      now,
      timeZone,
    },
  )
  const labels = getMessages(locale).openingStatus
  return {
    status: 200,
    body: {
      origin: { lat, lng },
      locale,
      timeZone,
      generatedAt: now.toISOString(),
      count: results.length,
      results: results.map((result) => nearbyResultJson(result, locale, labels)),
      // Public transport stops within walking distance of the origin , nearest
      // first; empty when none is near or no timetable is in service.
      stops: (stops ?? []).map((stop) => nearbyStopJson(stop, locale)),
    },
  }
}
