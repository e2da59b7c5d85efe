import type { Metadata } from 'next'

import { readServerUrl } from '@/lib/config/env'
import { localePath } from '@/lib/content/paths'
import { defaultLocale, locales } from '@/lib/i18n/locales'

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
    },
  }
}
