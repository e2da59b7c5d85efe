import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import {
  forgetNearbyStampAfterChange,
  forgetNearbyStampAfterDelete,
} from '../hooks/forgetNearbyStamp'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

/** The one taxonomy shared by services, procedures, events and alerts. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Topic', plural: 'Topics' },
  access: publicContentAccess,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', 'order', '_status'] },
  defaultSort: 'order',
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField(),
    { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
    { name: 'order', type: 'number', defaultValue: 100, admin: { position: 'sidebar' } },
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [revalidateAfterChange('topics'), forgetNearbyStampAfterChange, auditPublishing],
    afterDelete: [revalidateAfterDelete('topics'), forgetNearbyStampAfterDelete, auditDelete],
  },
}
