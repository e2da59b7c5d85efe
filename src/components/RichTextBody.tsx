import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText,
} from '@payloadcms/richtext-lexical/react'

import { localePath, paths } from '@/lib/content/paths'

type LinkedDoc = { relationTo?: string; value?: unknown }

function internalPath(locale: string, doc: LinkedDoc | undefined): string | null {
  const value = doc?.value
  const slug =
    value && typeof value === 'object' && 'slug' in value
      ? (value as { slug?: unknown }).slug
      : null
  if (typeof slug !== 'string') return null
  switch (doc?.relationTo) {
    case 'services':
      return localePath(locale, paths.service(slug))
    case 'procedures':
      return localePath(locale, paths.procedure(slug))
    case 'topics':
      return localePath(locale, paths.topic(slug))
    case 'pages':
      return localePath(locale, paths.page(slug))
    default:
      return null
  }
}

/**
 * Editors' rich text: an h1 becomes an h2 (the page title is the only h1); internal links go
 * to the document's page in the current language, or home when unpublished.
 */
export function RichTextBody({
  data,
  locale,
}: {
  data: SerializedEditorState | null | undefined
  locale: string
}) {
  if (!data) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) =>
        internalPath(locale, linkNode.fields.doc as LinkedDoc) ?? localePath(locale, ''),
    }),
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag === 'h1' ? 'h2' : node.tag
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
  })
  return <RichText className="prose" data={data} converters={converters} />
}
