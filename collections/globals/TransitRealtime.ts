import type { Field, GlobalConfig } from 'payload'

import { nobody } from '../access/nobody'
import { staff } from '../access/staff'
import { REALTIME_FEED_KINDS, type RealtimeFeedKind } from '@/lib/transit/realtime/types'

const labels: Record<RealtimeFeedKind, string> = {
  tripUpdates: 'TripUpdates',
  serviceAlerts: 'ServiceAlerts',
  vehiclePositions: 'VehiclePositions',
}

const statusGroup = (kind: RealtimeFeedKind): Field => ({
  name: kind,
  label: labels[kind],
  type: 'group',
  admin: { readOnly: true },
  fields: [
    { name: 'lastSuccessAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastErrorAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', type: 'text' },
    { name: 'entities', label: 'Entities in the last feed', type: 'number' },
    { name: 'used', label: 'Used', type: 'number' },
    { name: 'unknownTrips', label: 'Left out: unknown trips (or lines)', type: 'number' },
    { name: 'unknownStops', label: 'Left out: unknown stops', type: 'number' },
  ],
})

/**
 * Live departures status and state, written only by the server's poller, so every instance
 * reads the same predictions and the admin sees what failed.
 */
export const TransitRealtime: GlobalConfig = {
  slug: 'transit-realtime',
  label: 'Live departures status',
  admin: {
    group: 'Transit',
    description:
      'Read only. Feeds are set in Site settings → Transit: live departures; they are fetched by the instance that runs jobs.',
  },
  access: { read: staff, update: nobody, readVersions: nobody },
  fields: [
    ...REALTIME_FEED_KINDS.map(statusGroup),
    // The merged state itself: large and machine-read, so kept out of the admin form.
    { name: 'state', type: 'json', admin: { hidden: true } },
  ],
}
