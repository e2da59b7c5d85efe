import { getMessages } from '@/lib/i18n/messages'
import type { Departure } from '@/lib/transit/departureIndex'
import type { LiveDeparture } from '@/lib/transit/realtime/apply'

import { LiveStatus } from './LiveStatus'

/** A stop's departures as a table: time (with the day when it differs), line, destination. */
export function DepartureTable({
  departures,
  caption,
  locale,
  serviceDate,
  showPlatform,
  timeZone,
}: {
  /** Live departures get a status column (predicted time, cancelled, skipped). */
  departures: Departure[] | LiveDeparture[]
  timeZone?: string
  caption: string
  locale: string
  serviceDate: string
  /** At a station: which platform each departure leaves from. */
  showPlatform: boolean
}) {
  const t = getMessages(locale).transit
  return (
    <table className="transit-departures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.time}</th>
          <th scope="col">{t.line}</th>
          <th scope="col">{t.destination}</th>
          {showPlatform && <th scope="col">{t.platform}</th>}
          {timeZone && <th scope="col">{t.live.status}</th>}
        </tr>
      </thead>
      <tbody>
        {departures.map((d) => (
          <tr key={`${d.serviceDate}-${d.tripId}-${d.stopId}`}>
            <td>
              <time dateTime={new Date(d.at).toISOString()}>{d.time}</time>
              {/* The local date can differ from the day shown: trips past midnight, and
                  on a spring-forward night, early trips that leave the evening before. */}
              {d.date > serviceDate && (
                <span className="transit-departures__next"> ({t.afterMidnight})</span>
              )}
              {d.date < serviceDate && (
                <span className="transit-departures__next"> ({t.previousDay})</span>
              )}
            </td>
            <td>{d.routeName}</td>
            <td>{d.headsign}</td>
            {showPlatform && <td>{d.platformCode}</td>}
            {timeZone && 'status' in d && (
              <td>
                <LiveStatus departure={d} locale={locale} timeZone={timeZone} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
