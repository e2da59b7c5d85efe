import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { internalNotesField } from '../fields/internalNotes'
import { topicsField } from '../fields/relations'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'

/** The city agenda. Essentials now; recurrence, feeds and pages come with the agenda issue. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  access: publicContentAccess,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'startsAt', '_status', 'updatedAt'] },
  defaultSort: 'startsAt',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField(),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
        },
        {
          name: 'endsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, width: '50%' },
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) => {
            if (!value || !siblingData?.startsAt) return true
            return new Date(String(value)) >= new Date(siblingData.startsAt)
              ? true
              : 'The end must be after the start.'
          },
        },
      ],
    },
    { name: 'allDay', type: 'checkbox', defaultValue: false },
    {
      name: 'venue',
      type: 'group',
      fields: [
        {
          name: 'service',
          label: 'Venue in the directory',
          type: 'relationship',
          relationTo: 'services',
        },
        { name: 'name', type: 'text', localized: true },
        { name: 'address', type: 'text' },
        { name: 'point', type: 'point' },
      ],
    },
    topicsField,
    { name: 'body', type: 'richText', localized: true },
    internalNotesField,
  ],
  hooks: {
    afterChange: [revalidateAfterChange('events')],
    afterDelete: [revalidateAfterDelete('events')],
  },
}
