// The query string of the HSDS API, read once (a known parameter with a meaningless value is an
// error), and the HSDS "Page" around one page of results.
import { defaultLocale, locales } from '@/lib/i18n/locales'

export const DEFAULT_PER_PAGE = 50
export const MAX_PER_PAGE = 1000

export type Query = {
  page: number
  perPage: number
  search: string | null
  taxonomyTermId: string | null
  taxonomyId: string | null
  organizationId: string | null
  modifiedAfter: Date | null
  full: boolean
  fullService: boolean
  locale: string
}

export function parseQuery(
  params: URLSearchParams,
): { ok: true; query: Query } | { ok: false; error: string } {
  const integer = (name: string, fallback: number, max: number) => {
    const raw = params.get(name)
    if (raw === null || raw === '') return fallback
    if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) return NaN
    return Math.min(Number(raw), max)
  }
  const page = integer('page', 1, 1_000_000)
  if (Number.isNaN(page)) return { ok: false, error: 'page must be a whole number from 1.' }
  const perPage = integer('per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE)
  if (Number.isNaN(perPage))
    return { ok: false, error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.` }
  const rawLocale = params.get('locale')
  if (rawLocale && !locales.includes(rawLocale))
    return { ok: false, error: `locale must be one of: ${locales.join(', ')}.` }
  const rawModified = params.get('modified_after')
  const modifiedAfter = rawModified ? new Date(rawModified) : null
  if (modifiedAfter && Number.isNaN(modifiedAfter.getTime()))
    return {
      ok: false,
      error: 'modified_after must be a date-time such as 2026-11-26T09:00:00Z.',
    }
  const text = (name: string) => params.get(name)?.trim().slice(0, 200) || null
  return {
    ok: true,
    query: {
      page,
      perPage,
      search: text('search')?.toLowerCase() ?? null,
      taxonomyTermId: text('taxonomy_term_id')?.toLowerCase() ?? null,
      taxonomyId: text('taxonomy_id')?.toLowerCase() ?? null,
      organizationId: text('organization_id')?.toLowerCase() ?? null,
      modifiedAfter,
      full: params.get('full') === 'true',
      fullService: params.get('full_service') === 'true',
      locale: rawLocale || defaultLocale,
    },
  }
}

/** The HSDS "Page" around one page of `items`. */
export function hsdsPage<T>(items: T[], page: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const contents = items.slice((page - 1) * perPage, page * perPage)
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  }
}

/** One page of `items`, mapping only the items on it (a full export maps each page alone). */
export function mapPage<T, U>(items: T[], query: Query, map: (item: T) => U) {
  const page = hsdsPage(items, query.page, query.perPage)
  return { ...page, contents: page.contents.map(map) }
}
