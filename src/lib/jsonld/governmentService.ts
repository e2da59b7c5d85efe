// schema.org GovernmentService for a service or procedure, pure so the page and tests build the
// same JSON.
import type { Department, Procedure, Service } from '@/payload-types'

import type { JsonLdNode } from './types'

type Location = NonNullable<Service['locations']>[number]

export interface ServiceContext {
  /** Absolute URL of the page. */
  url: string
  cityName: string
}

function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  )
}

function provider(department: Department | number | null | undefined): JsonLdNode | undefined {
  if (!department || typeof department !== 'object') return undefined
  return compact({
    '@type': 'GovernmentOrganization',
    name: department.title,
    email: department.email,
    telephone: department.phone,
    address: department.address,
  })
}

export function placeOfLocation(location: Location): JsonLdNode {
  const [longitude, latitude] = location.point
  return compact({
    // A public place with opening hours: schema.org has openingHours on CivicStructure (and
    // LocalBusiness), not on Place.
    '@type': 'CivicStructure',
    name: location.name,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: location.address.street,
      postalCode: location.address.postalCode,
      addressLocality: location.address.locality,
    }),
    geo: { '@type': 'GeoCoordinates', latitude, longitude },
    // OpenStreetMap's syntax is close to schema.org's for the common cases.
    openingHours: location.openingHours,
  })
}

function phoneChannel(number: string | null | undefined, hours?: string | null) {
  if (!number) return undefined
  return compact({ '@type': 'ContactPoint', telephone: number, hoursAvailable: hours })
}

export function serviceJsonLd(service: Service, context: ServiceContext): JsonLdNode {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    url: context.url,
    provider: provider(service.department),
    areaServed: { '@type': 'City', name: context.cityName },
    availableChannel: (service.locations ?? []).map((location) =>
      compact({
        '@type': 'ServiceChannel',
        name: location.name,
        serviceLocation: placeOfLocation(location),
        servicePhone: phoneChannel(location.phone),
        serviceUrl: location.website,
      }),
    ),
  })
}

export function procedureJsonLd(
  procedure: Procedure,
  context: ServiceContext & { startOnlineUrl?: string },
): JsonLdNode {
  const channels: JsonLdNode[] = []
  if (context.startOnlineUrl) {
    channels.push({ '@type': 'ServiceChannel', serviceUrl: context.startOnlineUrl })
  }
  if (procedure.inPerson?.enabled) {
    for (const service of procedure.inPerson.locations ?? []) {
      if (typeof service !== 'object') continue
      for (const location of service.locations ?? []) {
        channels.push(
          compact({
            '@type': 'ServiceChannel',
            name: `${service.title}: ${location.name}`,
            serviceLocation: placeOfLocation(location),
            servicePhone: phoneChannel(location.phone),
          }),
        )
      }
    }
  }
  const phone = phoneChannel(procedure.phone?.number, procedure.phone?.hours)
  if (phone) channels.push({ '@type': 'ServiceChannel', servicePhone: phone })
  return compact({
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: procedure.title,
    description: procedure.summary,
    url: context.url,
    provider: provider(procedure.department),
    areaServed: { '@type': 'City', name: context.cityName },
    availableChannel: channels,
  })
}
