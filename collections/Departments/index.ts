import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

/** Organisational units responsible for services and procedures, with their contact data. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: { singular: 'Department', plural: 'Departments' },
  access: publicContentAccess,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'email', 'phone', '_status'] },
  defaultSort: 'title',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
      ],
    },
    { name: 'address', type: 'text', maxLength: 300 },
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [revalidateAfterChange('departments'), auditPublishing],
    afterDelete: [revalidateAfterDelete('departments'), auditDelete],
  },
}
