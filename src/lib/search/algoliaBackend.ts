// The hosted backend: one Algolia index per locale. Writes use the admin key, searches the
// search-only key; neither leaves the server (pages and /api/search query through here).
import {
  algoliasearch,
  type IndexSettings,
  type SearchClient,
  type SupportedLanguage,
} from 'algoliasearch'

import { algoliaIndexName, type AlgoliaConfig } from './config'
import { SYNONYMS } from './synonyms'
import {
  SEARCH_TYPES,
  type SearchBackend,
  type SearchHit,
  type SearchQuery,
  type SearchRecord,
  type SearchResult,
  type SearchType,
} from './types'

/** Far-future expiry (seconds) for records that never expire, so one numeric filter serves all. */
const NEVER = 32503680000
// Control characters cannot occur in the indexed text, so they delimit highlights safely.
const PRE = '\u0002'
const POST = '\u0003'

type AlgoliaObject = SearchRecord & { expiresAt: number } & Record<string, unknown>

function toObject(record: SearchRecord): AlgoliaObject {
  const expires = record.expires ? Math.floor(new Date(record.expires).getTime() / 1000) : NEVER
  return { ...record, expiresAt: expires }
}

function clientFor(config: AlgoliaConfig, key: string): SearchClient {
  const host = config.host
  return algoliasearch(config.appId, key, {
    ...(host
      ? {
          hosts: [
            {
              url: host.hostname,
              port: host.port ? Number(host.port) : undefined,
              protocol: host.protocol === 'http:' ? 'http' : 'https',
              accept: 'readWrite',
            },
          ],
        }
      : {}),
    timeouts: { connect: 2000, read: 5000, write: 10000 },
  })
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)

/** Algolia's snippet with our delimiters → parts. */
export function partsFromSnippet(value: string): SearchHit['snippet'] {
  const parts: SearchHit['snippet'] = []
  const re = new RegExp(`${PRE}([^${POST}]*)${POST}`, 'g')
  let cursor = 0
  for (const m of value.matchAll(re)) {
    if ((m.index ?? 0) > cursor)
      parts.push({ text: decode(value.slice(cursor, m.index)), match: false })
    parts.push({ text: decode(m[1]), match: true })
    cursor = (m.index ?? 0) + m[0].length
  }
  if (cursor < value.length) parts.push({ text: decode(value.slice(cursor)), match: false })
  return parts
}

/** Index settings applied by code (`npm run search:reindex`), identical for every locale. */
export function algoliaSettings(locale: string): IndexSettings {
  const language = locale.slice(0, 2) as SupportedLanguage
  return {
    searchableAttributes: ['title', 'summary', 'body'],
    attributesForFaceting: ['type', 'topics', 'locale'],
    attributesToSnippet: ['summary:30', 'body:30'],
    customRanking: ['desc(date)'],
    queryLanguages: [language],
    indexLanguages: [language],
    ignorePlurals: true,
    removeStopWords: true,
    typoTolerance: true,
    highlightPreTag: PRE,
    highlightPostTag: POST,
  }
}

export class AlgoliaSearchBackend implements SearchBackend {
  readonly name = 'algolia' as const
  private readonly admin: SearchClient
  private readonly reader: SearchClient

  constructor(private readonly config: AlgoliaConfig) {
    this.admin = clientFor(config, config.adminKey)
    this.reader = clientFor(config, config.searchKey)
  }

  indexName(locale: string): string {
    return algoliaIndexName(this.config, locale)
  }

  async upsert(records: SearchRecord[]): Promise<void> {
    const byLocale = new Map<string, AlgoliaObject[]>()
    for (const record of records) {
      const list = byLocale.get(record.locale) ?? []
      list.push(toObject(record))
      byLocale.set(record.locale, list)
    }
    for (const [locale, objects] of byLocale) {
      await this.admin.saveObjects({ indexName: this.indexName(locale), objects })
    }
  }

  async remove(objectIDs: string[], locales: string[]): Promise<void> {
    for (const locale of locales) {
      await this.admin.deleteObjects({ indexName: this.indexName(locale), objectIDs })
    }
  }

  async applySettings(locale: string): Promise<void> {
    const indexName = this.indexName(locale)
    await this.admin.setSettings({ indexName, indexSettings: algoliaSettings(locale) })
    await this.admin.saveSynonyms({
      indexName,
      replaceExistingSynonyms: true,
      synonymHit: (SYNONYMS[locale] ?? []).map((synonyms, i) => ({
        objectID: `plaza-${locale}-${i}`,
        type: 'synonym' as const,
        synonyms,
      })),
    })
  }

  async replaceAll(locale: string, records: SearchRecord[]): Promise<void> {
    await this.applySettings(locale)
    await this.admin.replaceAllObjects({
      indexName: this.indexName(locale),
      objects: records.map(toObject),
    })
  }

  async search(query: SearchQuery, now = new Date()): Promise<SearchResult> {
    const indexName = this.indexName(query.locale)
    const current = `expiresAt > ${Math.floor(now.getTime() / 1000)}`
    const { results } = await this.reader.search<AlgoliaObject>({
      requests: [
        { indexName, query: query.q, hitsPerPage: 0, facets: ['type'], filters: current },
        {
          indexName,
          query: query.q,
          hitsPerPage: query.limit,
          filters: query.type ? `${current} AND type:${query.type}` : current,
          attributesToSnippet: ['summary:30', 'body:30'],
          highlightPreTag: PRE,
          highlightPostTag: POST,
        },
      ],
    })
    const [facetsResult, hitsResult] = results as Array<{
      facets?: Record<string, Record<string, number>>
      nbHits?: number
      hits?: Array<
        AlgoliaObject & { _snippetResult?: Record<string, { value?: string; matchLevel?: string }> }
      >
    }>
    const countsByType: Partial<Record<SearchType, number>> = {}
    for (const [type, count] of Object.entries(facetsResult?.facets?.type ?? {})) {
      if ((SEARCH_TYPES as readonly string[]).includes(type))
        countsByType[type as SearchType] = count
    }
    const hits: SearchHit[] = (hitsResult?.hits ?? []).map((hit) => {
      const snippets = hit._snippetResult ?? {}
      const best =
        snippets.summary?.matchLevel !== 'none' && snippets.summary?.value
          ? snippets.summary.value
          : (snippets.body?.value ?? hit.summary)
      return {
        objectID: hit.objectID,
        type: hit.type,
        title: hit.title,
        url: hit.url,
        ...(hit.date ? { date: hit.date } : {}),
        ...(hit.color ? { color: hit.color } : {}),
        snippet: partsFromSnippet(best ?? ''),
      }
    })
    return { hits, countsByType, total: hitsResult?.nbHits ?? hits.length, backend: this.name }
  }
}
