import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages/en'

import { FocusOnArrival } from './FocusOnArrival'
import { SEARCH_TYPES, type SearchResult, type SearchType } from '@/lib/search/types'

function typeHref(locale: string, query: string, type?: SearchType): string {
  const params = new URLSearchParams({ q: query })
  if (type) params.set('type', type)
  return `${localePath(locale, paths.search())}?${params}#${SEARCH_RESULTS_HEADING}`
}

/** Where a search sends focus once its results arrive (see FocusOnArrival). */
export const SEARCH_RESULTS_HEADING = 'search-results-heading'

/** The result count (announced), type filters as links, and the hits with marked words. */
export function SearchResults({
  locale,
  query,
  type,
  result,
  messages,
  azHref,
}: {
  locale: string
  query: string
  type?: SearchType
  result: SearchResult
  messages: Messages['search']
  azHref: string
}) {
  const allCount = Object.values(result.countsByType).reduce((sum, n) => sum + (n ?? 0), 0)
  return (
    <section aria-labelledby="search-results-heading" className="search-results">
      {/* The count is in the heading that focus moves to, so it is what is read out first. */}
      <h2 id={SEARCH_RESULTS_HEADING} tabIndex={-1}>
        {messages.results(result.total, query)}
      </h2>
      <FocusOnArrival id={SEARCH_RESULTS_HEADING} />
      {allCount > 0 && (
        <TypeFilters
          locale={locale}
          query={query}
          type={type}
          result={result}
          allCount={allCount}
          messages={messages}
        />
      )}
      <SearchHits query={query} result={result} messages={messages} azHref={azHref} />
    </section>
  )
}

/** Links narrowing the results to one type of page, with each type's count. */
function TypeFilters({
  locale,
  query,
  type,
  result,
  allCount,
  messages,
}: {
  locale: string
  query: string
  type?: SearchType
  result: SearchResult
  allCount: number
  messages: Messages['search']
}) {
  return (
    <nav aria-label={messages.filterByType}>
      <ul className="search-results__types">
        <li>
          <a href={typeHref(locale, query)} aria-current={type ? undefined : 'page'}>
            {messages.allTypes} ({allCount})
          </a>
        </li>
        {SEARCH_TYPES.filter((t) => result.countsByType[t]).map((t) => (
          <li key={t}>
            <a href={typeHref(locale, query, t)} aria-current={type === t ? 'page' : undefined}>
              {messages.types[t]} ({result.countsByType[t]})
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The hits with their matched words marked, or a pointer to the A-Z index when none. */
function SearchHits({
  query,
  result,
  messages,
  azHref,
}: {
  query: string
  result: SearchResult
  messages: Messages['search']
  azHref: string
}) {
  if (result.hits.length === 0)
    return (
      <>
        <p>{messages.noResults(query)}</p>
        <p>
          <a href={azHref}>{messages.tryAz}</a>
        </p>
      </>
    )
  return (
    <ol className="search-results__list">
      {result.hits.map((hit) => (
        <li key={hit.objectID} className="search-results__hit">
          <p className="search-results__type">{messages.types[hit.type]}</p>
          <h3>
            <a href={hit.url}>{hit.title}</a>
          </h3>
          <p>
            {hit.snippet.map((part, i) =>
              part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
          </p>
        </li>
      ))}
    </ol>
  )
}
