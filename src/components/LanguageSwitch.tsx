import { localePath } from '@/lib/content/paths'
import { localeLabel, locales } from '@/lib/i18n/locales'

/**
 * Links to the same page in the other languages (slugs are shared across locales), each named
 * in its own language with `lang` for screen readers.
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
