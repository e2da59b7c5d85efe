// The built-in search's ranking: a query word's matches in the vocabulary (itself, completions,
// near spellings), their BM25+ scores per field, and the best page of documents.
import { FIELDS, type LocaleIndex, type Postings } from './builtinIndex'
import { SEARCH_TYPES, type SearchQuery } from './types'

/** Below this many documents matching every query word, documents matching any word count. */
export const MIN_AND_MATCHES = 10
/** Shortest last word that is also matched as a prefix ("libr" → "library"). */
export const MIN_PREFIX_LENGTH = 4
/** Shortest unknown word given typo tolerance (one typo per five letters, at most two). */
export const MIN_FUZZY_LENGTH = 5

// The boosts of title, summary and body.
const BOOSTS = [4, 2, 1]
// MiniSearch's defaults, so ranking stays what it was: BM25+ parameters, the weight of a
// prefix completion and of a typo match (each decreasing with the distance).
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const FUZZINESS = 0.2
const MAX_FUZZY = 2

/** A query word's match in the vocabulary: the word itself, a completion or a near spelling. */
interface Expansion {
  term: string
  postings: Postings
  weight: number
}

/** Per slot: the BM25 score, the distinct query words matched and the groups matched. */
export interface GroupScores {
  score: Float64Array
  quality: Uint16Array
  groupsMatched: Uint16Array
  expansions: Map<string, Expansion>
}

/** One pass over the postings of every group's words and their expansions. */
export function scoreGroups(index: LocaleIndex, groups: string[][], typed: string): GroupScores {
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
export function bestPage(
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
 * A query word's matches as MiniSearch expands them: itself, completions of the word being
 * typed, near spellings of unknown words; the further from the word, the less they weigh.
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
