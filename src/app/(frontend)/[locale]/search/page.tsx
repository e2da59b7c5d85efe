import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { SearchResults } from '@/components/SearchResults'
import { SiteSearchForm } from '@/components/SiteSearchForm'
import { getPayloadClient } from '@/lib/content/payload'
import { localePath, paths } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import { MAX_QUERY_CHARS } from '@/lib/search/searchParams'
import { searchSite } from '@/lib/search/searchService'
import { SEARCH_TYPES, type SearchResult, type SearchType } from '@/lib/search/types'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).search
  return {
    ...pageMetadata({ locale, path: paths.search(), title: t.title, description: t.description }),
    // Result pages are endless and thin: keep them out of search engines.
    robots: { index: false, follow: true },
  }
}

/** Results for `?q=` (optionally `&type=`), rendered on the server: no script needed. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale)
  const query = await searchParams
  const q = (first(query.q) ?? '').trim().slice(0, MAX_QUERY_CHARS)
  const typeParam = first(query.type)
  const type = SEARCH_TYPES.find((candidate) => candidate === typeParam) as SearchType | undefined
  let result: SearchResult | null = null
  let failed = false
  if (q) {
    try {
      result = await searchSite(await getPayloadClient(), { q, locale, type, limit: 50 })
    } catch (error) {
      console.error('search failed', error)
      failed = true
    }
  }
  return (
    <PageShell
      locale={locale}
      path={paths.search()}
      crumbs={[{ label: t.search.title, path: paths.search() }]}
    >
      <h1>{t.search.title}</h1>
      <SiteSearchForm
        id="search-page-query"
        variant="page"
        locale={locale}
        label={t.search.label}
        submit={t.search.submit}
        defaultValue={q}
      />
      {failed && <p role="status">{t.search.unavailable}</p>}
      {result && (
        <SearchResults
          locale={locale}
          query={q}
          type={type}
          result={result}
          messages={t.search}
          azHref={localePath(locale, paths.procedures())}
        />
      )}
    </PageShell>
  )
}
