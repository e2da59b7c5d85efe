import { localePath, paths } from '@/lib/content/paths'
import { MAX_QUERY_CHARS } from '@/lib/search/searchParams'

import { SEARCH_RESULTS_HEADING } from './SearchResults'

/** The search box: a plain GET form, so it works with no script at all. */
export function SiteSearchForm({
  locale,
  label,
  submit,
  defaultValue,
  id,
  variant = 'header',
}: {
  locale: string
  label: string
  submit: string
  defaultValue?: string
  /** Unique per page: the header and the results page each have a form. */
  id: string
  variant?: 'header' | 'page'
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={`search-form search-form--${variant}`}
      action={`${localePath(locale, paths.search())}#${SEARCH_RESULTS_HEADING}`}
      method="get"
    >
      <label
        className={variant === 'header' ? 'visually-hidden' : 'search-form__label'}
        htmlFor={id}
      >
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_CHARS}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{submit}</button>
    </form>
  )
}
