import type { ComponentProps } from 'react'

import { localePath } from '@/lib/content/paths'
import { transitPaths } from '@/lib/transit/paths'

import { LineBadge } from './LineBadge'

/** Lines as badges, each linking to its line's page. */
export function LineLinks({
  lines,
  locale,
  label,
}: {
  lines: ComponentProps<typeof LineBadge>['line'][]
  locale: string
  /** The list's accessible name, where the heading above does not give it. */
  label?: string
}) {
  return (
    <ul className="transit-lines" aria-label={label}>
      {lines.map((line) => (
        <li key={line.routeId}>
          <a href={localePath(locale, transitPaths.line(line.routeId))}>
            <LineBadge line={line} />
          </a>
        </li>
      ))}
    </ul>
  )
}
