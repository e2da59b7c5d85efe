// The default search backend: MiniSearch in this process, one index per locale. Typo
// tolerance (fuzzy), prefix search and field boosts; synonyms expand the query.
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch'

import { buildSnippet } from './snippet'
import { foldWord, synonymsOf } from './synonyms'
import type {
  SearchBackend,
  SearchHit,
  SearchQuery,
  SearchRecord,
  SearchResult,
  SearchType,
} from './types'

const FIELDS = ['title', 'summary', 'body'] as const
const STORED = ['type', 'title', 'summary', 'body', 'url', 'date', 'expires'] as const

function createIndex(): MiniSearch<SearchRecord> {
  return new MiniSearch<SearchRecord>({
    idField: 'objectID',
    fields: [...FIELDS],
    storeFields: [...STORED],
    processTerm: (term) => (term.length > 0 ? foldWord(term) : null),
    searchOptions: { boost: { title: 4, summary: 2, body: 1 }, combineWith: 'OR' },
  })
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/** Every indexed word of a record, folded as the index folds them. */
function termsOf(record: SearchRecord): string[] {
  return [record.title, record.summary, record.body].flatMap((text) => tokenize(text).map(foldWord))
}

type Stored = MiniResult &
  Pick<SearchRecord, 'type' | 'title' | 'summary' | 'body' | 'url'> & {
    date?: string
    expires?: string
  }

export class BuiltinSearchBackend implements SearchBackend {
  readonly name = 'builtin' as const
  private readonly indexes = new Map<string, MiniSearch<SearchRecord>>()
  /**
   * The words each locale's index knows. A query word that is not among them is probably
   * misspelt and gets typo tolerance; known words match exactly, which keeps queries fast
   * (fuzzy matching every word of every query would cost 10x on a large index).
   */
  private readonly vocabularies = new Map<string, Set<string>>()

  private vocabulary(locale: string): Set<string> {
    let words = this.vocabularies.get(locale)
    if (!words) {
      words = new Set()
      this.vocabularies.set(locale, words)
    }
    return words
  }

  private index(locale: string): MiniSearch<SearchRecord> {
    let index = this.indexes.get(locale)
    if (!index) {
      index = createIndex()
      this.indexes.set(locale, index)
    }
    return index
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    for (const record of records) {
      const index = this.index(record.locale)
      if (index.has(record.objectID)) index.discard(record.objectID)
      index.add(record)
      const words = this.vocabulary(record.locale)
      for (const term of termsOf(record)) words.add(term)
    }
  }

  async remove(objectIDs: string[], locales: string[]): Promise<void> {
    for (const locale of locales) {
      const index = this.index(locale)
      for (const id of objectIDs) if (index.has(id)) index.discard(id)
    }
  }

  async replaceAll(locale: string, records: SearchRecord[]): Promise<void> {
    const index = createIndex()
    index.addAll(records)
    const words = new Set<string>()
    for (const record of records) for (const term of termsOf(record)) words.add(term)
    this.indexes.set(locale, index)
    this.vocabularies.set(locale, words)
  }

  /** Documents in a locale's index (for reports and tests). */
  size(locale: string): number {
    return this.indexes.get(locale)?.documentCount ?? 0
  }

  async search(query: SearchQuery, now = new Date()): Promise<SearchResult> {
    const words = query.q.match(/[\p{L}\p{N}]+/gu) ?? []
    const expanded = [...words, ...words.flatMap((word) => synonymsOf(word, query.locale))]
    const current = (result: MiniResult) =>
      !result.expires || new Date(String(result.expires)).getTime() > now.getTime()
    const known = this.vocabulary(query.locale)
    const typed = words.length > 0 ? foldWord(words[words.length - 1]) : ''
    const results = this.index(query.locale).search(expanded.join(' '), {
      filter: current,
      // The last word may be unfinished (prefix); an unknown word of five letters or more
      // may be misspelt (one typo per five letters, at most two).
      prefix: (term) => term === typed && term.length >= 3,
      fuzzy: (term) => (term.length >= 5 && !known.has(term) ? 0.2 : false),
      maxFuzzy: 2,
    }) as Stored[]
    const countsByType: Partial<Record<SearchType, number>> = {}
    for (const result of results) countsByType[result.type] = (countsByType[result.type] ?? 0) + 1
    const filtered = query.type ? results.filter((r) => r.type === query.type) : results
    const hits: SearchHit[] = filtered.slice(0, query.limit).map((result) => ({
      objectID: String(result.id),
      type: result.type,
      title: result.title,
      url: result.url,
      ...(result.date ? { date: result.date } : {}),
      snippet: buildSnippet(snippetSource(result, result.terms), result.terms),
    }))
    return { hits, countsByType, total: filtered.length, backend: this.name }
  }
}

/** The summary, unless only the body holds a matched word. */
function snippetSource(result: Stored, terms: string[]): string {
  const inSummary = terms.some((term) => foldWord(result.summary).includes(term))
  if (inSummary || !result.body) return result.summary || result.body
  return result.body
}
export const BODY_INDEX_WORDS = Infinity
