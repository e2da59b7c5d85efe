import { localePath, localizedHref } from '@/lib/content/paths'
import type { Navigation } from '@/payload-types'

/**
 * The header links: aria-current="page" for the current page, "true" for its section, both
 * underlined thickly so the state is not shown by colour alone.
 */
export function MainNav({
  locale,
  path,
  label,
  items,
}: {
  locale: string
  path: string
  label: string
  items: NonNullable<Navigation['header']>
}) {
  if (items.length === 0) return null
  const here = localePath(locale, path)
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {items.map((item) => {
          const href = localizedHref(locale, item.href)
          const current =
            href === here
              ? 'page'
              : href !== `/${locale}` && here.startsWith(`${href}/`)
                ? 'true'
                : undefined
          return (
            <li key={item.id ?? href}>
              <a href={href} aria-current={current}>
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
