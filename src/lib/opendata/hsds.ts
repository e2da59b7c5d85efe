// Open Referral HSDS 3.0 services (organizations, taxonomy, locations: sibling hsds*.ts files);
// ids are UUID v5 of Plaza's ids (hsdsId.ts).
import { paths } from '@/lib/content/paths'
import { noticeBoundaries } from '@/lib/services/noticeDates'
import type { Department } from '@/payload-types'

import {
  type HsdsContext,
  type HsdsLocation,
  type HsdsService,
  pageUrl,
  present,
  relationId,
  serviceId,
} from './hsdsContext'
import { hsdsId } from './hsdsId'
import { locationSummary, serviceAtLocationId, serviceAtLocations } from './hsdsLocations'
import { serviceOrganization } from './hsdsOrganizations'
import { utcOffsetHours } from './hsdsSchedules'
import { topicAttributes } from './hsdsTaxonomy'

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
 * HSDS "last modified" includes related information: the department, topics, city settings,
 * and the schedules' window, which moves on 1 January (incremental consumers must see that).
 */
export function serviceLastModified(service: HsdsService, ctx: HsdsContext): Date {
  const stamps = [service.updatedAt, ctx.city.updatedAt]
  const department = ctx.departments.get(relationId(service.department) ?? '')
  if (department) stamps.push(department.updatedAt)
  for (const value of service.topics ?? [])
    stamps.push(ctx.topics.get(relationId(value)!)?.updatedAt)
  let newest = Math.max(...stamps.map((stamp) => (stamp ? Date.parse(stamp) : 0)))
  // A notice that started or ended on its own changed the service's status and alert.
  const now = ctx.now?.getTime()
  if (now !== undefined && service.status) {
    for (const at of noticeBoundaries(service.status, ctx.timeZone)) {
      if (at.getTime() <= now) newest = Math.max(newest, at.getTime())
    }
  }
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

/** A /service_at_locations list entry: the link with the location's and service's own fields. */
export function serviceAtLocationSummary(
  service: HsdsService,
  location: HsdsLocation,
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
