// The admin speaks the site's languages where Payload has a translation, with English as the
// fallback.
import { translations } from '@payloadcms/translations/all'
import type { AcceptedLanguages, Language } from '@payloadcms/translations'

export function adminLanguages(
  siteLocales: readonly string[],
): Partial<Record<AcceptedLanguages, Language>> {
  const all = translations as Record<string, Language>
  const picked: Record<string, Language> = { en: all.en }
  for (const locale of siteLocales) {
    const base = locale.split('-')[0]
    const key = all[locale] ? locale : all[base] ? base : null
    if (key) picked[key] = all[key]
  }
  return picked as Partial<Record<AcceptedLanguages, Language>>
}
