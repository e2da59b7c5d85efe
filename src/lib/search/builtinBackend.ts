// The default search backend, in this process, one index per locale: typo tolerance, prefix
// search, field boosts and synonyms over typed-array posting lists (docs/decisions/0001).
import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

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

/** Body words indexed per record (about 1,000 characters of prose). */
export const BODY_INDEX_WORDS = 150
/** Below this many documents matching every query word, documents matching any word count. */
export const MIN_AND_MATCHES = 10
/** Shortest last word that is also matched as a prefix ("libr" → "library"). */
export const MIN_PREFIX_LENGTH = 4
/** Shortest unknown word given typo tolerance (one typo per five letters, at most two). */
export const MIN_FUZZY_LENGTH = 5

// Title, summary, body: their boosts, in that order everywhere below.
const FIELDS = 3
const BOOSTS = [4, 2, 1]
// MiniSearch's defaults, so ranking stays what it was: BM25+ parameters, the weight of a
// prefix completion and of a typo match (each decreasing with the distance).
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const FUZZINESS = 0.2
const MAX_FUZZY = 2
/** Upper bound of a stored count (Uint16). */
const MAX_COUNT = 0xffff

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

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/**
 * The documents holding one word, in slot order, with the word's count in each field
 * (`counts[3 * i + field]`). Slots only grow, so adding a document appends.
 */
class Postings {
  slots = new Int32Array(2)
  counts = new Uint16Array(2 * FIELDS)
  size = 0
  /** Documents with the word in each field (the BM25 document frequency). */
  readonly inField = [0, 0, 0]

  add(slot: number, counts: number[]): void {
    if (this.size === this.slots.length) {
      const slots = new Int32Array(this.size * 2)
      slots.set(this.slots)
      this.slots = slots
      const grown = new Uint16Array(this.size * 2 * FIELDS)
      grown.set(this.counts)
      this.counts = grown
    }
    this.slots[this.size] = slot
    for (let f = 0; f < FIELDS; f++) {
      this.counts[this.size * FIELDS + f] = Math.min(counts[f], MAX_COUNT)
      if (counts[f] > 0) this.inField[f]++
    }
    this.size++
  }

  indexOf(slot: number): number {
    let low = 0
    let high = this.size - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const at = this.slots[mid]
      if (at === slot) return mid
      if (at < slot) low = mid + 1
      else high = mid - 1
    }
    return -1
  }

  remove(slot: number): void {
    const i = this.indexOf(slot)
    if (i < 0) return
    for (let f = 0; f < FIELDS; f++) if (this.counts[i * FIELDS + f] > 0) this.inField[f]--
    this.slots.copyWithin(i, i + 1, this.size)
    this.counts.copyWithin(i * FIELDS, (i + 1) * FIELDS, this.size * FIELDS)
    this.size--
  }

  /** Drops the spare capacity (after a full build). */
  trim(): void {
    if (this.slots.length === this.size) return
    this.slots = this.slots.slice(0, this.size)
    this.counts = this.counts.slice(0, this.size * FIELDS)
  }
}

/** A query word's match in the vocabulary: the word itself, a completion or a near spelling. */
interface Expansion {
  term: string
  postings: Postings
  weight: number
}

class LocaleIndex {
  /** Every indexed word → its postings (exact lookups: indexing and known query words). */
  readonly postings = new Map<string, Postings>()
  /** The same words in a radix tree, for prefix and typo-tolerant lookups only. */
  readonly words = new SearchableMap<Postings>()
  readonly records = new Map<string, SearchRecord>()
  readonly slotOf = new Map<string, number>()
  /** Slot → objectID (undefined once removed). */
  ids: (string | undefined)[] = []
  /** Distinct words per field, per slot (BM25 field length). */
  lengths = new Uint16Array(64 * FIELDS)
  /** Index in SEARCH_TYPES, per slot. */
  types = new Uint8Array(64)
  /** Expiry (ms since the epoch; Infinity when none), per slot. */
  expires = new Float64Array(64)
  readonly lengthSums = [0, 0, 0]
  count = 0
  nextSlot = 0

  constructor(private readonly bodyWords: number) {}

  /** Each word of a record with its count per field, and the distinct words per field. */
  private wordsOf(record: SearchRecord): { counts: Map<string, number[]>; distinct: number[] } {
    const texts = [record.title, record.summary, firstWords(record.body ?? '', this.bodyWords)]
    const counts = new Map<string, number[]>()
    const distinct = [0, 0, 0]
    for (let f = 0; f < FIELDS; f++) {
      for (const token of tokenize(texts[f] ?? '')) {
        const word = token && foldWord(token)
        if (!word) continue
        let perField = counts.get(word)
        if (!perField) counts.set(word, (perField = [0, 0, 0]))
        if (perField[f]++ === 0) distinct[f]++
      }
    }
    return { counts, distinct }
  }

  add(record: SearchRecord): void {
    const slot = this.nextSlot++
    if (slot === this.types.length) this.grow()
    const { counts, distinct } = this.wordsOf(record)
    for (const [word, perField] of counts) {
      let postings = this.postings.get(word)
      if (!postings) {
        postings = new Postings()
        this.postings.set(word, postings)
        this.words.set(word, postings)
      }
      postings.add(slot, perField)
    }
    for (let f = 0; f < FIELDS; f++) {
      this.lengths[slot * FIELDS + f] = Math.min(distinct[f], MAX_COUNT)
      this.lengthSums[f] += this.lengths[slot * FIELDS + f]
    }
    this.types[slot] = Math.max(0, SEARCH_TYPES.indexOf(record.type))
    const expires = record.expires ? Date.parse(record.expires) : NaN
    this.expires[slot] = Number.isNaN(expires) ? Infinity : expires
    this.ids[slot] = record.objectID
    this.slotOf.set(record.objectID, slot)
    this.records.set(record.objectID, record)
    this.count++
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id)
    const record = this.records.get(id)
    if (slot === undefined || !record) return
    for (const word of this.wordsOf(record).counts.keys()) {
      const postings = this.postings.get(word)
      if (!postings) continue
      postings.remove(slot)
      if (postings.size === 0) {
        this.postings.delete(word)
        this.words.delete(word)
      }
    }
    for (let f = 0; f < FIELDS; f++) this.lengthSums[f] -= this.lengths[slot * FIELDS + f]
    this.ids[slot] = undefined
    this.slotOf.delete(id)
    this.records.delete(id)
    this.count--
  }

  /** Replaced and removed documents leave unused slots; more of them than live ones is waste. */
  get wasteful(): boolean {
    return this.nextSlot > 2 * this.count + 1024
  }

  trim(): void {
    for (const postings of this.postings.values()) postings.trim()
  }

  private grow(): void {
    const size = this.types.length * 2
    const lengths = new Uint16Array(size * FIELDS)
    lengths.set(this.lengths)
    this.lengths = lengths
    const types = new Uint8Array(size)
    types.set(this.types)
    this.types = types
    const expires = new Float64Array(size)
    expires.set(this.expires)
    this.expires = expires
  }
}

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

/** Per slot: the BM25 score, the distinct query words matched and the groups matched. */
interface GroupScores {
  score: Float64Array
  quality: Uint16Array
  groupsMatched: Uint16Array
  expansions: Map<string, Expansion>
}

/** One pass over the postings of every group's words and their expansions. */
function scoreGroups(index: LocaleIndex, groups: string[][], typed: string): GroupScores {
  const slots = index.nextSlot
  const score = new Float64Array(slots)
  // Distinct query words (with synonyms) a document matched: MiniSearch's "quality",
  // which multiplies the score, so the best-covered documents come first.
  const quality = new Uint16Array(slots)
  const groupsMatched = new Uint16Array(slots)
  const lastGroup = new Int32Array(slots)
  const seenBy = new Map<string, Uint8Array>()
  const expansions = new Map<string, Expansion>()
  const { k, b, d } = BM25
  const average = index.lengthSums.map((sum) => sum / index.count || 1)

  groups.forEach((sources, g) => {
    for (const source of sources) {
      let seen = seenBy.get(source)
      if (!seen) seenBy.set(source, (seen = new Uint8Array(slots)))
      for (const { term, postings, weight } of expand(index, source, typed)) {
        expansions.set(term, { term, postings, weight })
        const { slots: docs, counts, size, inField } = postings
        for (let f = 0; f < FIELDS; f++) {
          if (inField[f] === 0) continue
          const idf = Math.log(1 + (index.count - inField[f] + 0.5) / (inField[f] + 0.5))
          const factor = weight * BOOSTS[f] * idf
          const lengthFactor = (k * b) / average[f]
          for (let i = 0; i < size; i++) {
            const tf = counts[i * FIELDS + f]
            if (tf === 0) continue
            const slot = docs[i]
            const norm = k * (1 - b) + lengthFactor * index.lengths[slot * FIELDS + f]
            score[slot] += factor * (d + (tf * (k + 1)) / (tf + norm))
          }
        }
        for (let i = 0; i < size; i++) {
          const slot = docs[i]
          if (seen[slot] === 0) {
            seen[slot] = 1
            quality[slot]++
          }
          if (lastGroup[slot] !== g + 1) {
            lastGroup[slot] = g + 1
            groupsMatched[slot]++
          }
        }
      }
    }
  })
  return { score, quality, groupsMatched, expansions }
}

/**
 * The page: the best `limit` slots, best first (ties: the earlier indexed first), with the
 * counts by type. Every group must match when enough documents match them all, else one.
 */
function bestPage(
  index: LocaleIndex,
  { score, quality, groupsMatched }: GroupScores,
  groupCount: number,
  query: SearchQuery,
  nowMs: number,
) {
  const slots = index.nextSlot
  let everyGroup = 0
  for (let slot = 0; slot < slots; slot++) if (groupsMatched[slot] === groupCount) everyGroup++
  const required = everyGroup >= MIN_AND_MATCHES ? groupCount : 1

  const typeFilter = query.type ? SEARCH_TYPES.indexOf(query.type) : -1
  const counts = new Array<number>(SEARCH_TYPES.length).fill(0)
  let total = 0
  const best: { slot: number; score: number }[] = []
  for (let slot = 0; slot < slots; slot++) {
    if (groupsMatched[slot] < required || index.expires[slot] <= nowMs) continue
    const type = index.types[slot]
    counts[type]++
    if (typeFilter >= 0 && type !== typeFilter) continue
    total++
    const final = score[slot] * quality[slot]
    if (best.length === query.limit && final <= best[best.length - 1].score) continue
    let at = best.length
    while (at > 0 && best[at - 1].score < final) at--
    best.splice(at, 0, { slot, score: final })
    if (best.length > query.limit) best.pop()
  }
  return { best, counts, total }
}

/**
 * A query word's matches in the vocabulary, as MiniSearch expands them: the word itself; its
 * completions when it is the word being typed (from MIN_PREFIX_LENGTH letters); near
 * spellings when the index does not know it (from MIN_FUZZY_LENGTH letters). Completions
 * and typos weigh less the further they are from the word.
 */
function expand(index: LocaleIndex, source: string, typed: string): Expansion[] {
  const { words } = index
  const found: Expansion[] = []
  const exact = index.postings.get(source)
  if (exact) found.push({ term: source, postings: exact, weight: 1 })
  const completions = new Set<string>()
  if (source === typed && source.length >= MIN_PREFIX_LENGTH) {
    for (const [term, postings] of words.atPrefix(source)) {
      const distance = term.length - source.length
      if (distance === 0) continue
      completions.add(term)
      const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)
      found.push({ term, postings, weight })
    }
  }
  if (!exact && source.length >= MIN_FUZZY_LENGTH) {
    const maxDistance = Math.min(MAX_FUZZY, Math.round(source.length * FUZZINESS))
    for (const [term, [postings, distance]] of words.fuzzyGet(source, maxDistance)) {
      if (distance === 0 || completions.has(term)) continue
      found.push({
        term,
        postings,
        weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
      })
    }
  }
  return found
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
