import { localePath, paths } from '@/lib/content/paths'
import type { NearbyResult } from '@/lib/geo/findNearby'
import { inLocale } from '@/lib/geo/serviceLocations'
import { describeOpeningStatus } from '@/lib/hours/describeOpeningStatus'
import type { Messages } from '@/lib/i18n/messages'

/**
 * Service locations nearest first: the complete near-me view (the map only repeats it),
 * numbered like the markers, every fact as text.
 */
export function NearbyList({
  results,
  locale,
  messages,
  headingLevel = 3,
  showStatus = true,
}: {
  results: NearbyResult[]
  locale: string
  messages: Messages
  headingLevel?: 2 | 3
  /** Off on prerendered pages, where "open now" would be the time of the build. */
  showStatus?: boolean
}) {
  const t = messages.near
  const Heading = `h${headingLevel}` as const
  return (
    <ol className="near-results">
      {results.map((result, index) => {
        const { entry, distanceMetres, walkingMinutes } = result
        const { address } = entry
        return (
          <li key={`${entry.serviceId}-${entry.locationIndex}`} className="near-results__item">
            <Heading className="near-results__title">
              <span className="near-results__number" aria-hidden="true">
                {index + 1}
              </span>
              <a href={localePath(locale, paths.service(entry.slug))}>
                {inLocale(entry.title, locale)}
              </a>
            </Heading>
            <p className="near-results__place">
              {inLocale(entry.name, locale)} ·{' '}
              {[address.street, address.postalCode].filter(Boolean).join(', ')}
            </p>
            <p className="near-results__distance">
              {t.distance(distanceMetres)} ({t.walking(walkingMinutes)})
            </p>
            <NearbyFacts
              result={result}
              locale={locale}
              messages={messages}
              showStatus={showStatus}
            />
          </li>
        )
      })}
    </ol>
  )
}

/** Whether the place is open now (left out when prerendered) and its step-free access. */
function NearbyFacts({
  result: { entry, status },
  locale,
  messages,
  showStatus,
}: {
  result: NearbyResult
  locale: string
  messages: Messages
  showStatus: boolean
}) {
  const t = messages.near
  const notes = inLocale(entry.accessibilityNotes, locale)
  return (
    <dl className="near-results__facts">
      {showStatus && (
        <div>
          <dt>{t.openingStatus}</dt>
          <dd data-state={status.state}>
            {describeOpeningStatus(status, locale, messages.openingStatus)}
          </dd>
        </div>
      )}
      <div>
        <dt>{t.accessibility}</dt>
        <dd>
          {messages.services.wheelchair[entry.wheelchair]}
          {notes && <span className="near-results__note">{notes}</span>}
        </dd>
      </div>
    </dl>
  )
}
