import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionAfterChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
} from 'payload'

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { refuseUnsafeFileName } from '../hooks/uploadGuards'
import { buildTimetable } from '@/lib/transit/build'
import { storeSourceAndQueue } from '@/lib/transit/storage'
import { transitFeedsDir } from '@/lib/uploads/uploadDirs'
import { auditDelete } from '@/lib/audit/hooks'

/** Written by the import through the Local API only, never by a request. */
const importOnly = { create: () => false, update: () => false }

export const TRANSIT_FEED_MAX_BYTES = 100 * 1024 * 1024

export const TRANSIT_FEED_STATUSES = [
  'queued',
  'running',
  'failed',
  'active',
  'superseded',
] as const

const refuseOversizedFeed: CollectionBeforeOperationHook = ({ req, args, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.data?.length ?? req.file?.size ?? 0
  if (size > TRANSIT_FEED_MAX_BYTES) {
    throw new APIError(
      `A GTFS zip may be at most ${TRANSIT_FEED_MAX_BYTES / 1024 / 1024} MB.`,
      413,
      null,
      true,
    )
  }
  return args
}

/**
 * Validates an uploaded zip in the request so a broken or hostile feed gets a 400 saying why and
 * nothing is stored; the import job checks again, as it builds the timetable.
 */
const refuseInvalidFeed: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create' || context?.skipImportQueue || !req.file) return args
  const bytes = req.file.data ? new Uint8Array(req.file.data) : new Uint8Array()
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const { report } = buildTimetable(bytes, {
    fallbackTimezone: (settings as { timezone?: string }).timezone,
  })
  // Only a feed with nothing usable is refused here; rows the import would leave out are
  // listed on the feed's report once it has run.
  if (report.refused) {
    // Why it was refused, then the first rows left out (often the reason nothing remained).
    const reasons = report.errors.filter((i) => i.action === 'refused')
    const dropped = report.errors.filter((i) => i.action !== 'refused').slice(0, 3)
    const text = (i: (typeof reasons)[number]) =>
      `${i.code} ${i.file}${i.line ? `:${i.line}` : ''} ${i.message}`
    throw new APIError(
      `This GTFS feed was refused and nothing was imported: ${reasons.map(text).join('; ')}${
        dropped.length > 0 ? `. First problems: ${dropped.map(text).join('; ')}` : ''
      }`,
      400,
      null,
      true,
    )
  }
  return args
}

/**
 * Copies a new upload's zip into the database, so any instance can run the import, and queues
 * it; the CLI (`skipImportQueue`) imports itself.
 */
const queueImport: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipImportQueue || !req.file?.data) return doc
  await storeSourceAndQueue(req.payload, doc.id, new Uint8Array(req.file.data), req)
  return doc
}

/** The feed in service cannot be deleted: the transit pages would lose their timetable. */
const keepActiveFeed: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const settings = await req.payload.findGlobal({ slug: 'transit-settings', depth: 0, req })
  const active = settings.activeFeed
  const activeId = typeof active === 'object' && active ? active.id : active
  if (activeId !== null && activeId !== undefined && String(activeId) === String(id)) {
    throw new APIError(
      'This feed is in service; import another feed before deleting it.',
      409,
      null,
      true,
    )
  }
}

/**
 * One document per GTFS import: the zip, status, report and derived timetable. Only admins
 * upload: an import replaces every timetable on the site.
 */
export const TransitFeeds: CollectionConfig = {
  slug: 'transit-feeds',
  labels: { singular: 'Transit feed (GTFS)', plural: 'Transit feeds (GTFS)' },
  access: {
    read: staff,
    create: admins,
    // Status and report are written by the import itself (Local API), not by hand.
    update: admins,
    delete: admins,
    unlock: admins,
    admin: staff,
  },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'status', 'progress', 'validityStart', 'validityEnd', 'createdAt'],
    description:
      'Upload the operator’s GTFS zip. The import runs in the background (within a minute) and the transit pages switch to it only when it succeeds; a refused feed leaves the current timetable in service.',
    group: 'Transit',
  },
  defaultSort: '-createdAt',
  // Read before the body by the REST route (src/lib/uploads/uploadRequests.ts): 413 above it.
  custom: { maxUploadBytes: TRANSIT_FEED_MAX_BYTES },
  upload: {
    // Staff-only: outside the public media folder (docs/SECURITY.md).
    staticDir: transitFeedsDir(),
    mimeTypes: ['application/zip', 'application/x-zip-compressed'],
    pasteURL: false,
  },
  hooks: {
    afterDelete: [auditDelete],
    beforeOperation: [refuseOversizedFeed, refuseUnsafeFileName, refuseInvalidFeed],
    beforeDelete: [keepActiveFeed],
    afterChange: [queueImport],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      enumName: 'enum_transit_feeds_import_status',
      options: TRANSIT_FEED_STATUSES.map((v) => ({ label: v, value: v })),
      access: importOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'progress',
      type: 'number',
      defaultValue: 0,
      access: importOnly,
      admin: { readOnly: true, position: 'sidebar', description: 'Percent done and current step.' },
    },
    {
      name: 'step',
      type: 'text',
      access: importOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'validityStart',
          type: 'text',
          access: importOnly,
          admin: { readOnly: true },
        },
        {
          name: 'validityEnd',
          type: 'text',
          access: importOnly,
          admin: { readOnly: true },
        },
        {
          name: 'timezone',
          type: 'text',
          access: importOnly,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      access: importOnly,
      admin: {
        readOnly: true,
        description:
          'Imported and left out, then notices by code (MobilityData validator codes) with their first examples (file:line).',
      },
    },
    {
      name: 'report',
      type: 'json',
      access: importOnly,
      admin: { readOnly: true },
    },
    {
      name: 'sha256',
      type: 'text',
      index: true,
      access: importOnly,
      admin: { readOnly: true },
    },
    {
      name: 'timetableChunks',
      type: 'number',
      access: importOnly,
      admin: {
        readOnly: true,
        description: 'Parts of the stored timetable (transit-feed-chunks).',
      },
    },
    {
      name: 'timetableSha256',
      type: 'text',
      access: importOnly,
      admin: { readOnly: true },
    },
    {
      name: 'importedAt',
      type: 'date',
      access: importOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
