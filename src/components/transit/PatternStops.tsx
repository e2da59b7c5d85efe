import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import type { PatternStop } from '@/lib/transit/patterns'
import { transitPaths } from '@/lib/transit/paths'

/** A pattern's stops in order: platform, a change of headsign en route, step-free boarding. */
export function PatternStops({ stops, locale }: { stops: PatternStop[]; locale: string }) {
  const t = getMessages(locale).transit
  return (
    <ol className="transit-stops">
      {stops.map((stop, i) => (
        <li key={`${stop.stopId}-${i}`}>
          <a href={localePath(locale, transitPaths.stop(stop.stopId))}>{stop.name}</a>
          {stop.platformCode && (
            <span className="transit-stops__platform">
              {' '}
              · {t.platform} {stop.platformCode}
            </span>
          )}
          {stop.wheelchair === 'accessible' && (
            <span className="transit-stops__access"> · {t.wheelchair}</span>
          )}
          {stop.wheelchair === 'not-accessible' && (
            <span className="transit-stops__access"> · {t.noWheelchair}</span>
          )}
          {stop.headsign && (
            <span className="transit-stops__headsign"> · {t.headsignChange(stop.headsign)}</span>
          )}
        </li>
      ))}
    </ol>
  )
}
