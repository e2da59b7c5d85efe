// The built-in search's index, one a locale: each word's posting lists (typed arrays of slots
// and per-field counts) and, per slot, the record, its field lengths, type and expiry.
import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'

import { foldWord } from './synonyms'
import { SEARCH_TYPES, type SearchRecord } from './types'

/** Body words indexed per record (about 1,000 characters of prose). */
export const BODY_INDEX_WORDS = 150

// Title, summary, body: in that order everywhere in the built-in search.
export const FIELDS = 3
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
export class Postings {
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

export class LocaleIndex {
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
