// Plaza's schema.org builders against the schema.org vocabulary (release 30.0) and Google's
// required properties; the end-to-end test (tests/e2e/schemaOrg.e2e.spec.ts) checks every
// page template of the built site the same way.
import { describe, expect, it } from 'vitest'

import { breadcrumbList } from '@/lib/jsonld/breadcrumbList'
import { eventJsonLd } from '@/lib/jsonld/event'
import { procedureJsonLd, serviceJsonLd } from '@/lib/jsonld/governmentService'
import type { AgendaEvent } from '@/lib/agenda/types'
import type { Procedure, Service } from '@/payload-types'

import { schemaOrgProblems } from '../helpers/schemaOrgVocabulary'

const department = {
  id: 1,
  title: 'Citizen services',
  email: 'citizens@villamar.example',
  phone: '010',
  address: 'Plaza Mayor 1, 46001 Villamar',
}
const location = {
  name: 'City hall',
  address: { street: 'Plaza Mayor 1', postalCode: '46001', locality: 'Villamar' },
  point: [-0.376, 39.47],
  openingHours: 'Mo-Fr 09:00-14:00; PH off',
  phone: '+34 960 000 000',
  website: 'https://villamar.example/city-hall',
}
const service = {
  id: 2,
  title: 'Citizen office',
  slug: 'citizen-office',
  summary: 'Registration, certificates and appointments.',
  department,
  locations: [location],
} as unknown as Service
const procedure = {
  id: 3,
  title: 'Register your address',
  slug: 'register',
  summary: 'Join the municipal register.',
  department,
  inPerson: { enabled: true, locations: [service] },
  phone: { number: '010', hours: 'Monday to Friday 08:00–20:00' },
} as unknown as Procedure
const event = {
  title: 'Christmas market',
  summary: 'Stalls and music.',
  startsAt: '2026-12-12T10:00:00.000Z',
  endsAt: '2026-12-12T20:00:00.000Z',
  eventStatus: 'EventRescheduled',
  previousStartsAt: '2026-12-05T10:00:00.000Z',
  price: { isFree: false, amount: 5, currency: 'EUR', details: 'Children free' },
  registrationUrl: 'https://tickets.example/market',
  organiser: { name: 'Villamar Culture', url: 'https://culture.example' },
} as unknown as AgendaEvent
const occurrence = {
  start: new Date('2026-12-12T10:00:00Z'),
  end: new Date('2026-12-12T20:00:00Z'),
  allDay: false,
  startDay: '2026-12-12',
  endDay: '2026-12-12',
}
const url = 'https://villamar.example/en/x'

describe('schema.org JSON-LD builders', () => {
  it('describe a service and its places with schema.org terms only', () => {
    expect(
      schemaOrgProblems(serviceJsonLd(service, { url, cityName: 'Villamar' }) as never),
    ).toEqual([])
  })

  it('describe a procedure and its channels with schema.org terms only', () => {
    const data = procedureJsonLd(procedure, {
      url,
      cityName: 'Villamar',
      startOnlineUrl: 'https://sede.example/start',
    })
    expect(schemaOrgProblems(data as never)).toEqual([])
  })

  it('describe an event with the properties Google requires', () => {
    const venue = {
      name: 'Plaza Mayor',
      address: 'Plaza Mayor',
      point: [-0.37, 39.47],
      serviceSlug: null,
    }
    for (const place of [venue, null]) {
      const data = eventJsonLd(event, {
        url,
        occurrence,
        venue: place as never,
        cityName: 'Villamar',
      })
      expect(schemaOrgProblems(data as never)).toEqual([])
    }
  })

  it('describe a breadcrumb trail with the properties Google requires', () => {
    const data = breadcrumbList([
      { name: 'Home', url: 'https://villamar.example/en' },
      { name: 'Procedures', url: 'https://villamar.example/en/procedures' },
    ])
    expect(schemaOrgProblems(data as never)).toEqual([])
  })
})

describe('the schema.org check', () => {
  it('catches unknown types and properties, misplaced properties and unknown enumeration values', () => {
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@type': 'Place',
        name: 'Hall',
        openingHours: 'Mo-Fr 09:00-14:00',
        colour: 'red',
        geo: { '@type': 'GeoCoordinate', latitude: 1, longitude: 2 },
        additionalType: 'https://schema.org/NoSuchThing',
      }),
    ).toEqual([
      '$: openingHours is not a property of Place',
      '$: unknown property colour',
      '$.geo: unknown type GeoCoordinate',
      '$.additionalType: https://schema.org/NoSuchThing names no schema.org term',
    ])
  })

  it('catches an Event or a BreadcrumbList missing what Google requires', () => {
    expect(
      schemaOrgProblems({ '@context': 'https://schema.org', '@type': 'Event', name: 'Fair' }),
    ).toEqual([
      '$: Event without startDate (Google requires it)',
      '$: Event without location (Google requires it)',
    ])
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home' },
          { '@type': 'ListItem', position: 2, name: 'Here' },
        ],
      }),
    ).toEqual(['$: ListItem 1 without item (required but for the last)'])
  })
})
