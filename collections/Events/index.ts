import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { withPublishChecks } from '../hooks/checkBeforePublish'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { notifyEventSubscribers } from '../hooks/notifyPushSubscribers'
import { syncSearchAfterChange, syncSearchAfterDelete } from '../hooks/syncSearch'
import { internalNotesField } from '../fields/internalNotes'
import { topicsField } from '../fields/relations'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { isTimeZone } from '@/lib/time/zone'

import { compileEventRecurrence } from './hooks/compileRecurrence'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

export const EVENT_STATUSES = [
  { label: 'Scheduled', value: 'EventScheduled' },
  { label: 'Cancelled', value: 'EventCancelled' },
  { label: 'Postponed', value: 'EventPostponed' },
  { label: 'Rescheduled', value: 'EventRescheduled' },
] as const

export const EVENT_AUDIENCES = [
  'children',
  'young-people',
  'families',
  'adults',
  'seniors',
  'tourists',
] as const

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/**
 * The city agenda. Times are instants (UTC in the database); the wall-clock times an editor
 * means are those of `timezone`, or of the site settings when it is empty. Recurrence is
 * edited as fields (never raw RRULE text) and compiled to an RFC 5545 rule on save.
 */
export const Events: CollectionConfig = withPublishChecks({
  slug: 'events',
  labels: { singular: 'Event', plural: 'Events' },
  access: publicContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'eventStatus', '_status', 'updatedAt'],
  },
  defaultSort: 'startsAt',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    // /agenda/topics/… is the agenda's topic feeds, next to /agenda/<event slug>.
    slugField('title', ['topics']),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    {
      name: 'eventStatus',
      label: 'Event status',
      type: 'select',
      required: true,
      defaultValue: 'EventScheduled',
      options: EVENT_STATUSES.map((s) => ({ ...s })),
      admin: {
        position: 'sidebar',
        description:
          'Cancelled and postponed events stay listed, clearly marked, and reach calendar subscribers.',
      },
    },
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
      name: 'timezone',
      type: 'text',
      validate: (value: unknown) =>
        !value || isTimeZone(value)
          ? true
          : `"${String(value)}" is not a known time zone. Use an IANA name such as Europe/Madrid.`,
      admin: {
        description:
          'IANA time zone of the times above, e.g. Europe/Madrid. Empty: the city’s time zone.',
      },
    },
    {
      name: 'previousStartsAt',
      label: 'Originally planned start',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        condition: (_data, sibling) => sibling?.eventStatus === 'EventRescheduled',
        description: 'Shown as “moved from” on rescheduled events.',
      },
    },
    {
      name: 'recurrence',
      type: 'group',
      admin: {
        description: 'Repeat this event. Each occurrence keeps the start time and duration.',
      },
      fields: [
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'none',
          options: [
            { label: 'Does not repeat', value: 'none' },
            { label: 'Daily', value: 'daily' },
            { label: 'Weekly', value: 'weekly' },
            { label: 'Monthly', value: 'monthly' },
            { label: 'Yearly', value: 'yearly' },
          ],
        },
        {
          name: 'interval',
          label: 'Every (1 = every day/week/month/year, 2 = every other…)',
          type: 'number',
          defaultValue: 1,
          min: 1,
          max: 99,
          admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
        },
        {
          name: 'weekdays',
          label: 'On',
          type: 'select',
          hasMany: true,
          options: WEEKDAYS.map((value) => ({ label: value, value })),
          admin: { condition: (_d, s) => s?.frequency === 'weekly' },
        },
        {
          name: 'monthlyBy',
          label: 'Monthly on',
          type: 'select',
          defaultValue: 'dayOfMonth',
          options: [
            { label: 'The same day of the month (e.g. the 14th)', value: 'dayOfMonth' },
            { label: 'The same weekday (e.g. the first Sunday)', value: 'weekdayOfMonth' },
          ],
          admin: { condition: (_d, s) => s?.frequency === 'monthly' },
        },
        {
          name: 'ends',
          type: 'select',
          defaultValue: 'never',
          options: [
            { label: 'Never', value: 'never' },
            { label: 'On a date', value: 'until' },
            { label: 'After a number of times', value: 'count' },
          ],
          admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
        },
        {
          name: 'until',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            condition: (_d, s) =>
              s?.frequency !== 'none' && (s?.ends === 'until' || Boolean(s?.until)),
          },
        },
        {
          name: 'count',
          type: 'number',
          min: 1,
          max: 1000,
          admin: {
            condition: (_d, s) =>
              s?.frequency !== 'none' && (s?.ends === 'count' || s?.count != null),
          },
        },
        {
          name: 'exceptions',
          label: 'Skipped dates',
          type: 'array',
          admin: { condition: (_d, s) => Boolean(s?.frequency && s.frequency !== 'none') },
          fields: [
            {
              name: 'date',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly' } },
            },
          ],
        },
        {
          name: 'rrule',
          label: 'RFC 5545 rule (computed)',
          type: 'text',
          admin: { readOnly: true, description: 'Filled on save from the fields above.' },
        },
      ],
    },
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
    {
      name: 'price',
      type: 'group',
      fields: [
        { name: 'isFree', label: 'Free entry', type: 'checkbox', defaultValue: false },
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              label: 'From (amount)',
              type: 'number',
              min: 0,
              admin: { width: '30%' },
            },
            {
              name: 'currency',
              type: 'text',
              defaultValue: 'EUR',
              maxLength: 3,
              admin: { width: '20%' },
            },
            {
              name: 'details',
              label: 'Price details',
              type: 'text',
              localized: true,
              maxLength: 200,
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    { name: 'registrationUrl', label: 'Registration or tickets (URL)', type: 'text' },
    {
      name: 'organiser',
      type: 'group',
      fields: [
        { name: 'department', type: 'relationship', relationTo: 'departments' },
        { name: 'name', type: 'text', localized: true, maxLength: 160 },
        { name: 'url', type: 'text' },
      ],
    },
    {
      name: 'accessibility',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'wheelchair',
              label: 'Step-free / wheelchair access',
              type: 'checkbox',
              defaultValue: false,
            },
            { name: 'signLanguage', label: 'Sign language', type: 'checkbox', defaultValue: false },
            { name: 'hearingLoop', label: 'Hearing loop', type: 'checkbox', defaultValue: false },
          ],
        },
        { name: 'notes', type: 'textarea', localized: true, maxLength: 500 },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
    topicsField,
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      options: EVENT_AUDIENCES.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    { name: 'body', type: 'richText', localized: true },
    internalNotesField,
  ],
  hooks: {
    beforeChange: [compileEventRecurrence, rememberLiveStatus],
    afterChange: [
      revalidateAfterChange('events'),
      syncSearchAfterChange('events'),
      notifyEventSubscribers,
      auditPublishing,
    ],
    afterDelete: [revalidateAfterDelete('events'), syncSearchAfterDelete('events'), auditDelete],
  },
})
