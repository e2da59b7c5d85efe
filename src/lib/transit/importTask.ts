import type { TaskConfig } from 'payload'

import { runImport, TRANSIT_IMPORT_TASK } from './storage'

/**
 * The import of an uploaded feed, run by the jobs queue (not in the upload request, which
 * would hold the admin's browser for the whole import). A refused feed is a finished job:
 * its problems are on the feed document, so the queue does not retry it.
 */
export const transitImportTask: TaskConfig<{ input: { feedId: string }; output: { ok: boolean } }> =
  {
    slug: TRANSIT_IMPORT_TASK,
    label: 'Import a GTFS feed',
    inputSchema: [{ name: 'feedId', type: 'text', required: true }],
    outputSchema: [{ name: 'ok', type: 'checkbox' }],
    retries: 0,
    handler: async ({ input, req }) => {
      const outcome = await runImport(req.payload, input.feedId)
      return { output: { ok: outcome.ok } }
    },
  }
