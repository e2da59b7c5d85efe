import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { hasRole } from '@/lib/auth/roles'
import { nobody } from '../access/nobody'
import { AUDIT_ACTIONS } from '@/lib/audit/auditLog'

/**
 * Security events (docs/SECURITY.md), read by admins; only the server writes, with overrideAccess.
 * Anonymous refusals are counted per client and hour, and old entries deleted.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  access: {
    read: admins,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: ({ req }) => hasRole(req.user, 'admin'),
  },
  admin: {
    group: 'System',
    useAsTitle: 'action',
    defaultColumns: [
      'createdAt',
      'action',
      'actor',
      'collectionSlug',
      'documentId',
      'status',
      'count',
    ],
    description: 'Who did what, when. Written by the server; read-only.',
    hidden: ({ user }) => !hasRole(user as Parameters<typeof hasRole>[0], 'admin'),
  },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((value) => ({ label: value, value })),
    },
    {
      name: 'actor',
      type: 'text',
      required: true,
      admin: {
        description: 'The user’s email, the email tried (failed login), anonymous or system.',
      },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    {
      name: 'ipHash',
      label: 'Client address (keyed hash)',
      type: 'text',
      admin: { description: 'A keyed hash of the client address: the address itself is not kept.' },
    },
    { name: 'collectionSlug', label: 'Collection', type: 'text', index: true },
    { name: 'globalSlug', label: 'Global', type: 'text' },
    { name: 'documentId', label: 'Document', type: 'text', index: true },
    { name: 'operation', type: 'text' },
    { name: 'status', label: 'HTTP status', type: 'number' },
    { name: 'detail', type: 'text' },
    {
      name: 'count',
      label: 'Times',
      type: 'number',
      defaultValue: 1,
      admin: {
        description:
          'For refusals of clients nobody signed in as: how many times this client was refused in this hour (the first one is described above).',
      },
    },
    {
      name: 'lastAt',
      label: 'Last time',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    // Which counter a refusal adds to: kind, actor, client and hour, hashed.
    { name: 'bucket', type: 'text', index: true, admin: { hidden: true } },
  ],
}
