import { documentPath, localePath } from '@/lib/content/paths'
import { defaultLocale } from '@/lib/i18n/locales'

export const LIVE_PREVIEW_COLLECTIONS = ['pages', 'services', 'procedures']

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
  const path = localePath(code, documentPath(collectionConfig?.slug ?? 'pages', slug) ?? '')
  return `/next/preview?path=${encodeURIComponent(path)}`
}
