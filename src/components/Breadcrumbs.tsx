import { readServerUrl } from '@/lib/config/env'
import { localePath } from '@/lib/content/paths'
import { breadcrumbList } from '@/lib/jsonld/breadcrumbList'

import { JsonLd } from './JsonLd'

export interface Crumb {
  label: string
  /** Path without the locale, from `paths`. */
  path: string
}

/**
 * The trail from home to the current page (WAI-ARIA breadcrumb pattern): a labelled nav
 * with an ordered list; the last item is the current page, marked with aria-current.
 */
export function Breadcrumbs({
  locale,
  label,
  crumbs,
}: {
  locale: string
  label: string
  crumbs: Crumb[]
}) {
  const origin = readServerUrl()
  return (
    <nav aria-label={label} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => {
          const href = localePath(locale, crumb.path)
          const current = index === crumbs.length - 1
          return (
            <li key={href}>
              <a href={href} aria-current={current ? 'page' : undefined}>
                {crumb.label}
              </a>
            </li>
          )
        })}
      </ol>
      <JsonLd
        data={breadcrumbList(
          crumbs.map((crumb) => ({
            name: crumb.label,
            url: `${origin}${localePath(locale, crumb.path)}`,
          })),
        )}
      />
    </nav>
  )
}
