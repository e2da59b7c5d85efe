import type { CollectionConfig } from 'payload'

import { validateCircleField, validatePolygonField } from '@/lib/alerts/geometry'

import { publicContentAccess } from '../access/publicContentAccess'
import { publishedActualAlertsOrStaff } from '../access/publishedActualAlertsOrStaff'
import { withPublishChecks } from '../hooks/checkBeforePublish'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { notifyAlertSubscribers } from '../hooks/notifyPushSubscribers'
import { syncSearchAfterChange, syncSearchAfterDelete } from '../hooks/syncSearch'
import { internalNotesField } from '../fields/internalNotes'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { recordCapMessage } from './hooks/recordCapMessage'
import { scheduleAlertCrossings } from './hooks/scheduleAlertCrossings'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

export const CAP_URGENCIES = ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'] as const
export const CAP_CERTAINTIES = ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'] as const
export const CAP_CATEGORIES = [
  'Geo',
  'Met',
  'Safety',
  'Security',
  'Rescue',
  'Fire',
  'Health',
  'Env',
  'Transport',
  'Infra',
  'CBRNE',
  'Other',
] as const

/** Official alerts (CAP 1.2 vocabulary): the site-wide banner, alert pages and RSS/Atom/CAP feeds. */
export const Alerts: CollectionConfig = withPublishChecks({
  slug: 'alerts',
  labels: { singular: 'Alert', plural: 'Alerts' },
  access: { ...publicContentAccess, read: publishedActualAlertsOrStaff },
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
    {
      type: 'row',
      fields: [
        {
          name: 'urgency',
          type: 'select',
          required: true,
          defaultValue: 'Expected',
          options: CAP_URGENCIES.map((v) => ({ label: v, value: v })),
        },
        {
          name: 'certainty',
          type: 'select',
          required: true,
          defaultValue: 'Likely',
          options: CAP_CERTAINTIES.map((v) => ({ label: v, value: v })),
        },
      ],
    },
    {
      name: 'categories',
      label: 'CAP categories',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['Other'],
      options: CAP_CATEGORIES.map((v) => ({ label: v, value: v })),
    },
    {
      name: 'eventType',
      label: 'Event type',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      admin: { description: 'What is happening, in a few words: “Storm”, “Water supply cut”.' },
    },
    {
      name: 'area',
      type: 'group',
      fields: [
        { name: 'description', type: 'text', required: true, localized: true, maxLength: 300 },
        {
          name: 'districts',
          type: 'relationship',
          relationTo: 'districts',
          hasMany: true,
        },
        {
          // Draws into the two fields below, which stay editable as text (no column).
          name: 'areaMap',
          type: 'ui',
          admin: { components: { Field: '@/components/admin/MapPicker#AreaMapField' } },
        },
        {
          name: 'polygon',
          type: 'textarea',
          admin: {
            description:
              'Optional. Pairs “latitude,longitude” separated by spaces; the first and last pair must be equal (CAP 1.2).',
          },
          validate: validatePolygonField,
        },
        {
          name: 'circle',
          type: 'text',
          admin: {
            description: 'Optional. “latitude,longitude radius-in-km”, e.g. “39.47,-0.37 2.5”.',
          },
          validate: validateCircleField,
        },
      ],
    },
    {
      name: 'affects',
      type: 'group',
      admin: { description: 'Services, procedures, transit lines and stops this alert affects.' },
      fields: [
        { name: 'services', type: 'relationship', relationTo: 'services', hasMany: true },
        { name: 'procedures', type: 'relationship', relationTo: 'procedures', hasMany: true },
        { name: 'lines', type: 'relationship', relationTo: 'transit-lines', hasMany: true },
        { name: 'stops', type: 'relationship', relationTo: 'transit-stops', hasMany: true },
      ],
    },
    {
      name: 'web',
      label: 'More information (URL)',
      type: 'text',
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim() === '') return true
        return /^https?:\/\/[^\s<>"]+$/i.test(value.trim()) && URL.canParse(value.trim())
          ? true
          : 'The link must be a full web address starting with https:// or http://.'
      },
    },
    {
      name: 'withdrawn',
      label: 'Cancel this alert',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description:
          'Publishes a CAP “Cancel” message and removes the alert from the banner and lists.',
      },
    },
    {
      name: 'capMessages',
      label: 'CAP messages sent',
      type: 'array',
      admin: { readOnly: true, position: 'sidebar', initCollapsed: true },
      fields: [
        { name: 'identifier', type: 'text', required: true },
        { name: 'sent', type: 'date', required: true },
        {
          name: 'msgType',
          type: 'select',
          required: true,
          options: ['Alert', 'Update', 'Cancel'].map((v) => ({ label: v, value: v })),
        },
      ],
    },
    {
      // Virtual: read by the push hook on this save only, never stored (no column).
      name: 'notifyUpdate',
      label: 'Notify subscribers of this update',
      type: 'checkbox',
      virtual: true,
      admin: {
        position: 'sidebar',
        condition: (data) => (data?.capMessages?.length ?? 0) > 0,
        description:
          'The first publication notifies “Notify me” devices. Tick this to notify them again when publishing an important change.',
      },
    },
    {
      // A join adds no column: the delivery reports that point at this alert.
      name: 'pushDeliveries',
      label: 'Push notifications sent',
      type: 'join',
      collection: 'push-deliveries',
      on: 'alert',
      defaultLimit: 10,
      admin: {
        defaultColumns: ['status', 'matched', 'sent', 'failed', 'pruned', 'retried', 'createdAt'],
        allowCreate: false,
      },
    },
    internalNotesField,
  ],
  hooks: {
    beforeChange: [recordCapMessage, rememberLiveStatus],
    afterChange: [
      revalidateAfterChange('alerts'),
      scheduleAlertCrossings,
      syncSearchAfterChange('alerts'),
      notifyAlertSubscribers,
      auditPublishing,
    ],
    afterDelete: [revalidateAfterDelete('alerts'), syncSearchAfterDelete('alerts'), auditDelete],
  },
})
