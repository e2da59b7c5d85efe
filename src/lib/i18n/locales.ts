// The site's languages (PLAZA_LOCALES, first is the default). Read at build time: every page is
// prerendered per locale, so a change needs a rebuild.

export const LOCALE_LABELS: Record<string, string> = {
  en: 'English',
  es: 'Español',
  ca: 'Català',
  eu: 'Euskara',
  gl: 'Galego',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  pt: 'Português',
}

function readLocales(): string[] {
  const raw = process.env.PLAZA_LOCALES?.trim()
  const list = raw ? raw.split(',').map((code) => code.trim().toLowerCase()) : ['en', 'es']
  const valid = list.filter((code) => /^[a-z]{2}(-[a-z]{2})?$/.test(code))
  return valid.length > 0 ? Array.from(new Set(valid)) : ['en', 'es']
}

export const locales: string[] = readLocales()
export const defaultLocale: string = locales[0]

export function isLocale(value: unknown): value is string {
  return typeof value === 'string' && locales.includes(value)
}

export function localeLabel(code: string): string {
  return LOCALE_LABELS[code] ?? code
}

/**
 * Picks the best locale from an Accept-Language header (RFC 9110 quality values),
 * falling back to the default locale.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): string {
  if (!acceptLanguage) return defaultLocale
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      const quality = q ? Number.parseFloat(q.trim().slice(2)) : 1
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0 }
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
  for (const { tag } of ranked) {
    const base = tag.split('-')[0]
    if (isLocale(tag)) return tag
    if (isLocale(base)) return base
  }
  return defaultLocale
}
