// The city and its departments as HSDS organizations (the city is every department's parent).
import { paths } from '@/lib/content/paths'
import type { Department } from '@/payload-types'

import {
  CITY_ORGANIZATION_ID,
  type HsdsContext,
  type HsdsService,
  pageUrl,
  present,
  relationId,
  texts,
} from './hsdsContext'
import { hsdsId } from './hsdsId'

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
