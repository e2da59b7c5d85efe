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

import { practicalFields } from './fields/practical'
import { recurrenceField } from './fields/recurrence'
import { eventTimingFields } from './fields/timing'
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

/**
 * The city agenda. Times are instants; the editor's wall-clock is `timezone`'s or the site's.
 * Recurrence is edited as fields, never raw RRULE text.
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
    ...eventTimingFields,
    recurrenceField,
    ...practicalFields,
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
