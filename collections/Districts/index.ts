import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

/**
 * The city's districts: where a citizen without location access says they are (near-me
 * fallback, by district or postcode), and the areas an alert can name.
 */
export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: 'District', plural: 'Districts' },
  access: publicContentAccess,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'postalCodes', '_status'] },
  defaultSort: 'name',
  versions: draftVersions,
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    slugField('name'),
    {
      name: 'centre',
      label: 'Centre (longitude, latitude)',
      type: 'point',
      required: true,
      admin: {
        description: 'Where distances are measured from when a citizen picks this district.',
      },
    },
    {
      name: 'postalCodes',
      label: 'Postal codes',
      type: 'text',
      admin: { description: 'Comma-separated, e.g. “46001, 46002”.' },
    },
    {
      name: 'boundary',
      type: 'textarea',
      admin: {
        description:
          'Optional outline, pairs “latitude,longitude” separated by spaces (CAP polygon format), used when an alert names this district.',
      },
    },
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [revalidateAfterChange('districts'), auditPublishing],
    afterDelete: [revalidateAfterDelete('districts'), auditDelete],
  },
}
