// The smallest Lexical state Payload accepts and renders (paragraphs and h2s of plain text), for
// seed and imports whose content arrives as plain text.
import type {
  SerializedHeadingNode,
  SerializedParagraphNode,
  SerializedTextNode,
} from '@payloadcms/richtext-lexical'

import type { Page } from '@/payload-types'

/** The value of a richText field, as the generated types describe it. */
export type RichTextValue = NonNullable<Page['body']>

const HEADING_PREFIX = '## '

function textNode(text: string): SerializedTextNode {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}

function headingNode(text: string): SerializedHeadingNode {
  return {
    type: 'heading',
    tag: 'h2',
    children: [textNode(text)],
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  }
}

function paragraphNode(text: string): SerializedParagraphNode {
  return {
    type: 'paragraph',
    children: [textNode(text)],
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    version: 1,
  }
}

/**
 * One block per string: `## Title` becomes an h2, anything else a paragraph. Blank strings
 * are dropped, since an empty text node is not valid Lexical.
 */
export function paragraphsToLexical(blocks: readonly string[]): RichTextValue {
  const children = blocks
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) =>
      block.startsWith(HEADING_PREFIX)
        ? headingNode(block.slice(HEADING_PREFIX.length).trim())
        : paragraphNode(block),
    )
  return {
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }
}
