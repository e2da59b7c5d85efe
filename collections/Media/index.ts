import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { staff } from '../access/staff'

export const MEDIA_MAX_BYTES = 5 * 1024 * 1024

/**
 * Images for pages and services. Raster types only: SVG and HTML can carry scripts.
 * Payload sniffs the file's real type, so a renamed file is refused too. Upload from
 * URL (pasteURL) is off: it would let the server fetch arbitrary addresses.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  access: {
    read: anyone,
    create: staff,
    update: staff,
    delete: editors,
    unlock: editors,
    admin: staff,
  },
  admin: { useAsTitle: 'alt' },
  upload: {
    staticDir: process.env.PLAZA_MEDIA_DIR || 'data/media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    pasteURL: false,
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 768 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
  ],
}
