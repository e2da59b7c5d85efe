// The HSDS 3.0 API under /api/open-data/hsds/, as a function of Payload, the path and the query,
// so the route is a one-liner and tests call what it serves. Unknown parameters are ignored
// (as the specification expects); a known one with a meaningless value is a 400.
import type { Payload } from 'payload'

import { readCityAddress } from '@/lib/hours/holidayRegion'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import type { Department, Topic } from '@/payload-types'

import {
  CITY_ORGANIZATION_ID,
  HSDS_VERSION,
  TOPICS_TAXONOMY_ID,
  cityOrganization,
  departmentOrganization,
  fullOrganization,
  fullService,
  serviceAtLocationId,
  serviceAtLocations,
  serviceAtLocationSummary,
  serviceId,
  serviceLastModified,
  serviceSummary,
  serviceTopicTermIds,
  taxonomyTerm,
  topicTermId,
  topicsTaxonomy,
  type HsdsContext,
  type HsdsService,
} from './hsds'

export const HSDS_PREFIX = '/api/open-data/hsds'
export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 1000
/** The specification's OpenAPI document at the 3.0 release: what this API follows. */
export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
/** No profile: the base specification. Its documentation is the profile's description. */
export const HSDS_PROFILE_URL = 'https://docs.openreferral.org/en/v3.0/'

export interface HsdsResponse {
  status: number
  body: unknown
  /** The newest change among the documents the answer was built from. */
  lastModified?: Date
}

interface Catalogue {
  ctx: HsdsContext
  services: HsdsService[]
  departments: Department[]
  topics: Topic[]
  cityPhone: string | null
  lastModified: Date
}

type Query = {
  page: number
  perPage: number
  search: string | null
  taxonomyTermId: string | null
  taxonomyId: string | null
  organizationId: string | null
  modifiedAfter: Date | null
  full: boolean
  fullService: boolean
  locale: string
}

function parseQuery(
  params: URLSearchParams,
): { ok: true; query: Query } | { ok: false; error: string } {
  const integer = (name: string, fallback: number, max: number) => {
    const raw = params.get(name)
    if (raw === null || raw === '') return fallback
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) return NaN
    return Math.min(Number(raw), max)
  }
  const page = integer('page', 1, 1_000_000)
  if (Number.isNaN(page)) return { ok: false, error: 'page must be a whole number from 1.' }
  const perPage = integer('per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE)
  if (Number.isNaN(perPage))
    return { ok: false, error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.` }
  const rawLocale = params.get('locale')
  if (rawLocale && !locales.includes(rawLocale))
    return { ok: false, error: `locale must be one of: ${locales.join(', ')}.` }
  const rawModified = params.get('modified_after')
  const modifiedAfter = rawModified ? new Date(rawModified) : null
  if (modifiedAfter && Number.isNaN(modifiedAfter.getTime()))
    return {
      ok: false,
      error: 'modified_after must be a date-time such as 2026-11-26T09:00:00Z.',
    }
  const text = (name: string) => params.get(name)?.trim().slice(0, 200) || null
  return {
    ok: true,
    query: {
      page,
      perPage,
      search: text('search')?.toLowerCase() ?? null,
      taxonomyTermId: text('taxonomy_term_id')?.toLowerCase() ?? null,
      taxonomyId: text('taxonomy_id')?.toLowerCase() ?? null,
      organizationId: text('organization_id')?.toLowerCase() ?? null,
      modifiedAfter,
      full: params.get('full') === 'true',
      fullService: params.get('full_service') === 'true',
      locale: rawLocale || defaultLocale,
    },
  }
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

async function loadCatalogue(
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
    services: services.docs,
    departments: departments.docs,
    topics: topics.docs,
    cityPhone: settings.contact?.phone ?? null,
    lastModified: new Date(Math.max(0, ...stamps)),
  }
}

/** The HSDS "Page" around one page of `items`. */
export function hsdsPage<T>(items: T[], page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

function matchesText(query: Query, ...texts: Array<string | null | undefined>): boolean {
  return !query.search || texts.some((text) => text?.toLowerCase().includes(query.search!))
}

function filterServices(catalogue: Catalogue, query: Query): HsdsService[] {
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

function organizations(catalogue: Catalogue) {
  const { ctx } = catalogue
  return [
    { organization: cityOrganization(ctx), phone: catalogue.cityPhone },
    ...catalogue.departments.map((department) => ({
      organization: departmentOrganization(department, ctx),
      phone: department.phone,
    })),
  ]
}

const notFound = (what: string): HsdsResponse => ({
  status: 404,
  body: { error: `No ${what} with this id.` },
})

type Answer = (body: unknown) => HsdsResponse

function serviceResponse(
  catalogue: Catalogue,
  wanted: string | undefined,
  query: Query,
  ok: Answer,
) {
  const { ctx } = catalogue
  if (wanted) {
    const service = catalogue.services.find((s) => serviceId(s) === wanted)
    return service ? ok(fullService(service, ctx)) : notFound('service')
  }
  return ok(
    mapPage(filterServices(catalogue, query), query, (s) =>
      query.full ? fullService(s, ctx) : serviceSummary(s, ctx),
    ),
  )
}

function serviceAtLocationResponse(
  catalogue: Catalogue,
  wanted: string | undefined,
  query: Query,
  ok: Answer,
) {
  const { ctx } = catalogue
  const links = catalogue.services.flatMap((service) =>
    (service.locations ?? []).map((location, index) => ({ service, location, index })),
  )
  if (wanted) {
    const link = links.find((l) => serviceAtLocationId(l.service, l.location, l.index) === wanted)
    return link
      ? ok(serviceAtLocations(link.service, ctx)[link.index])
      : notFound('service_at_location')
  }
  const allowed = new Set(filterServices(catalogue, query))
  return ok(
    mapPage(
      links.filter((l) => allowed.has(l.service)),
      query,
      (l) => serviceAtLocationSummary(l.service, l.location, l.index, ctx),
    ),
  )
}

function organizationResponse(
  catalogue: Catalogue,
  wanted: string | undefined,
  query: Query,
  ok: Answer,
) {
  const { ctx } = catalogue
  const all = organizations(catalogue).filter(({ organization }) =>
    matchesText(query, organization.name, organization.description),
  )
  if (!wanted) return ok(mapPage(all, query, (o) => o.organization))
  const found = organizations(catalogue).find((o) => o.organization.id === wanted)
  if (!found) return notFound('organization')
  const services = catalogue.services.filter(
    (s) =>
      found.organization.id === CITY_ORGANIZATION_ID ||
      serviceSummary(s, ctx).organization.id === found.organization.id,
  )
  return ok(
    fullOrganization(
      found.organization,
      found.phone,
      services.map((s) => {
        if (query.fullService) return fullService(s, ctx)
        const { organization: _organization, ...own } = serviceSummary(s, ctx)
        return own
      }),
    ),
  )
}

function taxonomyTermResponse(
  catalogue: Catalogue,
  wanted: string | undefined,
  query: Query,
  ok: Answer,
) {
  const { ctx } = catalogue
  if (wanted) {
    const topic = catalogue.topics.find((t) => topicTermId(t) === wanted)
    return topic ? ok(taxonomyTerm(topic, ctx)) : notFound('taxonomy_term')
  }
  const topics = catalogue.topics.filter(
    (t) =>
      matchesText(query, t.title, t.description) &&
      (!query.taxonomyId || query.taxonomyId === TOPICS_TAXONOMY_ID),
  )
  return ok(mapPage(topics, query, (t) => taxonomyTerm(t, ctx)))
}

function route(catalogue: Catalogue, segments: string[], query: Query): HsdsResponse {
  const { ctx } = catalogue
  const [collection, id, ...rest] = segments
  const lastModified = catalogue.lastModified
  const ok: Answer = (body) => ({ status: 200, body, lastModified })
  if (rest.length > 0) return { status: 404, body: { error: 'Unknown address.' } }
  const wanted = id?.toLowerCase()

  switch (collection) {
    case undefined:
      return ok({ version: HSDS_VERSION, profile: HSDS_PROFILE_URL, openapi_url: HSDS_OPENAPI_URL })
    case 'services':
      return serviceResponse(catalogue, wanted, query, ok)
    case 'service_at_locations':
      return serviceAtLocationResponse(catalogue, wanted, query, ok)
    case 'organizations':
      return organizationResponse(catalogue, wanted, query, ok)
    case 'taxonomies':
      if (wanted)
        return wanted === TOPICS_TAXONOMY_ID ? ok(topicsTaxonomy(ctx)) : notFound('taxonomy')
      return ok(mapPage([topicsTaxonomy(ctx)], query, (t) => t))
    case 'taxonomy_terms':
      return taxonomyTermResponse(catalogue, wanted, query, ok)
    default:
      return { status: 404, body: { error: 'Unknown address.' } }
  }
}

/** One page of `items`, mapping only the items on it (a full export maps each page alone). */
function mapPage<T, U>(items: T[], query: Query, map: (item: T) => U) {
  const page = hsdsPage(items, query.page, query.perPage)
  return { ...page, contents: page.contents.map(map) }
}

export async function hsdsApiResponse(
  payload: Payload,
  segments: string[],
  params: URLSearchParams,
  serverUrl: string,
  now: Date = new Date(),
): Promise<HsdsResponse> {
  const parsed = parseQuery(params)
  if (!parsed.ok) return { status: 400, body: { error: parsed.error } }
  const catalogue = await loadCatalogue(payload, parsed.query.locale, serverUrl, now)
  return route(catalogue, segments, parsed.query)
}
