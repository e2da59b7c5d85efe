import type { AgendaDay } from '@/lib/agenda/agenda'
import { formatDay, formatOccurrence } from '@/lib/agenda/format'
import { hasAccessibilitySupport } from '@/lib/agenda/agenda'
import { eventVenue } from '@/lib/agenda/venue'
import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

/**
 * Occurrences grouped under a heading per local day. Each day is a list; the time comes
 * first so that a screen reader hears "10:00–14:00, Saturday market" in list order.
 */
export function AgendaDayList({
  days,
  locale,
  timeZone,
  messages,
  headingLevel = 2,
}: {
  days: AgendaDay[]
  locale: string
  timeZone: string
  messages: Messages['agenda']
  headingLevel?: 2 | 3
}) {
  const DayHeading = `h${headingLevel}` as const
  const ItemHeading = `h${headingLevel + 1}` as 'h3' | 'h4'
  return (
    <div className="agenda">
      {days.map(({ day, items }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="agenda__day">
          <DayHeading id={`day-${day}`} className="agenda__date">
            <time dateTime={day}>{formatDay(day, locale)}</time>
          </DayHeading>
          <ul className="content-list">
            {items.map(({ event, occurrence, ongoing }) => {
              const venue = eventVenue(event)
              return (
                <li key={`${event.id}-${occurrence.start.toISOString()}`} className="agenda__item">
                  <p className="agenda__time">
                    {formatOccurrence(occurrence, locale, timeZone, messages)}
                    {ongoing && ` (${messages.ongoing})`}
                  </p>
                  <ItemHeading className="content-list__title">
                    <a href={localePath(locale, paths.event(event.slug))}>{event.title}</a>
                    {event.eventStatus !== 'EventScheduled' && (
                      <strong className="tag">{messages.status[event.eventStatus]}</strong>
                    )}
                  </ItemHeading>
                  <p>{event.summary}</p>
                  <ul className="inline-list agenda__facts">
                    {venue?.name && <li>{venue.name}</li>}
                    {event.price?.isFree && <li>{messages.free}</li>}
                    {hasAccessibilitySupport(event) && <li>{messages.accessibility}</li>}
                  </ul>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
