// Search as the site uses it: the configured backend, records read from published documents
// through Payload's Local API, and the built-in index kept fresh in every process.
import type { Payload, PayloadRequest } from 'payload'

import { sharedPromises } from '@/lib/resilience/sharedPromises'
import { locales as siteLocales } from '@/lib/i18n/locales'

import { AlgoliaSearchBackend } from './algoliaBackend'
import { BuiltinSearchBackend } from './builtinBackend'
import { readSearchConfig } from './config'
import { objectIdFor, recordFor, type SearchableDoc } from './records'
import { activeTransitRecords, transitStamp } from './transitRecords'
import {
  SEARCHABLE_COLLECTIONS,
  type SearchableCollection,
  type SearchBackend,
  type SearchQuery,
  type SearchRecord,
  type SearchResult,
} from './types'

const COLLECTIONS = Object.keys(SEARCHABLE_COLLECTIONS) as SearchableCollection[]
const PAGE_SIZE = 500
/** How often a process checks the database for changes made by other processes. */
const FRESHNESS_TTL_MS = 2000

type Locale = Parameters<Payload['find']>[0]['locale']

interface State {
  backend: SearchBackend
  /** Built-in only: the database state the index was built from. */
  indexedStamp?: string
  rebuilding?: Promise<void>
}

const globalKey = Symbol.for('plaza.search')
type GlobalWithSearch = typeof globalThis & { [globalKey]?: State }

/** The process's search backend (one per process: Next.js may load this module twice). */
export function searchState(): State {
  const holder = globalThis as GlobalWithSearch
  if (!holder[globalKey]) {
    const config = readSearchConfig()
    holder[globalKey] = {
      backend:
        config.kind === 'algolia' ? new AlgoliaSearchBackend(config) : new BuiltinSearchBackend(),
    }
  }
  return holder[globalKey]
}

/** Forgets the process's backend (tests switch configuration between files). */
export function resetSearchState(): void {
  delete (globalThis as GlobalWithSearch)[globalKey]
}

/** The records of one document in every locale; empty when it is not public. */
export async function documentRecords(
  payload: Payload,
  collection: SearchableCollection,
  id: number | string,
  options: { req?: PayloadRequest; locales?: string[] } = {},
): Promise<SearchRecord[]> {
  const records: SearchRecord[] = []
  for (const locale of options.locales ?? siteLocales) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      locale: locale as Locale,
      depth: 1,
      limit: 1,
      draft: false,
      overrideAccess: true,
      ...(options.req ? { req: options.req } : {}),
    })
    const doc = docs[0] as SearchableDoc | undefined
    const record = doc && recordFor(collection, doc, locale)
    if (record) records.push(record)
  }
  return records
}

/** Every published document's record in `locale`, page by page, then the transit lines and stops. */
export async function publishedRecords(payload: Payload, locale: string): Promise<SearchRecord[]> {
  const records: SearchRecord[] = []
  for (const collection of COLLECTIONS) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        locale: locale as Locale,
        depth: 1,
        limit: PAGE_SIZE,
        page,
        draft: false,
        overrideAccess: true,
      })
      for (const doc of result.docs) {
        const record = recordFor(collection, doc as SearchableDoc, locale)
        if (record) records.push(record)
      }
      if (!result.hasNextPage) break
    }
  }
  try {
    records.push(...(await activeTransitRecords(payload, locale)))
  } catch (error) {
    // A timetable that cannot be read must not take the rest of search down with it.
    payload.logger.error(`search: transit lines and stops left out: ${String(error)}`)
  }
  return records
}

/**
 * A cheap fingerprint of the searchable content (published counts, latest change, timetable in
 * service) that any change in any process alters.
 */
export async function contentStamp(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const [{ totalDocs }, latest] = await Promise.all([
        payload.count({
          collection,
          where: { _status: { equals: 'published' } },
          overrideAccess: true,
        }),
        payload.find({
          collection,
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { updatedAt: true },
        }),
      ])
      return `${collection}:${totalDocs}:${latest.docs[0]?.updatedAt ?? ''}`
    }),
  )
  parts.push(await transitStamp(payload))
  return parts.join('|')
}

/** Rebuilds every locale's index from the database. Returns the counts per locale. */
export async function reindexAll(
  payload: Payload,
  backend: SearchBackend = searchState().backend,
  onProgress: (message: string) => void = () => {},
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const locale of siteLocales) {
    const records = await publishedRecords(payload, locale)
    onProgress(`${locale}: ${records.length} records read; writing to the ${backend.name} index…`)
    await backend.replaceAll(locale, records)
    counts[locale] = records.length
    onProgress(`${locale}: done`)
  }
  return counts
}

/** Concurrent searches share one stamp read, reused for FRESHNESS_TTL_MS. */
const stamps = sharedPromises<Payload, string>(FRESHNESS_TTL_MS)

/** Makes the next search in this process re-read the stamp (e.g. a new active timetable). */
export function forgetSearchFreshness(payload: Payload): void {
  stamps.forget(payload)
}

/**
 * Built on first use (awaited), rebuilt in the background when another process changed content;
 * the current index keeps answering meanwhile.
 */
async function ensureFresh(payload: Payload, state: State): Promise<void> {
  if (state.backend.name !== 'builtin') return
  const stamp = await stamps.get(payload, () => contentStamp(payload))
  if (stamp === state.indexedStamp) return
  const rebuild = (state.rebuilding ??= reindexAll(payload, state.backend)
    .then(() => {
      state.indexedStamp = stamp
    })
    .finally(() => {
      state.rebuilding = undefined
    }))
  if (state.indexedStamp === undefined) await rebuild
}

export async function searchSite(payload: Payload, query: SearchQuery): Promise<SearchResult> {
  const state = searchState()
  await ensureFresh(payload, state)
  return state.backend.search(query)
}

/** Applies a document's current published state to the index: upsert, or remove everywhere. */
export async function syncDocument(
  backend: SearchBackend,
  collection: SearchableCollection,
  id: number | string,
  records: SearchRecord[],
): Promise<void> {
  const present = new Set(records.map((record) => record.locale))
  const absent = siteLocales.filter((locale) => !present.has(locale))
  if (records.length > 0) await backend.upsert(records)
  if (absent.length > 0) await backend.remove([objectIdFor(collection, id)], absent)
}
