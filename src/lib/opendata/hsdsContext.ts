// What every HSDS mapping reads (the service's selected fields, the published departments and
// topics, the city) and the rules they share: HSDS has no null, so empty fields are left out.
import { localePath } from '@/lib/content/paths'
import type { CityAddress } from '@/lib/hours/holidayRegion'
import { getMessages, type Messages } from '@/lib/i18n/messages'
import type { Department, Service, Topic } from '@/payload-types'

import { hsdsId } from './hsdsId'

export type HsdsLocation = NonNullable<Service['locations']>[number]

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
  /** When the catalogue was read: a service notice that started or ended since is a change. */
  now?: Date
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

export const texts = (ctx: HsdsContext): Messages => getMessages(ctx.locale)
export const pageUrl = (ctx: HsdsContext, path: string) =>
  `${ctx.serverUrl}${localePath(ctx.locale, path)}`
export const relationId = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? (value as { id: number | string }).id : (value as never)

/** Copies only the fields that have a value: HSDS wants absent, not null or "". */
export function present<T extends Record<string, unknown>>(object: T): Partial<T> {
  const out: Partial<T> = {}
  for (const key in object) {
    const value = object[key]
    if (value !== null && value !== undefined && value !== '') out[key] = value
  }
  return out
}

export function serviceId(service: Pick<HsdsService, 'id'>): string {
  return hsdsId('service', service.id)
}
