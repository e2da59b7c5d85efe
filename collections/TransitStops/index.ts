import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { staff } from '../access/staff'
import { transitOverlayFields } from '../TransitLines'

/** What editors add to a GTFS stop (keyed by stop_id); see TransitLines. */
export const TransitStops: CollectionConfig = {
  slug: 'transit-stops',
  labels: { singular: 'Transit stop', plural: 'Transit stops' },
  access: {
    read: anyone,
    create: editors,
    // Editors only: overlay records have no drafts, every save is live (docs/SECURITY.md).
    update: editors,
    delete: editors,
    unlock: editors,
    admin: staff,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'stopId'], group: 'Transit' },
  fields: [
    {
      name: 'stopId',
      label: 'GTFS stop_id',
      type: 'text',
      required: true,
      unique: true,
      index: true,
    },
    ...transitOverlayFields,
  ],
}
