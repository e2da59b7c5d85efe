// Search records from published documents: one builder for both backends, so the built-in
// index and Algolia hold the same fields. Pure: the caller reads the documents.
import { documentPath, localePath } from '@/lib/content/paths'

import { boundText, lexicalToPlainText, MAX_BODY_CHARS } from './lexicalText'
import { SEARCHABLE_COLLECTIONS, type SearchableCollection, type SearchRecord } from './types'

/** The fields the builder reads; documents come from the Local API in one locale, depth 1. */
export interface SearchableDoc {
  id: number | string
  slug?: string | null
  _status?: string | null
  title?: string | null
  headline?: string | null
  summary?: string | null
  description?: string | null
  instruction?: string | null
  whoCanApply?: string | null
  body?: unknown
  requirements?: { text?: string | null }[] | null
  documents?: { text?: string | null }[] | null
  steps?: { title?: string | null; description?: string | null }[] | null
  topics?: unknown[] | null
  startsAt?: string | null
  onset?: string | null
  expires?: string | null
  status?: string | null
  withdrawn?: boolean | null
  eventType?: string | null
  area?: { description?: string | null } | null
}

export function objectIdFor(collection: SearchableCollection, id: number | string): string {
  return `${collection}-${id}`
}

function topicSlugs(topics: unknown[] | null | undefined): string[] {
  return (topics ?? [])
    .map((topic) =>
      topic && typeof topic === 'object' && 'slug' in topic
        ? (topic as { slug: unknown }).slug
        : null,
    )
    .filter((slug): slug is string => typeof slug === 'string' && slug.length > 0)
}

const texts = (list: { text?: string | null }[] | null | undefined) =>
  (list ?? []).map((item) => item.text ?? '')

/**
 * The record of `doc` in `locale`, or null when the document must not be findable: not
 * published, or an alert that is not an actual, current one (tests, exercises, withdrawn).
 */
export function recordFor(
  collection: SearchableCollection,
  doc: SearchableDoc,
  locale: string,
): SearchRecord | null {
  if (doc._status !== 'published' || !doc.slug) return null
  if (collection === 'alerts' && (doc.status !== 'Actual' || doc.withdrawn)) return null
  const path = documentPath(collection, doc.slug)
  if (!path) return null
  const bodyParts: string[] = []
  switch (collection) {
    case 'procedures':
      bodyParts.push(doc.whoCanApply ?? '', ...texts(doc.requirements), ...texts(doc.documents))
      for (const step of doc.steps ?? []) bodyParts.push(step.title ?? '', step.description ?? '')
      break
    case 'alerts':
      bodyParts.push(doc.eventType ?? '', doc.area?.description ?? '', doc.instruction ?? '')
      break
  }
  bodyParts.push(lexicalToPlainText(doc.body))
  const title = doc.title ?? doc.headline ?? doc.slug
  const summary = doc.summary ?? doc.description ?? ''
  const date = doc.startsAt ?? doc.onset ?? undefined
  return {
    objectID: objectIdFor(collection, doc.id),
    type: SEARCHABLE_COLLECTIONS[collection],
    locale,
    title,
    summary: boundText(summary, 1000),
    body: boundText(bodyParts.filter(Boolean).join(' '), MAX_BODY_CHARS),
    url: localePath(locale, path),
    topics: topicSlugs(doc.topics),
    ...(date ? { date } : {}),
    ...(doc.expires ? { expires: doc.expires } : {}),
  }
}
