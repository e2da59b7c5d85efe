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
 * Sends the document's published state to the index after any change, so a draft leaves the
 * published text findable. Algolia is written without holding up the save; the queue retries.
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
 * A new timetable in service replaces its lines and stops in search: the built-in index sees
 * its freshness stamp; Algolia gets a full reindex queued in the same transaction.
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
