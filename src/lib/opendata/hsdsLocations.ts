// A service's locations as HSDS service_at_locations: the location with its address,
// accessibility, phones and contact, and its opening hours as schedules.
import {
  type HsdsContext,
  type HsdsLocation,
  type HsdsService,
  present,
  serviceId,
  texts,
} from './hsdsContext'
import { hsdsId } from './hsdsId'
import { planSchedules, type PlannedSchedule } from './hsdsSchedules'

const locationKey = (location: HsdsLocation, index: number) => location.id || `#${index}`

export function serviceAtLocationId(service: HsdsService, location: HsdsLocation, index: number) {
  return hsdsId('service_at_location', service.id, locationKey(location, index))
}

/** A location's own fields: the `location` of a /service_at_locations list entry. */
export function locationSummary(service: HsdsService, location: HsdsLocation, index: number) {
  return {
    id: hsdsId('location', service.id, locationKey(location, index)),
    location_type: 'physical',
    ...present({ url: location.website, name: location.name }),
    latitude: location.point[1],
    longitude: location.point[0],
  }
}

function fullLocation(
  service: HsdsService,
  location: HsdsLocation,
  index: number,
  ctx: HsdsContext,
) {
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
