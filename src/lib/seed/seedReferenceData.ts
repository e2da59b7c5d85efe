// Topics, departments and districts: the documents every other collection links to, so seeded first.
import { departments } from './data/departments'
import { districts } from './data/districts'
import { topics } from './data/topics'
import { seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

export function seedTopics(run: SeedRun): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'topics',
    items: topics,
    titleField: 'title',
    english: (topic) => ({
      title: topic.title.en,
      description: topic.description.en,
      order: topic.order,
    }),
    spanish: (topic) => ({ title: topic.title.es, description: topic.description.es }),
  })
}

export function seedDepartments(run: SeedRun): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'departments',
    items: departments,
    titleField: 'title',
    english: (department) => ({
      title: department.title.en,
      email: department.email,
      phone: department.phone,
      address: department.address,
    }),
    spanish: (department) => ({ title: department.title.es }),
  })
}

/** Districts: where the near-me page measures from when a citizen picks one or types a postcode. */
export function seedDistricts(run: SeedRun): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'districts',
    items: districts,
    titleField: 'name',
    english: (district) => ({
      name: district.name.en,
      centre: district.centre,
      postalCodes: district.postalCodes.join(', '),
    }),
    spanish: (district) => ({ name: district.name.es }),
  })
}
