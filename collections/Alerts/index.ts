import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { internalNotesField } from '../fields/internalNotes'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'

/** Official alerts (CAP 1.2 vocabulary). Banner, pages and feeds come with the alerts issue. */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: 'Alert', plural: 'Alerts' },
  access: publicContentAccess,
  admin: {
    useAsTitle: 'headline',
    defaultColumns: ['headline', 'severity', 'onset', 'expires', '_status'],
  },
  defaultSort: '-onset',
  versions: draftVersions,
  fields: [
    { name: 'headline', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField('headline'),
    { name: 'description', type: 'textarea', required: true, localized: true, maxLength: 2000 },
    { name: 'instruction', type: 'textarea', localized: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        {
          name: 'severity',
          type: 'select',
          required: true,
          defaultValue: 'Moderate',
          options: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'].map((v) => ({
            label: v,
            value: v,
          })),
        },
        {
          name: 'status',
          label: 'CAP status',
          type: 'select',
          // Named apart from the drafts' `_status` enum, which PostgreSQL would otherwise share.
          enumName: 'enum_alerts_cap_status',
          required: true,
          defaultValue: 'Actual',
          options: ['Actual', 'Exercise', 'Test'].map((v) => ({ label: v, value: v })),
          admin: { description: 'Only "Actual" alerts are shown on the public site.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'onset',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'expires',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (value: unknown, { siblingData }: { siblingData: { onset?: string } }) => {
            if (!value || !siblingData?.onset) return true
            return new Date(String(value)) > new Date(siblingData.onset)
              ? true
              : 'An alert must expire after its onset.'
          },
        },
      ],
    },
    { name: 'areaDescription', type: 'text', required: true, localized: true, maxLength: 300 },
    internalNotesField,
  ],
  hooks: {
    afterChange: [revalidateAfterChange('alerts')],
    afterDelete: [revalidateAfterDelete('alerts')],
  },
}
