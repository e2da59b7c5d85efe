import { localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import { transitPaths } from '@/lib/transit/paths'
import type { NearbyStop } from '@/lib/transit/stopIndex'

import { LineLinks } from './LineLinks'

/**
 * Transit stops nearest first, as plain links and lists so it works without JavaScript; line
 * colours are decorative, names carry the meaning.
 */
export function NearbyStops({
  stops,
  locale,
  messages,
}: {
  stops: NearbyStop[]
  locale: string
  messages: Messages
}) {
  const t = messages.transit
  return (
    <ol className="near-results transit-nearby">
      {stops.map(({ stop, distanceMetres, walkingMinutes }) => (
        <li key={stop.stopId} className="near-results__item">
          <h3 className="near-results__title">
            <a href={localePath(locale, transitPaths.stop(stop.stopId))}>{stop.name}</a>
          </h3>
          <p className="near-results__distance">
            {messages.near.distance(distanceMetres)} ({messages.near.walking(walkingMinutes)})
            {stop.wheelchair === 1 && <> · {t.wheelchair}</>}
          </p>
          <LineLinks lines={stop.lines} locale={locale} label={t.linesAtNamedStop(stop.name)} />
        </li>
      ))}
    </ol>
  )
}
