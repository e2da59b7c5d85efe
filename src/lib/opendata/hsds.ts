// Open Referral HSDS 3.0 objects from Plaza's content (city and departments as organizations,
// services with locations, topics as one taxonomy). HSDS has no null: unknown fields are left
// out. Ids are UUID v5 of Plaza's ids (hsdsId.ts).
import { localePath, paths } from '@/lib/content/paths'
import { getMessages, type Messages } from '@/lib/i18n/messages'
import type { CityAddress } from '@/lib/hours/holidayRegion'
import type { Department, Service, Topic } from '@/payload-types'

import { hsdsId } from './hsdsId'
import { planSchedules, utcOffsetHours, type PlannedSchedule } from './hsdsSchedules'

type Location = NonNullable<Service['locations']>[number]

/** The fields of a service the mapping reads (what the API selects). */
export type HsdsService = Pick<
  Service,
  | 'id'
  | 'title'
  | 'slug'
  | 'summary'
  | 'status'
  | 'locations'
  | 'topics'
  | 'department'
  | 'updatedAt'
>

export interface HsdsCity {
  name: string
  /** When the site settings (the city's name and contact) last changed. */
  updatedAt?: string | null
  description?: string | null
  email?: string | null
  phone?: string | null
}

export interface HsdsContext {
  locale: string
  /** Public origin of the site, e.g. https://city.example (no trailing slash). */
  serverUrl: string
  /** The city's IANA time zone, for the schedules' UTC offsets. */
  timeZone: string
  /** First calendar year of the schedules' window (this year and the next). */
  year: number
  /** Where public holidays are looked up; also the addresses' country and region. */
  address: CityAddress
  city: HsdsCity
  /** Published departments and topics, by Plaza id. */
  departments: Map<number | string, Department>
  topics: Map<number | string, Topic>
}

export const HSDS_VERSION = '3.0'
export const CITY_ORGANIZATION_ID = hsdsId('organization', 'city')
export const TOPICS_TAXONOMY_ID = hsdsId('taxonomy', 'topics')

const texts = (ctx: HsdsContext): Messages => getMessages(ctx.locale)
const pageUrl = (ctx: HsdsContext, path: string) =>
  `${ctx.serverUrl}${localePath(ctx.locale, path)}`
const relationId = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as never)

/** Copies only the fields that have a value: HSDS wants absent, not null or "". */
function present<T extends Record<string, unknown>>(object: T): Partial<T> {
  const out: Partial<T> = {}
  for (const key in object) {
    const value = object[key]
    if (value !== null && value !== undefined && value !== '') out[key] = value
  }
  return out
}

// Organizations ---------------------------------------------------------------------------

export function departmentOrganizationId(department: Department): string {
  return hsdsId('organization', 'department', department.id)
}

/** The city: the organization every department belongs to. */
export function cityOrganization(ctx: HsdsContext) {
  return {
    id: CITY_ORGANIZATION_ID,
    name: ctx.city.name,
    description: ctx.city.description || texts(ctx).openData.hsds.cityDescription(ctx.city.name),
    ...present({ email: ctx.city.email }),
    website: pageUrl(ctx, paths.home()),
  }
}

export function departmentOrganization(department: Department, ctx: HsdsContext) {
  return {
    id: departmentOrganizationId(department),
    name: department.title,
    description: texts(ctx).openData.hsds.departmentDescription(department.title, ctx.city.name),
    ...present({ email: department.email }),
    parent_organization_id: CITY_ORGANIZATION_ID,
  }
}

function organizationPhones(id: string, number: string | null | undefined) {
  return number ? [{ id: hsdsId('phone', 'organization', id), organization_id: id, number }] : []
}

/** An organization as /organizations/{id} shows it: with its phones and its services. */
export function fullOrganization(
  organization: ReturnType<typeof cityOrganization> | ReturnType<typeof departmentOrganization>,
  phone: string | null | undefined,
  services: object[],
) {
  return { ...organization, phones: organizationPhones(organization.id, phone), services }
}

/** The organization responsible for a service: its published department, else the city. */
export function serviceOrganization(service: HsdsService, ctx: HsdsContext) {
  const departmentId = relationId(service.department)
  const department = departmentId === null ? undefined : ctx.departments.get(departmentId)
  return department ? departmentOrganization(department, ctx) : cityOrganization(ctx)
}

// Taxonomy --------------------------------------------------------------------------------

export function topicsTaxonomy(ctx: HsdsContext) {
  return {
    id: TOPICS_TAXONOMY_ID,
    name: texts(ctx).openData.hsds.taxonomyName,
    description: texts(ctx).openData.hsds.taxonomyDescription(ctx.city.name),
    uri: pageUrl(ctx, paths.topics()),
  }
}

export function topicTermId(topic: { id: number | string }): string {
  return hsdsId('taxonomy_term', topic.id)
}

export function taxonomyTerm(topic: Topic, ctx: HsdsContext) {
  return {
    id: topicTermId(topic),
    code: topic.slug,
    name: topic.title,
    description: topic.description || topic.title,
    taxonomy: texts(ctx).openData.hsds.taxonomyName,
    taxonomy_id: TOPICS_TAXONOMY_ID,
    language: ctx.locale,
    term_uri: pageUrl(ctx, paths.topic(topic.slug)),
  }
}

/** The service's published topics, as HSDS attributes linking it to taxonomy terms. */
function topicAttributes(service: HsdsService, serviceId: string, ctx: HsdsContext) {
  return (service.topics ?? []).flatMap((value) => {
    const topic = ctx.topics.get(relationId(value)!)
    if (!topic) return []
    return [
      {
        id: hsdsId('attribute', service.id, topic.id),
        link_id: serviceId,
        link_type: 'topic',
        link_entity: 'service',
        taxonomy_term_id: topicTermId(topic),
        taxonomy_term: { ...taxonomyTerm(topic, ctx), taxonomy_detail: topicsTaxonomy(ctx) },
      },
    ]
  })
}

/** Plaza topic ids of a service, published or not: for the taxonomy_term_id filter. */
export function serviceTopicTermIds(service: HsdsService): string[] {
  return (service.topics ?? []).map((value) => topicTermId({ id: relationId(value)! }))
}

// Services --------------------------------------------------------------------------------

export function serviceId(service: Pick<HsdsService, 'id'>): string {
  return hsdsId('service', service.id)
}

/** The service's own (one-to-one) fields and its organization: a /services list entry. */
export function serviceSummary(service: HsdsService, ctx: HsdsContext) {
  const organization = serviceOrganization(service, ctx)
  return {
    id: serviceId(service),
    organization_id: organization.id,
    name: service.title,
    ...present({ description: service.summary }),
    url: pageUrl(ctx, paths.service(service.slug)),
    // HSDS: active, inactive, defunct or temporarily closed.
    status: service.status?.state === 'closed' ? 'temporarily closed' : 'active',
    ...present({ alert: service.status?.state !== 'normal' ? service.status?.message : null }),
    last_modified: serviceLastModified(service, ctx).toISOString(),
    organization,
  }
}

/**
 * HSDS: "when the service, or any related information about the service, has changed".
 * So the newest of the service, its department, its topics and the city's settings, and,
 * for a service with opening hours, the start of the schedules' window: on 1 January the
 * exported schedules move on a year, and an incremental consumer must see that.
 */
export function serviceLastModified(service: HsdsService, ctx: HsdsContext): Date {
  const stamps = [service.updatedAt, ctx.city.updatedAt]
  const department = ctx.departments.get(relationId(service.department) ?? '')
  if (department) stamps.push(department.updatedAt)
  for (const value of service.topics ?? [])
    stamps.push(ctx.topics.get(relationId(value)!)?.updatedAt)
  let newest = Math.max(...stamps.map((stamp) => (stamp ? Date.parse(stamp) : 0)))
  if (service.locations?.some((location) => location.openingHours)) {
    const offset = utcOffsetHours(ctx.timeZone, ctx.year, 0, 1)
    newest = Math.max(newest, Date.UTC(ctx.year, 0, 1) - offset * 3_600_000)
  }
  return new Date(newest)
}

/** The fully nested service of /services/{id}. */
export function fullService(service: HsdsService, ctx: HsdsContext) {
  const { organization, ...summary } = serviceSummary(service, ctx)
  const department = ctx.departments.get(relationId(service.department) ?? '')
  return {
    ...summary,
    organization,
    service_at_locations: serviceAtLocations(service, ctx),
    contacts: department ? [departmentContact(service, department, summary.id)] : [],
    attributes: topicAttributes(service, summary.id, ctx),
  }
}

function departmentContact(service: HsdsService, department: Department, serviceHsdsId: string) {
  const id = hsdsId('contact', service.id, 'department', department.id)
  return {
    id,
    service_id: serviceHsdsId,
    name: department.title,
    department: department.title,
    ...present({ email: department.email }),
    phones: department.phone
      ? [{ id: hsdsId('phone', 'contact', id), contact_id: id, number: department.phone }]
      : [],
  }
}

// Locations -------------------------------------------------------------------------------

const locationKey = (location: Location, index: number) => location.id || `#${index}`

export function serviceAtLocationId(service: HsdsService, location: Location, index: number) {
  return hsdsId('service_at_location', service.id, locationKey(location, index))
}

/** A location's own fields: the `location` of a /service_at_locations list entry. */
export function locationSummary(service: HsdsService, location: Location, index: number) {
  return {
    id: hsdsId('location', service.id, locationKey(location, index)),
    location_type: 'physical',
    ...present({ url: location.website, name: location.name }),
    latitude: location.point[1],
    longitude: location.point[0],
  }
}

function fullLocation(service: HsdsService, location: Location, index: number, ctx: HsdsContext) {
  const summary = locationSummary(service, location, index)
  const key = locationKey(location, index)
  const { address, accessibility } = location
  const wheelchair = accessibility?.wheelchair ?? 'unknown'
  return {
    ...summary,
    addresses: [
      {
        id: hsdsId('address', service.id, key),
        location_id: summary.id,
        address_1: address.street,
        city: address.locality || ctx.city.name,
        ...present({ region: address.district || ctx.address.address.state }),
        state_province: ctx.address.address.state,
        postal_code: address.postalCode || '',
        country: ctx.address.address.country_code.toUpperCase(),
        address_type: 'physical',
      },
    ],
    accessibility: [
      {
        id: hsdsId('accessibility', service.id, key),
        location_id: summary.id,
        description: `${texts(ctx).services.accessibility}: ${texts(ctx).services.wheelchair[wheelchair]}`,
        ...present({ details: accessibility?.notes }),
      },
    ],
    phones: location.phone
      ? [{ id: hsdsId('phone', service.id, key), location_id: summary.id, number: location.phone }]
      : [],
  }
}

/** Each location of the service as an HSDS service_at_location, fully nested. */
export function serviceAtLocations(service: HsdsService, ctx: HsdsContext) {
  const ownId = serviceId(service)
  return (service.locations ?? []).map((location, index) => {
    const id = serviceAtLocationId(service, location, index)
    const nested = fullLocation(service, location, index, ctx)
    return {
      id,
      service_id: ownId,
      location_id: nested.id,
      location: nested,
      contacts: location.email
        ? [
            {
              id: hsdsId('contact', service.id, locationKey(location, index)),
              service_at_location_id: id,
              location_id: nested.id,
              name: location.name,
              email: location.email,
            },
          ]
        : [],
      schedules: location.openingHours
        ? hsdsSchedules(location.openingHours, { serviceId: ownId, locationId: nested.id, id }, ctx)
        : [],
    }
  })
}

/** A /service_at_locations list entry: the link with the location's and service's own fields. */
export function serviceAtLocationSummary(
  service: HsdsService,
  location: Location,
  index: number,
  ctx: HsdsContext,
) {
  const summary = locationSummary(service, location, index)
  return {
    id: serviceAtLocationId(service, location, index),
    service_id: serviceId(service),
    location_id: summary.id,
    location: summary,
    service: serviceSummary(service, ctx),
  }
}

// Schedules -------------------------------------------------------------------------------

/** The schedules of one location's opening hours (see hsdsSchedules.ts). */
export function hsdsSchedules(
  openingHours: string,
  ids: { serviceId: string; locationId: string; id: string },
  ctx: HsdsContext,
) {
  const t = texts(ctx).openData.hsds
  const common = {
    service_id: ids.serviceId,
    location_id: ids.locationId,
    service_at_location_id: ids.id,
    attending_type: 'in_person',
    notes: t.hoursNotes(ctx.timeZone, openingHours),
  }
  const plan = planSchedules(openingHours, ctx.timeZone, ctx.year, ctx.address)
  // A value the library cannot read is passed on as text: the notes say it all.
  if (!plan)
    return [{ id: hsdsId('schedule', ids.id, 'text'), ...common, description: openingHours }]
  return plan.map((row: PlannedSchedule) => {
    const description =
      row.kind === 'weekly'
        ? undefined
        : [
            row.holiday !== undefined ? t.holiday(row.holiday) : t.specialHours,
            row.closed ? t.closed : '',
          ]
            .filter(Boolean)
            .join(': ')
    return {
      id: hsdsId('schedule', ids.id, row.key),
      ...common,
      ...present({ valid_from: row.valid_from, valid_to: row.valid_to }),
      timezone: row.timezone,
      ...(row.opens_at ? { freq: 'WEEKLY', wkst: 'MO', byday: row.byday } : {}),
      ...present({ opens_at: row.opens_at, closes_at: row.closes_at, description }),
    }
  })
}
