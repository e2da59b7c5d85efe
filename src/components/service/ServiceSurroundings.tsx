import { localePath, paths } from '@/lib/content/paths'
import type { NearbyResult } from '@/lib/geo/findNearby'
import type { Messages } from '@/lib/i18n/messages'
import type { NearbyStop } from '@/lib/transit/stopIndex'

import { ContentList } from '../ContentList'
import { NearbyList } from '../NearbyList'
import { NearbyStops } from '../transit/NearbyStops'

/** Other services near the service's first place, with a link to the full near-me search. */
export function OtherServicesNearby({
  nearby,
  locale,
  t,
}: {
  nearby: NearbyResult[]
  locale: string
  t: Messages
}) {
  if (nearby.length === 0) return null
  return (
    <section aria-labelledby="other-nearby">
      <h2 id="other-nearby">{t.near.otherNearby}</h2>
      <NearbyList results={nearby} locale={locale} messages={t} showStatus={false} />
      <p>
        <a href={localePath(locale, paths.servicesNear())}>{t.near.findNearby}</a>
      </p>
    </section>
  )
}

/** Public transport stops near the service's first place. */
export function StopsNearService({
  stops,
  locale,
  t,
}: {
  stops: NearbyStop[] | null
  locale: string
  t: Messages
}) {
  if (!stops || stops.length === 0) return null
  return (
    <section aria-labelledby="stops-nearby">
      <h2 id="stops-nearby">{t.transit.nearbyStops}</h2>
      <NearbyStops stops={stops} locale={locale} messages={t} />
    </section>
  )
}

/** Procedures that can be done in person at the service, by title. */
export function ProceduresHere({
  procedures,
  locale,
  t,
}: {
  procedures: { slug: string; title: string; summary?: string | null }[]
  locale: string
  t: Messages
}) {
  if (procedures.length === 0) return null
  const collator = new Intl.Collator(locale)
  return (
    <section aria-labelledby="procedures-here">
      <h2 id="procedures-here">{t.services.proceduresHere}</h2>
      <ContentList
        items={procedures
          .toSorted((a, b) => collator.compare(a.title, b.title))
          .map((procedure) => ({
            href: localePath(locale, paths.procedure(procedure.slug)),
            title: procedure.title,
            summary: procedure.summary,
          }))}
      />
    </section>
  )
}
