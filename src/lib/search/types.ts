// The search module's vocabulary, shared by both backends (built-in and Algolia).

// 'line' and 'stop' come from the transit timetable in service (see transitRecords.ts).
export const SEARCH_TYPES = [
  'procedure',
  'service',
  'event',
  'alert',
  'page',
  'line',
  'stop',
] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

/** The collections whose published documents are searchable, and the type each becomes. */
export const SEARCHABLE_COLLECTIONS = {
  procedures: 'procedure',
  services: 'service',
  events: 'event',
  alerts: 'alert',
  pages: 'page',
} as const satisfies Record<string, SearchType>
export type SearchableCollection = keyof typeof SEARCHABLE_COLLECTIONS

export function isSearchableCollection(value: string): value is SearchableCollection {
  return Object.hasOwn(SEARCHABLE_COLLECTIONS, value)
}

/**
 * One document in one language. `objectID` is the same in every locale's index, so a
 * document's records are replaced or removed together.
 */
export interface SearchRecord {
  objectID: string
  type: SearchType
  locale: string
  title: string
  summary: string
  /** Plain text of the body and lists, bounded (see MAX_BODY_CHARS). */
  body: string
  /** The page's address in this locale, e.g. `/es/procedures/register-certificate`. */
  url: string
  topics: string[]
  /** ISO instant that orders dated content (event start, alert onset). */
  date?: string
  /** ISO instant after which the record must not be shown (alert expiry). */
  expires?: string
  /** Transit lines: the line's colour ("#RRGGBB"), for a badge. */
  color?: string
}

/** A run of snippet text, marked when it matches a query word. */
export interface SnippetPart {
  text: string
  match: boolean
}

export interface SearchHit {
  objectID: string
  type: SearchType
  title: string
  url: string
  date?: string
  color?: string
  snippet: SnippetPart[]
}

export interface SearchQuery {
  q: string
  locale: string
  type?: SearchType
  limit: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** Hits per type for the query without the type filter, for the type tabs. */
  countsByType: Partial<Record<SearchType, number>>
  total: number
  backend: 'builtin' | 'algolia'
}

/** What both backends do. Writes are per locale; the records of every locale come together. */
export interface SearchBackend {
  readonly name: 'builtin' | 'algolia'
  upsert(records: SearchRecord[]): Promise<void>
  remove(objectIDs: string[], locales: string[]): Promise<void>
  /** Replaces a locale's whole index (full reindex). */
  replaceAll(locale: string, records: SearchRecord[]): Promise<void>
  search(query: SearchQuery, now?: Date): Promise<SearchResult>
}
