import { getMessages } from '@/lib/i18n/messages'
import type { LiveDeparture } from '@/lib/transit/realtime/apply'
import { formatGtfsTime, wallClock } from '@/lib/transit/time'

/**
 * The live column of a departure board: said in words ("4 min late", "Cancelled"), never
 * by colour alone; the expected time is a <time> element like the scheduled one.
 */
export function LiveStatus({
  departure: d,
  locale,
  timeZone,
}: {
  departure: LiveDeparture
  locale: string
  timeZone: string
}) {
  const t = getMessages(locale).transit.live
  if (d.cancelled)
    return <strong className="transit-live transit-live--cancelled">{t.cancelled}</strong>
  if (d.skipped) return <strong className="transit-live transit-live--skipped">{t.skipped}</strong>
  if (d.status !== 'realtime' || d.delaySeconds === null) {
    return <span className="transit-live transit-live--scheduled">{t.scheduled}</span>
  }
  const minutes = Math.round(d.delaySeconds / 60)
  const expected = formatGtfsTime(wallClock(d.predictedAt, timeZone).seconds).slice(0, 5)
  return (
    <span className="transit-live transit-live--realtime">
      <span className="transit-live__badge">{t.status}</span>{' '}
      {minutes === 0 ? t.onTime : minutes > 0 ? t.late(minutes) : t.early(-minutes)}
      {minutes !== 0 && (
        <>
          {' · '}
          <time dateTime={new Date(d.predictedAt).toISOString()}>{t.expected(expected)}</time>
        </>
      )}
    </span>
  )
}
