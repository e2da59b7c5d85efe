import type { CollectionConfig, Field } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { staff } from '../access/staff'

const HEX = /^#[0-9a-fA-F]{6}$/

/** Editorial fields shared by lines and stops: never written by an import. */
export const transitOverlayFields: Field[] = [
  {
    name: 'name',
    type: 'text',
    admin: { readOnly: true, description: 'From the feed; updated by each import.' },
  },
  { name: 'description', type: 'textarea', localized: true, maxLength: 2000 },
  {
    name: 'accessibility',
    label: 'Accessibility notes',
    type: 'textarea',
    localized: true,
    maxLength: 1000,
  },
]

/**
 * What editors add to a GTFS route; imports only create records and refresh `name`. No
 * revalidation: transit pages render per request.
 */
export const TransitLines: CollectionConfig = {
  slug: 'transit-lines',
  labels: { singular: 'Transit line', plural: 'Transit lines' },
  access: {
    read: anyone,
    create: editors,
    // Editors only: overlay records have no drafts, every save is live (docs/SECURITY.md).
    update: editors,
    delete: editors,
    unlock: editors,
    admin: staff,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'routeId', 'color'], group: 'Transit' },
  fields: [
    {
      name: 'routeId',
      label: 'GTFS route_id',
      type: 'text',
      required: true,
      unique: true,
      index: true,
    },
    ...transitOverlayFields,
    {
      name: 'color',
      label: 'Colour override',
      type: 'text',
      admin: { description: 'Optional, e.g. #0055AA; replaces the feed’s route_color.' },
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && HEX.test(value))
          ? true
          : 'Use a colour like #0055AA.',
    },
  ],
}
