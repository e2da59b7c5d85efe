import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { affectedPaths, type ContentKind } from '@/lib/revalidation/affectedPaths'
import { requestRevalidation } from '@/lib/revalidation/revalidate'

type Doc = { slug?: string | null; _status?: string | null; topics?: unknown } | null

/**
 * Hooks see relationships at whatever depth the write used: topic IDs are looked up so
 * that the topic pages listing the document are refreshed too.
 */
async function withTopicSlugs(docs: Doc[], req: PayloadRequest): Promise<Doc[]> {
  const ids = new Set<number | string>()
  for (const doc of docs) {
    if (!Array.isArray(doc?.topics)) continue
    for (const topic of doc.topics) {
      if (typeof topic === 'number' || typeof topic === 'string') ids.add(topic)
    }
  }
  if (ids.size === 0) return docs
  const { docs: topics } = await req.payload.find({
    collection: 'topics',
    where: { id: { in: [...ids] } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    req,
  })
  const slugById = new Map(topics.map((topic) => [topic.id, topic.slug]))
  return docs.map((doc) =>
    doc && Array.isArray(doc.topics)
      ? {
          ...doc,
          topics: doc.topics.map((topic) =>
            typeof topic === 'object' ? topic : { slug: slugById.get(topic as number) },
          ),
        }
      : doc,
  )
}

/**
 * Refreshes every page showing the document after a publish, unpublish or delete (drafts change
 * no public page). Never fails the editor's save: problems are logged.
 */
export function revalidateAfterChange(kind: ContentKind): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req, context }) => {
    if (context.disableRevalidate) return doc
    const published = doc?._status === 'published'
    const wasPublished = previousDoc?._status === 'published'
    if (!published && !wasPublished) return doc
    try {
      const [after, before] = await withTopicSlugs([doc, previousDoc], req)
      await requestRevalidation(affectedPaths(kind, after, before), { logger: req.payload.logger })
    } catch (error) {
      req.payload.logger.error(`revalidating ${kind}/${doc.slug} failed: ${String(error)}`)
    }
    return doc
  }
}

export function revalidateAfterDelete(kind: ContentKind): CollectionAfterDeleteHook {
  return async ({ doc, req, context }) => {
    if (context.disableRevalidate) return doc
    try {
      const [before] = await withTopicSlugs([doc], req)
      await requestRevalidation(affectedPaths(kind, null, before), { logger: req.payload.logger })
    } catch (error) {
      req.payload.logger.error(`revalidating deleted ${kind}/${doc.slug} failed: ${String(error)}`)
    }
    return doc
  }
}
