import { notFound } from 'next/navigation'

import { isLocale } from '@/lib/i18n/locales'

/** The locale of a route, or a 404 for a first path segment that is not a site language. */
export async function localeFrom(params: Promise<{ locale: string }>): Promise<string> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}
