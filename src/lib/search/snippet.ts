// A short passage of a result around the first matched word, with every matched word marked.
// Returned as parts (not HTML) so pages render it without injecting markup.
import { foldWord } from './synonyms'
import type { SnippetPart } from './types'

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Cuts `text` to about `length` characters around the first word whose folded form is in
 * `matchedTerms` (folded), and marks those words. Without a match, the start of the text.
 */
export function buildSnippet(
  text: string,
  matchedTerms: Iterable<string>,
  length = 180,
): SnippetPart[] {
  const terms = new Set([...matchedTerms].map(foldWord))
  const isMatch = (word: string) => terms.has(foldWord(word))
  let first = -1
  for (const m of text.matchAll(WORD)) {
    if (isMatch(m[0])) {
      first = m.index ?? 0
      break
    }
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 3))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    if (space >= 0 && space < first) start = space + 1
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    if (space > start) end = space
  }
  const passage = text.slice(start, end)
  const parts: SnippetPart[] = []
  if (start > 0) parts.push({ text: '… ', match: false })
  let cursor = 0
  for (const m of passage.matchAll(WORD)) {
    if (!isMatch(m[0])) continue
    const at = m.index ?? 0
    if (at > cursor) parts.push({ text: passage.slice(cursor, at), match: false })
    parts.push({ text: m[0], match: true })
    cursor = at + m[0].length
  }
  if (cursor < passage.length) parts.push({ text: passage.slice(cursor), match: false })
  if (end < text.length) parts.push({ text: ' …', match: false })
  return parts
}
