import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { CHUNK_CHARS } from '@/lib/transit/artifact'

/**
 * Base64 parts of each feed's zip and derived timetable, read and written only through the
 * Local API; no one reaches them over HTTP.
 */
export const TransitFeedChunks: CollectionConfig = {
  slug: 'transit-feed-chunks',
  access: {
    read: nobody,
    create: nobody,
    update: nobody,
    delete: nobody,
    unlock: nobody,
    admin: () => false,
  },
  admin: { hidden: true },
  fields: [
    {
      name: 'feed',
      type: 'relationship',
      relationTo: 'transit-feeds',
      required: true,
      index: true,
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['source', 'timetable'].map((v) => ({ label: v, value: v })),
    },
    { name: 'seq', type: 'number', required: true },
    // Payload caps text at 40,000 characters unless told otherwise.
    { name: 'data', type: 'textarea', required: true, maxLength: CHUNK_CHARS },
  ],
}
