import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'
import type { Service } from '@/payload-types'

import { services, type ServiceLocationSeed, type ServiceSeed } from './data/services'
import { idOf, idsOf, seedCollection, type IdsBySlug } from './seedCollection'
import { seededStatus } from './seedDates'
import type { SeedRun } from './seedRun'

type ServiceLocation = NonNullable<Service['locations']>[number]

function englishLocation(location: ServiceLocationSeed): ServiceLocation {
  return {
    name: location.name.en,
    address: {
      street: location.street,
      postalCode: location.postalCode,
      locality: 'Villamar',
      district: location.district,
    },
    point: location.lngLat,
    openingHours: location.openingHours,
    phone: location.phone,
    email: location.email,
    website: location.website,
    accessibility: { wheelchair: location.wheelchair, notes: location.accessibilityNotes?.en },
  }
}

/**
 * Locations are one list for every language with translated names and notes: the Spanish
 * update sends the English rows back, ids included, with the Spanish text merged in.
 */
function spanishLocations(service: ServiceSeed, english: Service): ServiceLocation[] {
  return (english.locations ?? []).map((row, index) => {
    const seed = service.locations[index]
    return {
      ...row,
      name: seed.name.es,
      accessibility: { ...row.accessibility, notes: seed.accessibilityNotes?.es },
    }
  })
}

export function seedServices(
  run: SeedRun,
  refs: { topics: IdsBySlug; departments: IdsBySlug },
): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'services',
    items: services,
    titleField: 'title',
    english: (service) => ({
      title: service.title.en,
      summary: service.summary.en,
      category: service.category,
      topics: idsOf(refs.topics, service.topics, 'topic'),
      department: idOf(refs.departments, service.department, 'department'),
      body: paragraphsToLexical(service.body.en),
      status: seededStatus(service, run.clock, 'en'),
      locations: service.locations.map(englishLocation),
    }),
    spanish: (service, english) => ({
      title: service.title.es,
      summary: service.summary.es,
      body: paragraphsToLexical(service.body.es),
      status: seededStatus(service, run.clock, 'es'),
      locations: spanishLocations(service, english),
    }),
  })
}
