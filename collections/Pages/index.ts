import type { CollectionConfig } from 'payload'

import { publicContentAccess } from '../access/publicContentAccess'
import { withPublishChecks } from '../hooks/checkBeforePublish'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidateContent'
import { syncSearchAfterChange, syncSearchAfterDelete } from '../hooks/syncSearch'
import { slugField } from '../fields/slug'
import { draftVersions } from '../fields/versions'
import { auditDelete, auditPublishing, rememberLiveStatus } from '@/lib/audit/hooks'

/**
 * Slugs that would shadow a section under src/app/(frontend)/[locale]/;
 * tests/unit/reservedSlugs.spec.ts fails when a new section is not listed.
 */
export const RESERVED_SLUGS = [
  'agenda',
  'alerts',
  'my',
  'notifications',
  'offline',
  'open-data',
  'procedures',
  'saved',
  'search',
  'services',
  'topics',
  'transit',
  // Not sections under [locale], kept free so that no page looks like the admin or the API.
  'admin',
  'api',
]

/** Free pages: about, accessibility statement, privacy. */
export const Pages: CollectionConfig = withPublishChecks({
  slug: 'pages',
  labels: { singular: 'Page', plural: 'Pages' },
  access: publicContentAccess,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'] },
  versions: draftVersions,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    slugField('title', RESERVED_SLUGS),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
  ],
  hooks: {
    beforeChange: [rememberLiveStatus],
    afterChange: [revalidateAfterChange('pages'), syncSearchAfterChange('pages'), auditPublishing],
    afterDelete: [revalidateAfterDelete('pages'), syncSearchAfterDelete('pages'), auditDelete],
  },
})
