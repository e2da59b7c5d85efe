import type { AgendaEvent } from '@/lib/agenda/types'
import type { Messages } from '@/lib/i18n/messages'

/**
 * A cancelled, postponed or rescheduled event says so first, in words (not colour alone).
 * A region labelled by its heading rather than role="alert": it is not news to the page.
 */
export function EventStatusNotice({
  event,
  locale,
  timeZone,
  messages,
}: {
  event: Pick<AgendaEvent, 'eventStatus' | 'previousStartsAt'>
  locale: string
  timeZone: string
  messages: Messages['agenda']
}) {
  if (event.eventStatus === 'EventScheduled') return null
  const previous =
    event.eventStatus === 'EventRescheduled' && event.previousStartsAt
      ? new Intl.DateTimeFormat(locale, {
          dateStyle: 'full',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(event.previousStartsAt))
      : null
  return (
    <div
      className={`notice${event.eventStatus === 'EventCancelled' ? ' notice--closed' : ''}`}
      role="region"
      aria-labelledby="event-status-title"
    >
      <h2 className="notice__title" id="event-status-title">
        {messages.status[event.eventStatus]}
      </h2>
      <p>{messages.statusNote[event.eventStatus]}</p>
      {previous && <p>{messages.movedFrom(previous)}</p>}
    </div>
  )
}
