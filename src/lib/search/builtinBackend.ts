// The default search backend, in this process, one index per locale: typo tolerance, prefix
// search, field boosts and synonyms over typed-array posting lists (docs/decisions/0001).
import { BODY_INDEX_WORDS, LocaleIndex } from './builtinIndex'
import { bestPage, scoreGroups } from './builtinRanking'
import { buildSnippet } from './snippet'
import { foldWord, synonymsOf } from './synonyms'
import {
  SEARCH_TYPES,
  type SearchBackend,
  type SearchHit,
  type SearchQuery,
  type SearchRecord,
  type SearchResult,
  type SearchType,
} from './types'

export interface BuiltinOptions {
  /** Body words indexed per record (default BODY_INDEX_WORDS; Infinity indexes it all). */
  bodyWords?: number
}

export class BuiltinSearchBackend implements SearchBackend {
  readonly name = 'builtin' as const
  private readonly indexes = new Map<string, LocaleIndex>()
  private readonly bodyWords: number

  constructor(options: BuiltinOptions = {}) {
    this.bodyWords = options.bodyWords ?? BODY_INDEX_WORDS
  }

  private index(locale: string): LocaleIndex {
    let index = this.indexes.get(locale)
    if (!index) {
      index = new LocaleIndex(this.bodyWords)
      this.indexes.set(locale, index)
    }
    return index
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    for (const record of records) {
      const index = this.index(record.locale)
      index.remove(record.objectID)
      index.add(record)
    }
    this.compact()
  }

  async remove(objectIDs: string[], locales: string[]): Promise<void> {
    for (const locale of locales) {
      const index = this.index(locale)
      for (const id of objectIDs) index.remove(id)
    }
    this.compact()
  }

  /** Rebuilds an index whose slots are mostly unused (after many replacements). */
  private compact(): void {
    for (const [locale, index] of this.indexes) {
      if (index.wasteful) void this.replaceAll(locale, [...index.records.values()])
    }
  }

  async replaceAll(locale: string, records: SearchRecord[]): Promise<void> {
    const index = new LocaleIndex(this.bodyWords)
    for (const record of records) {
      index.remove(record.objectID)
      index.add(record)
    }
    index.trim()
    this.indexes.set(locale, index)
  }

  /** Documents in a locale's index (for reports and tests). */
  size(locale: string): number {
    return this.indexes.get(locale)?.count ?? 0
  }

  async search(query: SearchQuery, now = new Date()): Promise<SearchResult> {
    const index = this.indexes.get(query.locale)
    const words = query.q.match(/[\p{L}\p{N}]+/gu) ?? []
    if (!index || words.length === 0 || index.count === 0) {
      return { hits: [], countsByType: {}, total: 0, backend: this.name }
    }
    const typed = foldWord(words[words.length - 1])
    // Each word with its synonyms is one group; a document matches a group when it holds
    // one of its words (or a completion / near spelling of it).
    const groups = words.map((word) => [
      ...new Set([foldWord(word), ...synonymsOf(word, query.locale)]),
    ])
    const scores = scoreGroups(index, groups, typed)
    const { best, counts, total } = bestPage(index, scores, groups.length, query, now.getTime())

    const countsByType: Partial<Record<SearchType, number>> = {}
    SEARCH_TYPES.forEach((type, i) => {
      if (counts[i] > 0) countsByType[type] = counts[i]
    })
    const hits = best.map(({ slot }) => {
      const record = index.records.get(index.ids[slot]!)!
      const matched = [...scores.expansions.values()]
        .filter(({ postings }) => postings.indexOf(slot) >= 0)
        .map(({ term }) => term)
      return hitOf(record, matched)
    })
    return { hits, countsByType, total, backend: this.name }
  }
}

function hitOf(record: SearchRecord, terms: string[]): SearchHit {
  return {
    objectID: record.objectID,
    type: record.type,
    title: record.title,
    url: record.url,
    ...(record.date ? { date: record.date } : {}),
    ...(record.color ? { color: record.color } : {}),
    snippet: buildSnippet(snippetSource(record, terms), terms),
  }
}

/** The summary, unless only the body holds a matched word. */
function snippetSource(record: SearchRecord, terms: string[]): string {
  const summary = foldWord(record.summary)
  const inSummary = terms.some((term) => summary.includes(term))
  if (inSummary || !record.body) return record.summary || record.body
  return record.body
}
