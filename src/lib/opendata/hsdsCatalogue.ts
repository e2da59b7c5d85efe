// What the HSDS API answers from: the published services, departments and topics of one
// locale, read anonymously once a request, and the filters its list addresses apply.
import type { Payload } from 'payload'

import { readCityAddress } from '@/lib/hours/holidayRegion'
import { withStatusInForce } from '@/lib/services/noticeDates'
import type { Department, Topic } from '@/payload-types'

import { serviceLastModified, serviceSummary } from './hsds'
import {
  CITY_ORGANIZATION_ID,
  type HsdsContext,
  type HsdsService,
  TOPICS_TAXONOMY_ID,
} from './hsdsContext'
import { cityOrganization, departmentOrganization } from './hsdsOrganizations'
import { serviceTopicTermIds } from './hsdsTaxonomy'
import type { Query } from './hsdsQuery'

export interface Catalogue {
  ctx: HsdsContext
  services: HsdsService[]
  departments: Department[]
  topics: Topic[]
  cityPhone: string | null
  lastModified: Date
}

function readCatalogueDocuments(payload: Payload, locale: string) {
  // Anonymous reads: published documents only, never drafts.
  const read = {
    locale: locale as 'en',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  } as const
  return Promise.all([
    payload.find({
      collection: 'services',
      ...read,
      sort: 'slug',
      // What the mapping reads: not the body, nor editors' internal notes.
      select: {
        title: true,
        slug: true,
        summary: true,
        status: true,
        locations: true,
        topics: true,
        department: true,
        updatedAt: true,
      },
    }),
    payload.find({ collection: 'departments', ...read, sort: 'slug' }),
    payload.find({ collection: 'topics', ...read, sort: 'order' }),
    payload.findGlobal({
      slug: 'site-settings',
      locale: locale as 'en',
      depth: 0,
      overrideAccess: false,
    }),
  ])
}

export async function loadCatalogue(
  payload: Payload,
  locale: string,
  serverUrl: string,
  now: Date,
): Promise<Catalogue> {
  const [services, departments, topics, settings] = await readCatalogueDocuments(payload, locale)
  const timeZone = settings.timezone || 'UTC'
  const year = Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now))
  const stamps = [...services.docs, ...departments.docs, ...topics.docs, settings]
    .map((doc) => new Date(doc.updatedAt ?? 0).getTime())
    .filter(Number.isFinite)
  return {
    ctx: {
      locale,
      serverUrl,
      timeZone,
      now,
      year,
      address: readCityAddress(),
      city: {
        name: settings.cityName,
        updatedAt: settings.updatedAt,
        description: settings.tagline,
        email: settings.contact?.email,
        phone: settings.contact?.phone,
      },
      departments: new Map(departments.docs.map((doc) => [doc.id, doc])),
      topics: new Map(topics.docs.map((doc) => [doc.id, doc])),
    },
    // A notice shows only on its days, here as on the site.
    services: withStatusInForce(services.docs, now, timeZone),
    departments: departments.docs,
    topics: topics.docs,
    cityPhone: settings.contact?.phone ?? null,
    lastModified: new Date(Math.max(0, ...stamps)),
  }
}

export function matchesText(query: Query, ...texts: Array<string | null | undefined>): boolean {
  return !query.search || texts.some((text) => text?.toLowerCase().includes(query.search!))
}

export function filterServices(catalogue: Catalogue, query: Query): HsdsService[] {
  const { ctx } = catalogue
  return catalogue.services.filter((service) => {
    if (!matchesText(query, service.title, service.summary)) return false
    if (query.taxonomyTermId && !serviceTopicTermIds(service).includes(query.taxonomyTermId))
      return false
    if (query.taxonomyId && (query.taxonomyId !== TOPICS_TAXONOMY_ID || !service.topics?.length))
      return false
    if (query.organizationId) {
      const organization = serviceSummary(service, ctx).organization.id
      // The city is every department's parent: asking for it gives all its services.
      if (query.organizationId !== CITY_ORGANIZATION_ID && organization !== query.organizationId)
        return false
    }
    if (query.modifiedAfter && serviceLastModified(service, ctx) < query.modifiedAfter) return false
    return true
  })
}

export function organizations(catalogue: Catalogue) {
  const { ctx } = catalogue
  return [
    { organization: cityOrganization(ctx), phone: catalogue.cityPhone },
    ...catalogue.departments.map((department) => ({
      organization: departmentOrganization(department, ctx),
      phone: department.phone,
    })),
  ]
}
