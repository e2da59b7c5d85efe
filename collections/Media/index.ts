import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { staff } from '../access/staff'
import { refuseMismatchedExtension, refuseUnsafeFileName } from '../hooks/uploadGuards'
import { mediaDir } from '@/lib/uploads/uploadDirs'
import { auditDelete } from '@/lib/audit/hooks'

export const MEDIA_MAX_BYTES = 5 * 1024 * 1024

/**
 * The HTTP layer stops larger bodies, but the Local API (scripts, imports) does not:
 * check the size here too, so every path into the collection has the same limit.
 */
const refuseOversizedFile: CollectionBeforeOperationHook = ({ req, args }) => {
  const size = req.file?.data?.length ?? req.file?.size ?? 0
  if (size > MEDIA_MAX_BYTES) {
    throw new APIError(
      `The file is larger than ${MEDIA_MAX_BYTES / 1024 / 1024} MB; upload a smaller image.`,
      413,
      null,
      true,
    )
  }
  return args
}

/**
 * Payload still fetches `url` + `filename` from a create's body with upload-from-URL off:
 * refused with a 400 so the server never fetches.
 */
const refuseUploadFromUrl: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: { url?: unknown } }).data
  if (operation === 'create' && !req.file && typeof data?.url === 'string' && data.url !== '') {
    throw new APIError(
      'Upload the image file itself: fetching images from a URL is turned off.',
      400,
      null,
      true,
    )
  }
  return args
}

/**
 * Images for pages and services: raster types only, as SVG and HTML can carry scripts (Payload
 * sniffs the real type). Upload from URL is off: the server would fetch arbitrary addresses.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  access: {
    read: anyone,
    create: staff,
    // Editors only: media has no drafts, and a changed file or alt text is live at once on
    // every published page using it; contributors upload new files (docs/SECURITY.md).
    update: editors,
    delete: editors,
    unlock: editors,
    admin: staff,
  },
  admin: { useAsTitle: 'alt' },
  // Read before the body by the REST route (src/lib/uploads/uploadRequests.ts): 413 above it.
  custom: { maxUploadBytes: MEDIA_MAX_BYTES },
  upload: {
    // Public: anyone may fetch a file here by name. Staff-only uploads live elsewhere.
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    pasteURL: false,
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 768 },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    afterDelete: [auditDelete],
    beforeOperation: [refuseOversizedFile, refuseUploadFromUrl, refuseUnsafeFileName],
    beforeChange: [refuseMismatchedExtension],
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
