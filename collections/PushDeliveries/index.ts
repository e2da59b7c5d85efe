import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { staff } from '../access/staff'
import { auditDelete } from '@/lib/audit/hooks'

/**
 * One report per notification sent (matched, sent, failed, pruned), written by the delivery job
 * only; editors read it.
 */
export const PushDeliveries: CollectionConfig = {
  slug: 'push-deliveries',
  labels: { singular: 'Push delivery', plural: 'Push deliveries' },
  access: {
    read: staff,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: staff,
  },
  admin: {
    group: 'Notifications',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'matched', 'sent', 'failed', 'pruned', 'createdAt'],
  },
  defaultSort: '-createdAt',
  hooks: {
    afterDelete: [auditDelete],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { label: 'Alert', value: 'alert' },
        { label: 'Agenda event', value: 'event' },
        { label: 'Electronic-office message', value: 'eoffice' },
      ],
    },
    { name: 'alert', type: 'relationship', relationTo: 'alerts', index: true },
    { name: 'event', type: 'relationship', relationTo: 'events', index: true },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      options: ['queued', 'running', 'done', 'failed'].map((value) => ({ label: value, value })),
    },
    { name: 'matched', type: 'number', defaultValue: 0 },
    { name: 'sent', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    { name: 'pruned', type: 'number', defaultValue: 0 },
    { name: 'retried', type: 'number', defaultValue: 0 },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
    {
      name: 'failures',
      type: 'array',
      maxRows: 50,
      admin: { description: 'The first failures, by push service host (no device identifiers).' },
      fields: [
        { name: 'host', type: 'text' },
        { name: 'statusCode', type: 'number' },
        { name: 'message', type: 'text', maxLength: 500 },
      ],
    },
  ],
}
