import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { auditDelete } from '@/lib/audit/hooks'

/**
 * That the electronic office sent a citizen a message (the message stays there). Read only for
 * the signed-in citizen's inbox; deleted on disconnect or after the retention period.
 */
export const EOfficeNotices: CollectionConfig = {
  slug: 'eoffice-notices',
  labels: { singular: 'E-office notice', plural: 'E-office notices' },
  access: {
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: () => false,
  },
  admin: { hidden: true },
  defaultSort: '-sentAt',
  hooks: {
    afterDelete: [auditDelete],
  },
  fields: [
    // The electronic office's id: the same message posted twice is stored once.
    { name: 'messageId', type: 'text', required: true, unique: true, index: true, maxLength: 200 },
    {
      name: 'link',
      type: 'relationship',
      relationTo: 'citizen-links',
      required: true,
      index: true,
    },
    { name: 'subject', type: 'text', required: true, maxLength: 300 },
    { name: 'url', type: 'text', required: true, maxLength: 2048 },
    { name: 'category', type: 'text', maxLength: 60 },
    { name: 'sentAt', type: 'date', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
