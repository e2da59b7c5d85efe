import type { Metadata } from 'next'

import { readServerUrl } from '@/lib/config/env'
import { localePath, paths } from '@/lib/content/paths'
import { defaultLocale, locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

/**
 * `<link rel="alternate">` autodiscovery of the alert feeds. Next.js replaces a layout's
 * `alternates` with a page's, so the layout and pageMetadata both add these.
 */
export function feedAlternates(locale: string): NonNullable<Metadata['alternates']>['types'] {
  const t = getMessages(locale).alerts
  return {
    'application/rss+xml': [{ url: localePath(locale, paths.alertsRss()), title: t.rss }],
    'application/atom+xml': [{ url: localePath(locale, paths.alertsAtom()), title: t.atom }],
  }
}

/**
 * Title, description, canonical URL and hreflang alternates (every locale plus x-default,
 * the default language) for a page, from its locale-less path.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
}: {
  locale: string
  path: string
  title: Metadata['title']
  description?: string | null
}): Metadata {
  const origin = readServerUrl()
  const url = (code: string) => `${origin}${localePath(code, path)}`
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical: url(locale),
      languages: {
        ...Object.fromEntries(locales.map((code) => [code, url(code)])),
        'x-default': url(defaultLocale),
      },
      types: feedAlternates(locale),
    },
  }
}
