import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { objectIdFor } from '@/lib/search/records'
import {
  documentRecords,
  forgetSearchFreshness,
  searchState,
  syncDocument,
} from '@/lib/search/searchService'
import { SEARCH_SYNC_TASK, TRANSIT_REINDEX } from '@/lib/search/searchSyncTask'
import type { SearchableCollection } from '@/lib/search/types'
import { locales } from '@/lib/i18n/locales'

/**
 * Hands a failed index write to the jobs queue, which retries it with backoff; the failed
 * job is listed under System → Jobs in the admin.
 */
async function retryLater(
  req: PayloadRequest,
  collection: SearchableCollection,
  id: number | string,
  error: unknown,
) {
  req.payload.logger.error(
    `search: indexing ${collection}/${id} failed (${String(error)}); queued a retry`,
  )
  try {
    await req.payload.jobs.queue({ task: SEARCH_SYNC_TASK, input: { collection, id: String(id) } })
  } catch (queueError) {
    req.payload.logger.error(
      `search: could not queue a retry for ${collection}/${id}: ${String(queueError)}`,
    )
  }
}

/**
 * After any change, the document's published state (read inside the same transaction) goes
 * to the index: publish adds it, unpublish removes it, a draft of a published document
 * leaves the published text findable. The built-in index updates at once; Algolia is written
 * without holding up the editor's save, and failures are retried by the jobs queue.
 */
export function syncSearchAfterChange(collection: SearchableCollection): CollectionAfterChangeHook {
  return async ({ doc, req, context }) => {
    if (context.disableRevalidate || context.disableSearchSync) return doc
    const { backend } = searchState()
    try {
      const records = await documentRecords(req.payload, collection, doc.id, { req })
      const write = syncDocument(backend, collection, doc.id, records)
      if (backend.name === 'builtin') await write
      else void write.catch((error) => retryLater(req, collection, doc.id, error))
    } catch (error) {
      await retryLater(req, collection, doc.id, error)
    }
    return doc
  }
}

export function syncSearchAfterDelete(collection: SearchableCollection): CollectionAfterDeleteHook {
  return async ({ doc, req, context }) => {
    if (context.disableRevalidate || context.disableSearchSync) return doc
    const { backend } = searchState()
    const write = backend.remove([objectIdFor(collection, doc.id)], locales)
    if (backend.name === 'builtin') await write
    else void write.catch((error) => retryLater(req, collection, doc.id, error))
    return doc
  }
}

/**
 * When an import becomes the timetable in service, its lines and stops replace the old ones
 * in search. The built-in index notices through its freshness stamp (checked on the next
 * search in every process); Algolia gets a full reindex from the jobs queue (queued in the
 * same transaction as the switch, retried with backoff, listed under System → Jobs).
 */
export const reindexSearchAfterTransitSwitch: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const idOf = (value: unknown) =>
    value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value ?? '')
  if (idOf(doc.activeFeed) === idOf(previousDoc?.activeFeed)) return doc
  const state = searchState()
  if (state.backend.name === 'builtin') {
    forgetSearchFreshness(req.payload)
    return doc
  }
  try {
    await req.payload.jobs.queue({
      task: SEARCH_SYNC_TASK,
      input: { collection: TRANSIT_REINDEX, id: idOf(doc.activeFeed) },
      req,
    })
  } catch (error) {
    req.payload.logger.error(`search: could not queue the transit reindex: ${String(error)}`)
  }
  return doc
}
