import type { JsonLdNode } from './types'

export interface BreadcrumbEntry {
  name: string
  /** Absolute URL. */
  url: string
}

export function breadcrumbList(entries: BreadcrumbEntry[]): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: entries.map((entry, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: entry.name,
      item: entry.url,
    })),
  }
}
