import { isLocale } from '@/lib/i18n/locales'

/**
 * A preview target must be a path of our own public site, so the preview route cannot be used
 * as an open redirect.
 */
export function safePreviewPath(raw: string | null): string | null {
  if (!raw || raw.length > 300) return null
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null
  if (!/^[\w\-/.~%]+$/.test(raw)) return null
  const [, locale] = raw.split('/')
  return isLocale(locale) ? raw : null
}
