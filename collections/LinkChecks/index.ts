import type { CollectionConfig } from 'payload'

import { LINK_STATUSES } from '@/lib/links/checkLink'

import { nobody } from '../access/nobody'
import { staff } from '../access/staff'

/**
 * The last check of each external link in published content, written only by the link health
 * job (src/lib/links/linkHealthTask.ts).
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  labels: { singular: 'Link check', plural: 'Link checks' },
  access: {
    read: staff,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: staff,
  },
  admin: {
    group: 'System',
    useAsTitle: 'url',
    defaultColumns: ['url', 'status', 'httpStatus', 'checkedAt'],
    description: 'External links in published content, checked every night. Read-only.',
  },
  defaultSort: 'url',
  disableDuplicate: true,
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      // Named apart from other collections' `status` enums on PostgreSQL.
      enumName: 'enum_link_checks_status',
      options: LINK_STATUSES.map((value) => ({ label: value, value })),
    },
    { name: 'httpStatus', label: 'HTTP status', type: 'number' },
    {
      name: 'checkedAt',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'error', type: 'text' },
    { name: 'finalUrl', label: 'Redirects to', type: 'text' },
    {
      // [{ collection, id, title, path }]: JSON rather than an array field, whose rows would
      // need ids of their own (a document's id may appear under many links).
      name: 'usedBy',
      label: 'Used by',
      type: 'json',
      admin: { description: 'The published documents that carry this link.' },
    },
  ],
}
