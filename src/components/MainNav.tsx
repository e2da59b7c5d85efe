import { localePath, localizedHref } from '@/lib/content/paths'
import type { Navigation } from '@/payload-types'

/**
 * The editors' header links. The link to the current page has aria-current="page"; the
 * link to the section the page belongs to has aria-current="true". Both are underlined
 * thickly, so the state is not shown by colour alone.
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
