import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { nobody } from '../access/nobody'
import { auditDelete } from '@/lib/audit/hooks'

/**
 * A citizen's proven e-office identity, kept only as a keyed hash of issuer + `sub`, and the
 * devices to notify. Disconnecting deletes the link and its notices.
 */
export const CitizenLinks: CollectionConfig = {
  slug: 'citizen-links',
  labels: { singular: 'Citizen link', plural: 'Citizen links' },
  access: {
    read: admins,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: ({ req }) => admins({ req }) === true,
  },
  admin: { group: 'Notifications', defaultColumns: ['id', 'linkedAt', 'lastSignInAt'] },
  hooks: {
    afterDelete: [auditDelete],
  },
  fields: [
    {
      name: 'subjectHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 128,
      admin: { readOnly: true },
    },
    {
      name: 'devices',
      type: 'relationship',
      relationTo: 'push-subscriptions',
      hasMany: true,
      admin: { readOnly: true },
    },
    { name: 'linkedAt', type: 'date', required: true, admin: { readOnly: true } },
    { name: 'lastSignInAt', type: 'date', admin: { readOnly: true } },
    // The live sessions' ids and expiries (src/lib/eoffice/session.ts): signing out removes
    // one, so its cookie is refused at once. Never shown, not even to admins.
    { name: 'sessions', type: 'json', hidden: true },
  ],
}
