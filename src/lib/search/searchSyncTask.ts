// The jobs-queue task that retries an index write that failed (e.g. Algolia unreachable or
// over quota). It re-reads the document, so a retry always writes its latest published state.
import type { TaskConfig } from 'payload'

import { documentRecords, reindexAll, searchState, syncDocument } from './searchService'
import { isSearchableCollection } from './types'

export const SEARCH_SYNC_TASK = 'searchSync'
/** The job input's `collection` for "a transit timetable became active: reindex". */
export const TRANSIT_REINDEX = 'transit'

export const searchSyncTask: TaskConfig<{
  input: { collection: string; id: string }
  output: { records: number }
}> = {
  slug: SEARCH_SYNC_TASK,
  label: 'Search index sync',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'records', type: 'number' }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    if (input.collection === TRANSIT_REINDEX) {
      // Lines and stops have no documents of their own: the whole index is rebuilt (an
      // atomic replace per locale in Algolia), which also drops stops the new feed lacks.
      const counts = await reindexAll(req.payload, searchState().backend)
      return { output: { records: Object.values(counts).reduce((sum, n) => sum + n, 0) } }
    }
    if (!isSearchableCollection(input.collection)) {
      throw new Error(`"${input.collection}" is not a searchable collection.`)
    }
    const records = await documentRecords(req.payload, input.collection, input.id, { req })
    await syncDocument(searchState().backend, input.collection, input.id, records)
    return { output: { records: records.length } }
  },
}
