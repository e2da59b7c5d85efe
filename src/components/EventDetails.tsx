import type { AgendaEvent } from '@/lib/agenda/types'
import type { EventVenue } from '@/lib/agenda/venue'
import type { Messages } from '@/lib/i18n/messages'

import { AccessibilityFact, VenueFact } from './agenda/EventFacts'
import { Fact } from './Fact'

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
  const department =
    typeof event.organiser?.department === 'object' ? event.organiser.department : null
  const organiser = event.organiser?.name || department?.title
  const organiserUrl = webUrl(event.organiser?.url)
  const registrationUrl = webUrl(event.registrationUrl)
  return (
    <dl className="facts">
      {venue && <VenueFact venue={venue} locale={locale} messages={messages} />}
      {price && <Fact label={messages.price}>{price}</Fact>}
      {organiser && (
        <Fact label={messages.organiser}>
          {organiserUrl ? <a href={organiserUrl}>{organiser}</a> : organiser}
        </Fact>
      )}
      <AccessibilityFact accessibility={event.accessibility} messages={messages} />
      {registrationUrl && (
        <Fact label={messages.register}>
          <a href={registrationUrl}>{registrationUrl}</a>
        </Fact>
      )}
    </dl>
  )
}
