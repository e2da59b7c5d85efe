import type { Metadata } from 'next'

import { NearForm, UnknownPostcode, type NearChoice } from '@/components/near/NearForm'
import { NearResults, NearStops } from '@/components/near/NearResults'
import { PageShell } from '@/components/PageShell'
import { UseMyLocation } from '@/components/UseMyLocation'
import { getMapSettings, listDistricts, nearbyServiceLocations } from '@/lib/geo/read'
import { localePath, paths } from '@/lib/content/paths'
import { listTopics } from '@/lib/topics/read'
import { resolveStartingPoint, type DistrictOption } from '@/lib/geo/startingPoint'
import { getMessages } from '@/lib/i18n/messages'
import { stopsNear } from '@/lib/transit/read'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

const RESULTS = 10

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).near
  return pageMetadata({
    locale,
    path: paths.servicesNear(),
    title: t.title,
    description: t.description,
  })
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** The visitor's choices from the query string (unknown topics and values are ignored). */
function readChoice(
  query: SearchParams,
  districts: DistrictOption[],
  topics: { slug: string }[],
): NearChoice {
  return {
    topic: topics.find((item) => item.slug === one(query.topic))?.slug,
    openNow: one(query.openNow) === 'true',
    accessible: one(query.accessible) === 'true',
    resolved: resolveStartingPoint(
      {
        lat: one(query.lat),
        lng: one(query.lng),
        district: one(query.district),
        postcode: one(query.postcode),
      },
      districts,
    ),
  }
}

/** The services and stops nearest the starting point, when there is one. */
async function readNearby({ resolved, topic, openNow, accessible }: NearChoice, locale: string) {
  const start = resolved.ok ? resolved.start : null
  const [results, stops] = start
    ? await Promise.all([
        nearbyServiceLocations(start.point, RESULTS, { topic, openNow, accessible }),
        stopsNear(start.point, locale),
      ])
    : [[], null]
  return { start, results, stops }
}

/** The filters as query parameters, kept when "Use my location" reloads the page. */
function filterParams({ topic, openNow, accessible }: NearChoice): Record<string, string> {
  return {
    ...(topic ? { topic } : {}),
    ...(openNow ? { openNow: 'true' } : {}),
    ...(accessible ? { accessible: 'true' } : {}),
  }
}

export default async function ServicesNearPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params)
  const messages = getMessages(locale)
  const t = messages.near
  const query = await searchParams
  const [districts, topics, map] = await Promise.all([
    listDistricts(locale),
    listTopics(locale),
    getMapSettings(),
  ])
  const choice = readChoice(query, districts, topics)
  const { start, results, stops } = await readNearby(choice, locale)
  const action = localePath(locale, paths.servicesNear())
  return (
    <PageShell
      locale={locale}
      path={paths.servicesNear()}
      crumbs={[
        { label: messages.services.title, path: paths.services() },
        { label: t.title, path: paths.servicesNear() },
      ]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <UnknownPostcode resolved={choice.resolved} t={t} />
      <UseMyLocation
        action={action}
        filters={filterParams(choice)}
        labels={{
          useMyLocation: t.useMyLocation,
          locating: t.locating,
          locationDenied: t.locationDenied,
          locationUnavailable: t.locationUnavailable,
        }}
      />
      {/* Sent to the results heading: see FocusOnArrival. */}
      <NearForm
        action={`${action}#results-heading`}
        choice={choice}
        districts={districts}
        topics={topics}
        t={t}
      />
      {start && (
        <NearResults
          start={start}
          results={results}
          map={map}
          locale={locale}
          messages={messages}
        />
      )}
      {start && stops && <NearStops stops={stops} locale={locale} messages={messages} />}
    </PageShell>
  )
}
