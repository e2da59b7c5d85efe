import { localePath } from '@/lib/content/paths'
import { localeLabel, locales } from '@/lib/i18n/locales'

/**
 * Links to the same page in the other languages. Slugs are shared across locales, so the
 * page's locale-less path is enough; no client script is needed. Each link names its
 * language in that language, with `lang` so screen readers pronounce it correctly.
 */
export function LanguageSwitch({
  locale,
  path,
  label,
}: {
  locale: string
  path: string
  label: string
}) {
  const others = locales.filter((code) => code !== locale)
  if (others.length === 0) return null
  return (
    <nav aria-label={label} className="language-switch">
      <ul>
        {others.map((code) => (
          <li key={code}>
            <a href={localePath(code, path)} hrefLang={code} lang={code}>
              {localeLabel(code)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
