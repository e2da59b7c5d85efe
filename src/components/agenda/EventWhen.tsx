import { formatOccurrence } from '@/lib/agenda/format'
import type { Occurrence } from '@/lib/agenda/occurrences'
import { agendaFeeds, localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

import { CalendarLinks } from '../CalendarLinks'
import { allEventsFeed, topicFeed } from './calendarFeeds'

/** When the event is: its next dates (or its last one), in city time, and a calendar file. */
export function EventWhen({
  slug,
  occurrences,
  dates,
  repeats,
  locale,
  timeZone,
  t,
}: {
  slug: string
  /** The coming dates. */
  occurrences: Occurrence[]
  /** The dates shown: the coming ones, else the last. */
  dates: Occurrence[]
  repeats: boolean
  locale: string
  timeZone: string
  t: Messages['agenda']
}) {
  return (
    <section aria-labelledby="event-when">
      <h2 id="event-when">{t.whenHeading}</h2>
      {repeats && <p>{t.repeats}</p>}
      {occurrences.length === 0 && <p>{t.noMoreDates}</p>}
      {repeats && occurrences.length > 1 && (
        <p className="muted">{t.nextDates(occurrences.length)}</p>
      )}
      <ul className="event-dates">
        {dates.map((occurrence) => (
          <li key={occurrence.start.toISOString()}>
            <time
              dateTime={occurrence.allDay ? occurrence.startDay : occurrence.start.toISOString()}
            >
              {formatOccurrence(occurrence, locale, timeZone, t, true)}
            </time>
          </li>
        ))}
      </ul>
      <p className="muted">{t.cityTime(timeZone)}</p>
      <p>
        <a className="button" href={localePath(locale, agendaFeeds.event(slug))} download>
          {t.addToCalendar}
        </a>
      </p>
    </section>
  )
}

/** Calendar feeds to subscribe to: the whole agenda, and each of the event's topics. */
export function EventFeeds({
  topics,
  origin,
  locale,
  t,
}: {
  topics: { slug: string; title: string }[]
  origin: string
  locale: string
  t: Messages['agenda']
}) {
  return (
    <CalendarLinks
      messages={t}
      feeds={[
        allEventsFeed(origin, locale, t),
        ...topics.map((topic) => topicFeed(topic, origin, locale, t)),
      ]}
    />
  )
}
