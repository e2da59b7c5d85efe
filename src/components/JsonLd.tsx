import type { JsonLdNode } from '@/lib/jsonld/types'

/** Structured data for search engines. `<` is escaped so no content can close the script. */
export function JsonLd({ data }: { data: JsonLdNode }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  )
}
