import { getMessages } from '@/lib/i18n/messages'
import type { Pattern } from '@/lib/transit/patterns'

import { PatternStops } from './PatternStops'
import { RouteShape } from './RouteShape'

/**
 * Per direction: the longest stop pattern first (it covers the others on most lines), then
 * every other pattern, the most frequent first.
 */
export function patternsByDirection(patterns: Pattern[]): Pattern[][] {
  return [...new Set(patterns.map((p) => p.direction))].map((direction) => {
    const own = patterns.filter((p) => p.direction === direction)
    const main = own.reduce((a, b) => (b.stops.length > a.stops.length ? b : a))
    return [main, ...own.filter((p) => p !== main)]
  })
}

/** One direction of a line: its main pattern in full with its map, the others folded. */
export function LineDirection({
  patterns: [main, ...others],
  line,
  locale,
}: {
  patterns: Pattern[]
  line: { name: string; color: string }
  locale: string
}) {
  const t = getMessages(locale).transit
  return (
    <section aria-labelledby={`direction-${main.direction}`} className="transit-direction">
      <h2 id={`direction-${main.direction}`}>{t.direction(main.headsign)}</h2>
      <p>{t.tripsCount(main.trips)}</p>
      <RouteShape
        shape={main.shape}
        stops={main.stops}
        color={line.color}
        label={t.map(line.name, main.headsign)}
      />
      <h3>{t.stops}</h3>
      <PatternStops stops={main.stops} locale={locale} />
      {others.length > 0 && (
        <>
          <h3>{t.otherPatterns}</h3>
          {others.map((p, i) => (
            <details key={i} className="transit-pattern">
              <summary>
                {t.pattern(p.stops[0].name, p.stops.at(-1)!.name, p.stops.length)} ·{' '}
                {t.tripsCount(p.trips)}
              </summary>
              <PatternStops stops={p.stops} locale={locale} />
            </details>
          ))}
        </>
      )}
    </section>
  )
}
