// The default search backend: MiniSearch in this process, one index per locale. Typo
// tolerance (fuzzy), prefix search and field boosts; synonyms expand the query.
//
// Speed at 10,000 documents (bench/search.ts) comes from doing less per query:
// - MiniSearch stores no fields; each locale keeps its records in a Map, and only the page
//   of hits that is returned is built (title, URL, snippet). Every other match costs one
//   Map lookup (expiry and type counts).
// - The body is indexed up to BODY_INDEX_WORDS words (title and summary in full); the
//   stored body, used for snippets, is not cut. Long bodies otherwise put nearly every
//   document in the posting list of every common word.
// - Prefix expansion only for the last word from four letters; typo tolerance only for
//   words of five letters or more that the index does not know.
// - Words are combined with AND; when fewer than MIN_AND_MATCHES documents hold every word
//   (or a synonym of it), the query falls back to OR so a partly matching query still
//   finds something, the best-covered documents first.
// - The rarest word is looked up first; the other words then only score the documents it
//   matched (MiniSearch's documented `boostDocument` returning 0 skips a document before a
//   result is built), so a word that is in every document costs a posting-list walk, not
//   10,000 result objects. Document frequencies are counted while indexing.
import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch'

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

/** Body words indexed per record (about 1,000 characters of prose). */
export const BODY_INDEX_WORDS = 150
/** Below this many documents matching every query word, the query is re-run with OR. */
export const MIN_AND_MATCHES = 10
/**
 * A word in fewer than this share of the documents is looked up first, and the other words
 * only score the documents it matched.
 */
export const RARE_FRACTION = 0.1
/** Shortest last word that is also matched as a prefix ("libr" → "library"). */
export const MIN_PREFIX_LENGTH = 4
/** Shortest unknown word given typo tolerance (one typo per five letters, at most two). */
export const MIN_FUZZY_LENGTH = 5

const FIELDS = ['title', 'summary', 'body'] as const
const BOOST = { title: 4, summary: 2, body: 1 }
const NON_SPACE = /\S+/g

/** The first `count` words of `text` (whitespace-separated), without splitting the rest. */
export function firstWords(text: string, count: number): string {
  NON_SPACE.lastIndex = 0
  let seen = 0
  let match: RegExpExecArray | null
  while ((match = NON_SPACE.exec(text))) {
    if (++seen === count) return text.slice(0, match.index + match[0].length)
  }
  return text
}

interface TermStats {
  /** Documents holding the word. */
  documents: number
  /** The last document (sequence number) counted, so a word counts once per document. */
  last: number
}

interface LocaleIndex {
  mini: MiniSearch<SearchRecord>
  records: Map<string, SearchRecord>
  /**
   * The words the index knows, with their document frequency. A query word that is not
   * among them is probably misspelt and gets typo tolerance; known words match exactly,
   * which keeps queries fast (fuzzy matching every word of every query would cost 10x on a
   * large index). The frequencies order a query's words, rarest first.
   */
  vocabulary: Map<string, TermStats>
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

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

  private createIndex(): LocaleIndex {
    const vocabulary = new Map<string, TermStats>()
    const bodyWords = this.bodyWords
    let document = 0
    const mini = new MiniSearch<SearchRecord>({
      idField: 'objectID',
      fields: [...FIELDS],
      storeFields: [],
      // MiniSearch reads the id first for each document it adds: a new document starts.
      extractField: (record, field) => {
        if (field === 'objectID') document++
        const value = record[field as keyof SearchRecord]
        if (field === 'body' && typeof value === 'string') return firstWords(value, bodyWords)
        return value as string
      },
      // Called with the field name while indexing (that is how the vocabulary is learnt in
      // the same pass), without it for query words.
      processTerm: (term, field) => {
        if (term.length === 0) return null
        const folded = foldWord(term)
        if (field) {
          const stats = vocabulary.get(folded)
          if (!stats) vocabulary.set(folded, { documents: 1, last: document })
          else if (stats.last !== document) {
            stats.documents++
            stats.last = document
          }
        }
        return folded
      },
      searchOptions: { boost: BOOST },
    })
    return { mini, records: new Map(), vocabulary }
  }

  private index(locale: string): LocaleIndex {
    let index = this.indexes.get(locale)
    if (!index) {
      index = this.createIndex()
      this.indexes.set(locale, index)
    }
    return index
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    for (const record of records) {
      const index = this.index(record.locale)
      this.discard(index, record.objectID)
      index.mini.add(record)
      index.records.set(record.objectID, record)
    }
  }

  async remove(objectIDs: string[], locales: string[]): Promise<void> {
    for (const locale of locales) {
      const index = this.index(locale)
      for (const id of objectIDs) this.discard(index, id)
    }
  }

  /** Takes a document out of the index and its words out of the frequencies. */
  private discard(index: LocaleIndex, id: string): void {
    const old = index.records.get(id)
    if (index.mini.has(id)) index.mini.discard(id)
    index.records.delete(id)
    if (!old) return
    const words = new Set(
      [old.title, old.summary, firstWords(old.body, this.bodyWords)].flatMap((text) =>
        tokenize(text).map(foldWord),
      ),
    )
    for (const word of words) {
      const stats = index.vocabulary.get(word)
      if (!stats) continue
      if (--stats.documents <= 0) index.vocabulary.delete(word)
    }
  }

  async replaceAll(locale: string, records: SearchRecord[]): Promise<void> {
    const index = this.createIndex()
    index.mini.addAll(records)
    for (const record of records) index.records.set(record.objectID, record)
    this.indexes.set(locale, index)
  }

  /** Documents in a locale's index (for reports and tests). */
  size(locale: string): number {
    return this.indexes.get(locale)?.mini.documentCount ?? 0
  }

  async search(query: SearchQuery, now = new Date()): Promise<SearchResult> {
    const index = this.indexes.get(query.locale)
    const words = query.q.match(/[\p{L}\p{N}]+/gu) ?? []
    if (!index || words.length === 0) {
      return { hits: [], countsByType: {}, total: 0, backend: this.name }
    }
    const { mini, records, vocabulary } = index
    const typed = foldWord(words[words.length - 1])
    const options = {
      prefix: (term: string) => term === typed && term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term: string) =>
        term.length >= MIN_FUZZY_LENGTH && !vocabulary.has(term) ? 0.2 : false,
      maxFuzzy: 2,
    }
    // Each word with its synonyms is one OR group, rarest group first; the groups must all
    // match.
    // A word the index does not know (misspelt, or the unfinished last word) has no known
    // frequency: its prefix or fuzzy matches may be common, so it never goes first.
    const frequency = (word: string) => {
      const folded = foldWord(word)
      const own = vocabulary.get(folded)?.documents
      if (own === undefined || folded === typed) return Infinity
      return synonymsOf(word, query.locale).reduce(
        (sum, w) => sum + (vocabulary.get(w)?.documents ?? 0),
        own,
      )
    }
    const ranked = words
      .map((word) => ({ word, documents: frequency(word) }))
      .sort((a, b) => a.documents - b.documents)
    const groups: Query[] = ranked.map(({ word }) => ({
      combineWith: 'OR',
      queries: [word, ...synonymsOf(word, query.locale)],
    }))
    if (groups.length === 1) return this.page(mini.search(groups[0], options), records, query, now)
    const all: Query = { combineWith: 'AND', queries: groups }
    let results: MiniResult[]
    if (ranked[0].documents < mini.documentCount * RARE_FRACTION) {
      const candidates = new Set(mini.search(groups[0], options).map((result) => result.id))
      results =
        candidates.size > 0
          ? mini.search(all, { ...options, boostDocument: (id) => (candidates.has(id) ? 1 : 0) })
          : []
    } else {
      results = mini.search(all, options)
    }
    if (results.length < MIN_AND_MATCHES) {
      results = mini.search({ combineWith: 'OR', queries: groups }, options)
    }
    return this.page(results, records, query, now)
  }

  /** Counts every current match by type; builds hits (and snippets) for the page only. */
  private page(
    results: MiniResult[],
    records: Map<string, SearchRecord>,
    query: SearchQuery,
    now: Date,
  ): SearchResult {
    const nowIso = now.toISOString()
    const countsByType: Partial<Record<SearchType, number>> = {}
    const hits: SearchHit[] = []
    let total = 0
    for (const result of results) {
      const record = records.get(result.id as string)
      // ISO instants in UTC compare as text.
      if (!record || (record.expires && toIso(record.expires) <= nowIso)) continue
      countsByType[record.type] = (countsByType[record.type] ?? 0) + 1
      if (query.type && record.type !== query.type) continue
      total++
      if (hits.length < query.limit) hits.push(hitOf(record, result.terms))
    }
    return { hits, countsByType, total, backend: this.name }
  }
}

function toIso(value: string): string {
  return value.endsWith('Z') && value.length === 24 ? value : new Date(value).toISOString()
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
