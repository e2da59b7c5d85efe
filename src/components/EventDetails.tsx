import type { AgendaEvent } from '@/lib/agenda/types'
import { mapLink, type EventVenue } from '@/lib/agenda/venue'
import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

function priceText(price: AgendaEvent['price'], locale: string, messages: Messages['agenda']) {
  if (!price) return null
  const parts: string[] = []
  if (price.isFree) parts.push(messages.free)
  else if (typeof price.amount === 'number') {
    parts.push(
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: price.currency || 'EUR',
      }).format(price.amount),
    )
  }
  if (price.details) parts.push(price.details)
  return parts.length ? parts.join(' · ') : null
}

/** Only web links: an editor's typo or a pasted `javascript:` never becomes a link. */
function webUrl(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}

/** Where, price, organiser, accessibility and registration, as label/value pairs. */
export function EventDetails({
  event,
  venue,
  locale,
  messages,
}: {
  event: AgendaEvent
  venue: EventVenue | null
  locale: string
  messages: Messages['agenda']
}) {
  const price = priceText(event.price, locale, messages)
  const map = venue ? mapLink(venue) : null
  const a = event.accessibility
  const supports = [
    a?.wheelchair && messages.wheelchair,
    a?.signLanguage && messages.signLanguage,
    a?.hearingLoop && messages.hearingLoop,
  ].filter((item): item is string => Boolean(item))
  const department =
    typeof event.organiser?.department === 'object' ? event.organiser.department : null
  const organiser = event.organiser?.name || department?.title
  const organiserUrl = webUrl(event.organiser?.url)
  const registrationUrl = webUrl(event.registrationUrl)
  return (
    <dl className="facts">
      {venue && (
        <div>
          <dt>{messages.where}</dt>
          <dd>
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
          </dd>
        </div>
      )}
      {price && (
        <div>
          <dt>{messages.price}</dt>
          <dd>{price}</dd>
        </div>
      )}
      {organiser && (
        <div>
          <dt>{messages.organiser}</dt>
          <dd>{organiserUrl ? <a href={organiserUrl}>{organiser}</a> : organiser}</dd>
        </div>
      )}
      {(supports.length > 0 || a?.notes) && (
        <div>
          <dt>{messages.accessibility}</dt>
          <dd>
            {supports.length > 0 && (
              <ul>
                {supports.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
            {a?.notes && <p className="pre-line">{a.notes}</p>}
          </dd>
        </div>
      )}
      {registrationUrl && (
        <div>
          <dt>{messages.register}</dt>
          <dd>
            <a href={registrationUrl}>{registrationUrl}</a>
          </dd>
        </div>
      )}
    </dl>
  )
}
