import type { CollectionConfig } from 'payload'

import { admins } from '../access/admins'
import { nobody } from '../access/nobody'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { auditDelete } from '@/lib/audit/hooks'

/**
 * A "Notify me" device without an account: its Web Push endpoint, topics and language, nothing
 * else. Written only by the subscribe API and the delivery job.
 */
export const PushSubscriptions: CollectionConfig = {
  slug: 'push-subscriptions',
  labels: { singular: 'Push subscription', plural: 'Push subscriptions' },
  access: {
    read: admins,
    create: nobody,
    update: nobody,
    delete: admins,
    unlock: nobody,
    admin: ({ req }) => admins({ req }) === true,
  },
  admin: {
    group: 'Notifications',
    useAsTitle: 'endpoint',
    defaultColumns: ['locale', 'alerts', 'lastSuccessAt', 'failureCount', 'createdAt'],
  },
  hooks: {
    afterDelete: [auditDelete],
  },
  fields: [
    {
      name: 'endpoint',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 2048,
      admin: { readOnly: true },
    },
    {
      name: 'keys',
      type: 'group',
      admin: { readOnly: true },
      fields: [
        { name: 'p256dh', type: 'text', required: true, maxLength: 200 },
        { name: 'auth', type: 'text', required: true, maxLength: 100 },
      ],
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: defaultLocale,
      options: locales.map((value) => ({ label: value, value })),
    },
    {
      name: 'alerts',
      label: 'Alerts wanted',
      type: 'select',
      required: true,
      defaultValue: 'all',
      options: [
        { label: 'All alerts', value: 'all' },
        { label: 'Severe and extreme only', value: 'severe' },
        { label: 'Only for the districts, area or lines chosen', value: 'matching' },
        { label: 'None', value: 'none' },
      ],
    },
    { name: 'districts', type: 'relationship', relationTo: 'districts', hasMany: true },
    {
      name: 'area',
      type: 'group',
      admin: { description: 'A circle the citizen cares about (e.g. around home).' },
      fields: [
        { name: 'centre', label: 'Centre (longitude, latitude)', type: 'point' },
        { name: 'radiusKm', type: 'number', min: 0.1, max: 50 },
      ],
    },
    { name: 'lines', type: 'relationship', relationTo: 'transit-lines', hasMany: true },
    {
      name: 'agendaTopics',
      label: 'Agenda topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
    },
    { name: 'lastSuccessAt', type: 'date', admin: { readOnly: true } },
    { name: 'failureCount', type: 'number', defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastFailureAt', type: 'date', admin: { readOnly: true } },
  ],
}
