import type { TaskConfig } from 'payload'

import { runImport, TRANSIT_IMPORT_TASK } from './storage'

/**
 * Feed import in the jobs queue, not the upload request. A refused feed is a finished job (its
 * problems are on the feed), so the queue does not retry it.
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
