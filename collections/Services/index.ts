import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import {
  forgetNearbyStampAfterChange,
  forgetNearbyStampAfterDelete,
} from '../hooks/forgetNearbyStamp'
import { withPublishChecks } from '../hooks/checkBeforePublish'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { noticeDayField } from './fields/noticeDay'
import { scheduleNoticeCrossings } from './hooks/scheduleNoticeCrossings'
import { syncSearchAfterChange, syncSearchAfterDelete } from '../hooks/syncSearch'
import { addressField } from '../fields/address'
import { internalNotesField } from '../fields/internalNotes'
import { openingHoursField } from '../fields/openingHours'
import { departmentField, topicsField } from '../fields/relations'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

export const SERVICE_CATEGORIES = [
  'office',
  'library',
  'sports',
  'health',
  'social',
  'culture',
  'education',
  'environment',
  'police',
  'other',
] as const

/** The directory of city services and facilities, each with one or more locations. */
export const Services: CollectionConfig = withPublishChecks({
  slug: 'services',
  labels: { singular: 'Service', plural: 'Services' },
  access: publicContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  defaultSort: 'title',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    // /services/near is the near-me page, next to /services/<service slug>.
    slugField('title', ['near']),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 400 },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'office',
      options: SERVICE_CATEGORIES.map((value) => ({ label: value, value })),
      admin: { position: 'sidebar' },
    },
    topicsField,
    departmentField,
    {
      // When the content is next due to be checked; the staff dashboard lists it from 30
      // days before (the same field procedures have).
      name: 'nextReview',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'status',
      label: 'Service status',
      type: 'group',
      admin: { description: 'Shown on the service page and, when not normal, on the home page.' },
      fields: [
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'normal',
          options: [
            { label: 'Normal service', value: 'normal' },
            { label: 'Limited service', value: 'limited' },
            { label: 'Closed', value: 'closed' },
          ],
        },
        {
          name: 'message',
          type: 'text',
          localized: true,
          maxLength: 300,
          validate: (value: unknown, { siblingData }: { siblingData: { state?: string } }) =>
            siblingData?.state && siblingData.state !== 'normal' && !value
              ? 'Explain the limited or closed service to citizens.'
              : true,
        },
        {
          type: 'row',
          fields: [noticeDayField('from'), noticeDayField('until')],
        },
      ],
    },
    {
      name: 'locations',
      type: 'array',
      minRows: 1,
      labels: { singular: 'Location', plural: 'Locations' },
      admin: { initCollapsed: false },
      fields: [
        { name: 'name', type: 'text', required: true, localized: true },
        addressField,
        {
          name: 'point',
          label: 'Coordinates (longitude, latitude)',
          type: 'point',
          required: true,
          validate: (value: unknown) => {
            if (!Array.isArray(value) || value.length !== 2)
              return 'Enter a longitude and a latitude.'
            const [lng, lat] = value.map(Number)
            if (!Number.isFinite(lng) || lng < -180 || lng > 180)
              return 'Longitude must be between -180 and 180.'
            if (!Number.isFinite(lat) || lat < -90 || lat > 90)
              return 'Latitude must be between -90 and 90.'
            return true
          },
        },
        {
          // Places the point above by a click on the map (no column).
          name: 'pointMap',
          type: 'ui',
          admin: { components: { Field: '@/components/admin/MapPicker#PointMapField' } },
        },
        openingHoursField,
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', maxLength: 40 },
            { name: 'email', type: 'email' },
            { name: 'website', type: 'text', validate: validateWebsite },
          ],
        },
        {
          name: 'accessibility',
          type: 'group',
          fields: [
            {
              name: 'wheelchair',
              type: 'select',
              defaultValue: 'unknown',
              options: [
                { label: 'Fully accessible', value: 'yes' },
                { label: 'Partially accessible', value: 'limited' },
                { label: 'Not accessible', value: 'no' },
                { label: 'Unknown', value: 'unknown' },
              ],
            },
            { name: 'notes', type: 'textarea', localized: true, maxLength: 600 },
          ],
        },
      ],
    },
    internalNotesField,
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [
      revalidateAfterChange('services'),
      syncSearchAfterChange('services'),
      forgetNearbyStampAfterChange,
      scheduleNoticeCrossings,
      auditPublishing,
    ],
    afterDelete: [
      revalidateAfterDelete('services'),
      syncSearchAfterDelete('services'),
      forgetNearbyStampAfterDelete,
      auditDelete,
    ],
  },
})

function validateWebsite(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'The website must be a URL.'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'The website must start with https://.'
  } catch {
    return 'The website must be a full URL starting with https://.'
  }
}
