// Rich text (Lexical JSON) to plain text for search records: words only, no markup, bounded.

export const MAX_BODY_CHARS = 8000

interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'tablecell'])

/** Concatenates a Lexical document's text nodes, one space between blocks. */
export function lexicalToPlainText(value: unknown, maxChars = MAX_BODY_CHARS): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const parts: string[] = []
  let length = 0
  const walk = (node: LexicalNode) => {
    if (length > maxChars) return
    if (typeof node.text === 'string') {
      parts.push(node.text)
      length += node.text.length
    }
    for (const child of node.children ?? []) walk(child)
    if (node.type && BLOCK_TYPES.has(node.type)) parts.push(' ')
  }
  walk(root)
  return boundText(parts.join(''), maxChars)
}

/** Collapses whitespace and cuts at a word boundary below `maxChars`. */
export function boundText(text: string, maxChars = MAX_BODY_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= maxChars) return clean
  const cut = clean.slice(0, maxChars)
  const space = cut.lastIndexOf(' ')
  return space > maxChars * 0.8 ? cut.slice(0, space) : cut
}
