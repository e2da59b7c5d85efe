// Open Referral HSDS 3.0 (Human Services Data Specification): the city's published
// services with their locations, addresses, accessibility and schedules, in the shape of
// the HSDS API's paginated list of services (`contents` holds full service objects).
// https://docs.openreferral.org/en/latest/hsds/schema_reference.html
import { createHash } from 'node:crypto'

import type { Service } from '@/payload-types'

type Location = NonNullable<Service['locations']>[number]

export interface HsdsOptions {
  /** Absolute URL of a service's page. */
  serviceUrl: (slug: string) => string
  /** ISO 3166-1 alpha-2 country of the addresses. */
  countryCode: string
  /** Shown as the addresses' region and state_province when known. */
  region: string
  /** The city's IANA time zone, in each schedule's notes (HSDS wants a UTC offset). */
  timeZone: string
}

/** HSDS identifiers are UUIDs: stable ones, derived from our ids (UUID v5 layout). */
export function hsdsId(kind: string, ...parts: Array<string | number>): string {
  const hex = createHash('sha1')
    .update(['plaza', kind, ...parts].join(':'))
    .digest('hex')
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const OSM_DAYS: Record<string, string> = {
  Mo: 'MO',
  Tu: 'TU',
  We: 'WE',
  Th: 'TH',
  Fr: 'FR',
  Sa: 'SA',
  Su: 'SU',
}
const ORDER = Object.keys(OSM_DAYS)
const RULE =
  /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) (\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/

function byday(spec: string): string {
  return spec
    .split(',')
    .flatMap((part) => {
      const [from, to] = part.split('-')
      if (!to) return [OSM_DAYS[from]]
      const start = ORDER.indexOf(from)
      const end = ORDER.indexOf(to)
      const days: string[] = []
      for (let i = start; ; i = (i + 1) % 7) {
        days.push(OSM_DAYS[ORDER[i]])
        if (i === end) break
      }
      return days
    })
    .join(',')
}

/**
 * Weekly HSDS schedules for the plain rules of an opening_hours value ("Mo-Fr 09:00-14:00");
 * every schedule also carries the full OSM text in `description`, the authority for
 * exceptions (holidays, months) that HSDS's recurrence fields cannot say.
 */
export function hsdsSchedules(
  openingHours: string,
  ids: { serviceId: string; locationId: string; serviceAtLocationId: string },
  timeZone: string,
) {
  const notes = `OpenStreetMap opening_hours, evaluated in ${timeZone}: ${openingHours}`
  const base = (key: string) => ({
    id: hsdsId('schedule', ids.serviceAtLocationId, key),
    service_id: ids.serviceId,
    location_id: ids.locationId,
    service_at_location_id: ids.serviceAtLocationId,
    description: openingHours,
    notes,
    attending_type: 'in_person',
  })
  const rules = openingHours
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean)
  const weekly = rules.flatMap((rule, ruleIndex) => {
    const match = RULE.exec(rule)
    if (!match) return []
    return match[2].split(',').map((range, rangeIndex) => {
      const [opens, closes] = range.split('-')
      return {
        ...base(`${ruleIndex}-${rangeIndex}`),
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: byday(match[1]),
        opens_at: opens,
        closes_at: closes,
      }
    })
  })
  // Only a value made entirely of plain weekly rules is fully described by them.
  const plain = rules.every((rule) => RULE.test(rule) || /^PH (off|closed)$/.test(rule))
  return plain && weekly.length > 0 ? weekly : [...weekly, base('text')]
}

function hsdsLocation(service: Service, location: Location, index: number, options: HsdsOptions) {
  const id = hsdsId('location', service.id, index)
  const { address, accessibility } = location
  const wheelchair = accessibility?.wheelchair ?? 'unknown'
  return {
    id,
    location_type: 'physical',
    name: location.name,
    latitude: location.point[1],
    longitude: location.point[0],
    addresses: [
      {
        id: hsdsId('address', service.id, index),
        location_id: id,
        address_1: address.street,
        city: address.locality || '',
        region: address.district || options.region,
        state_province: options.region,
        postal_code: address.postalCode || '',
        country: options.countryCode.toUpperCase(),
        address_type: 'physical',
      },
    ],
    accessibility: [
      {
        id: hsdsId('accessibility', service.id, index),
        location_id: id,
        description: `wheelchair: ${wheelchair}`,
        details: accessibility?.notes ?? null,
      },
    ],
    phones: location.phone
      ? [{ id: hsdsId('phone', service.id, index), location_id: id, number: location.phone }]
      : [],
  }
}

export function toHsdsService(service: Service, options: HsdsOptions) {
  const serviceId = hsdsId('service', service.id)
  return {
    id: serviceId,
    name: service.title,
    description: service.summary,
    url: options.serviceUrl(service.slug),
    // HSDS: active, inactive, defunct or temporarily closed.
    status: service.status.state === 'closed' ? 'temporarily closed' : 'active',
    alert: service.status.state === 'normal' ? null : (service.status.message ?? null),
    last_modified: service.updatedAt,
    service_at_locations: (service.locations ?? []).map((location, index) => {
      const serviceAtLocationId = hsdsId('service_at_location', service.id, index)
      const hsdsLocationDoc = hsdsLocation(service, location, index, options)
      return {
        id: serviceAtLocationId,
        service_id: serviceId,
        location_id: hsdsLocationDoc.id,
        location: hsdsLocationDoc,
        contacts: [],
        phones: hsdsLocationDoc.phones,
        schedules: location.openingHours
          ? hsdsSchedules(
              location.openingHours,
              { serviceId, locationId: hsdsLocationDoc.id, serviceAtLocationId },
              options.timeZone,
            )
          : [],
      }
    }),
  }
}

/** The HSDS API "Page" of services: everything on one page. */
export function toHsdsPage(services: Service[], options: HsdsOptions) {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services.map((service) => toHsdsService(service, options)),
  }
}
