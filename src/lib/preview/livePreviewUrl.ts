import { defaultLocale } from '@/lib/i18n/locales'

export const LIVE_PREVIEW_COLLECTIONS = ['pages', 'services', 'procedures']

const SECTION: Record<string, string> = { services: 'services', procedures: 'procedures' }

/** The public path of a document, as shown in a given locale. */
export function publicPath(collection: string, slug: string, locale: string): string {
  const section = SECTION[collection]
  return section ? `/${locale}/${section}/${slug}` : `/${locale}/${slug}`
}

/**
 * Live preview goes through /next/preview, which checks the editor's session before it
 * turns on draft mode; the URL carries no secret.
 */
export function livePreviewUrl({
  data,
  collectionConfig,
  locale,
}: {
  data: Record<string, unknown>
  collectionConfig?: { slug: string }
  locale?: { code: string } | string
}): string {
  const code = typeof locale === 'string' ? locale : (locale?.code ?? defaultLocale)
  const slug = typeof data?.slug === 'string' ? data.slug : ''
  const path = publicPath(collectionConfig?.slug ?? 'pages', slug, code)
  return `/next/preview?path=${encodeURIComponent(path)}`
}
