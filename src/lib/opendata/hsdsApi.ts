// The HSDS 3.0 API as a function, so the route is a one-liner and tests call what it serves.
// Unknown parameters are ignored, as the specification expects; meaningless values are a 400.
import type { Payload } from 'payload'

import { fullService, serviceAtLocationSummary, serviceSummary } from './hsds'
import {
  type Catalogue,
  filterServices,
  loadCatalogue,
  matchesText,
  organizations,
} from './hsdsCatalogue'
import { CITY_ORGANIZATION_ID, HSDS_VERSION, serviceId, TOPICS_TAXONOMY_ID } from './hsdsContext'
import { serviceAtLocationId, serviceAtLocations } from './hsdsLocations'
import { fullOrganization } from './hsdsOrganizations'
import { taxonomyTerm, topicsTaxonomy, topicTermId } from './hsdsTaxonomy'
import { mapPage, parseQuery, type Query } from './hsdsQuery'

export const HSDS_PREFIX = '/api/open-data/hsds'
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
