import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { affectedPaths, type ContentKind } from '@/lib/revalidation/affectedPaths'
import { requestRevalidation } from '@/lib/revalidation/revalidate'

/**
 * After a publish, unpublish or delete, refresh every page that shows the document.
 * Draft saves change no public page, so they revalidate nothing. Seeds and imports pass
 * `context.disableRevalidate`.
 */
export function revalidateAfterChange(kind: ContentKind): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    const published = doc?._status === 'published'
    const wasPublished = previousDoc?._status === 'published'
    if (!published && !wasPublished) return doc
    const targets = affectedPaths(kind, doc, previousDoc)
    await requestRevalidation(targets, { secret: req.payload.secret, logger: req.payload.logger })
    req.payload.logger.info(
      `revalidated ${kind}/${doc.slug ?? doc.id} (${published ? 'published' : 'unpublished'}) by ${req.user?.email ?? 'system'}`,
    )
    return doc
  }
}

export function revalidateAfterDelete(kind: ContentKind): CollectionAfterDeleteHook {
  return async ({ doc, req, context }) => {
    if (context.disableRevalidate) return doc
    await requestRevalidation(affectedPaths(kind, null, doc), {
      secret: req.payload.secret,
      logger: req.payload.logger,
    })
    return doc
  }
}
