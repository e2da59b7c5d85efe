import type { ComponentProps } from 'react'

import { localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { WheelchairBoarding } from '@/lib/transit/patterns'
import { transitPaths } from '@/lib/transit/paths'
import type { TransitStop } from '@/payload-types'

import { LineBadge } from './LineBadge'
import { LineLinks } from './LineLinks'

/** A line as its badge draws it. */
type LineSummary = ComponentProps<typeof LineBadge>['line']

/** The stop's station (linked), the editors' description and its step-free access as text. */
export function StopFacts({
  parent,
  overlay,
  wheelchair,
  locale,
  t,
}: {
  parent: { id: string; name: string } | null
  overlay: TransitStop | null
  wheelchair: WheelchairBoarding | null
  locale: string
  t: Messages['transit']
}) {
  return (
    <>
      {parent && (
        <p>
          <a href={localePath(locale, transitPaths.stop(parent.id))}>{parent.name}</a>
        </p>
      )}
      {overlay?.description && <p>{overlay.description}</p>}
      {(overlay?.accessibility || wheelchair !== 'unknown') && (
        <p>
          <strong>{t.accessibility}:</strong>{' '}
          {overlay?.accessibility || (wheelchair === 'accessible' ? t.wheelchair : t.noWheelchair)}
        </p>
      )}
    </>
  )
}

/** The lines calling at the stop, each linking to its page. */
export function LinesAtStop({
  lines,
  locale,
  t,
}: {
  lines: LineSummary[]
  locale: string
  t: Messages['transit']
}) {
  return (
    <section aria-labelledby="lines-here">
      <h2 id="lines-here">{t.linesAtStop}</h2>
      <LineLinks lines={lines} locale={locale} />
    </section>
  )
}
