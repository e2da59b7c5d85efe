import type { AgendaEvent } from '@/lib/agenda/types'
import { mapLink, type EventVenue } from '@/lib/agenda/venue'
import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

import { Fact } from '../Fact'

/** The venue: linked to its service page when it is one, its address and a map link. */
export function VenueFact({
  venue,
  locale,
  messages,
}: {
  venue: EventVenue
  locale: string
  messages: Messages['agenda']
}) {
  const map = mapLink(venue)
  return (
    <Fact label={messages.where}>
      {venue.serviceSlug ? (
        <a href={localePath(locale, paths.service(venue.serviceSlug))}>{venue.name}</a>
      ) : (
        venue.name
      )}
      {venue.address && <span className="facts__note">{venue.address}</span>}
      {map && (
        <span className="facts__note">
          <a href={map} rel="external">
            {messages.viewOnMap}
          </a>
        </span>
      )}
    </Fact>
  )
}

/** The support offered (wheelchair, sign language, hearing loop) and the editors' notes. */
export function AccessibilityFact({
  accessibility: a,
  messages,
}: {
  accessibility: AgendaEvent['accessibility']
  messages: Messages['agenda']
}) {
  const supports = [
    a?.wheelchair && messages.wheelchair,
    a?.signLanguage && messages.signLanguage,
    a?.hearingLoop && messages.hearingLoop,
  ].filter((item): item is string => Boolean(item))
  if (supports.length === 0 && !a?.notes) return null
  return (
    <Fact label={messages.accessibility}>
      {supports.length > 0 && (
        <ul>
          {supports.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {a?.notes && <p className="pre-line">{a.notes}</p>}
    </Fact>
  )
}
