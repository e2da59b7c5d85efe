import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { appClientMessages } from '@/components/app/appMessages'
import { SaveToApp } from '@/components/app/SaveToApp'
import { PageShell } from '@/components/PageShell'
import { LineBadge } from '@/components/transit/LineBadge'
import { OperatorAlerts } from '@/components/transit/OperatorAlerts'
import {
  NextDepartures,
  StopPlatforms,
  StopTimetable,
  type TimetableDay,
} from '@/components/transit/StopSections'
import { TransitAlerts } from '@/components/transit/TransitAlerts'
import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import type { TransitIndex } from '@/lib/transit/query'
import { operatorAlerts, stopBoard } from '@/lib/transit/realtime/live'
import { transitPaths } from '@/lib/transit/paths'
import {
  activeAlertsFor,
  activeTransit,
  lineOverlays,
  stopOverlay,
  withOverlay,
} from '@/lib/transit/read'
import { gtfsToIsoDate, isoToGtfsDate, wallClock } from '@/lib/transit/time'

import { localeFrom } from '../../../../_lib/localeParams'
import { pageMetadata } from '../../../../_lib/pageMetadata'

type Props = {
  params: Promise<{ locale: string; stopId: string }>
  searchParams: Promise<{ date?: string | string[] }>
}

export const dynamic = 'force-dynamic'

async function load(params: Props['params']) {
  const locale = await localeFrom(params)
  const stopId = decodeURIComponent((await params).stopId)
  const { payload, active } = await activeTransit()
  const stop = active?.index.stop(stopId)
  if (!active || !stop) notFound()
  return { locale, stopId, payload, active, stop }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, stopId, stop } = await load(params)
  return pageMetadata({ locale, path: transitPaths.stop(stopId), title: stop.name })
}

/** The timetable's day: the one asked for, else today or the nearest day it covers. */
function timetableDay(
  index: TransitIndex,
  today: string,
  requested: string | string[] | undefined,
): TimetableDay {
  const requestedText = typeof requested === 'string' && requested !== '' ? requested : null
  const parsedDate = requestedText ? isoToGtfsDate(requestedText) : null
  // With no date asked for, the field starts on a day the timetable covers (today, or the
  // nearest such day): a default outside its min/max would make "Show" raise only the
  // browser's range error. The validity is stated beside the field.
  const date =
    parsedDate ?? (index.isWithinValidity(today) ? today : (index.nearestValidDate(today) ?? today))
  return {
    requestedText,
    parsedDate,
    date,
    dateValid: index.isWithinValidity(date),
    suggestion: index.nearestValidDate(date),
  }
}

/** The editors' words on the stop and its station, the alerts for either, the lines here. */
async function stopContent(
  payload: Payload,
  index: TransitIndex,
  stopId: string,
  parentId: string | null,
  locale: string,
) {
  const [overlays, overlay] = await Promise.all([
    lineOverlays(payload, locale),
    stopOverlay(payload, stopId, locale),
  ])
  const parentOverlay = parentId ? await stopOverlay(payload, parentId, locale) : null
  const alertIds = [overlay?.id, parentOverlay?.id].filter(
    (id): id is number => typeof id === 'number',
  )
  const alerts = await activeAlertsFor(payload, 'affects.stops', alertIds, locale)
  const lines = index
    .linesAtStop(stopId)
    .map((line) => withOverlay(line, overlays.get(line.routeId)))
  return { overlay, alerts, lines }
}

export default async function StopPage({ params, searchParams }: Props) {
  const { locale, stopId, payload, active, stop } = await load(params)
  const t = getMessages(locale).transit
  const index = active.index
  const parent = stop.parent >= 0 ? index.timetable.stops[stop.parent] : null
  const { overlay, alerts, lines } = await stopContent(
    payload,
    index,
    stopId,
    parent?.id ?? null,
    locale,
  )

  const instant = Date.now()
  const now = wallClock(instant, index.timezone)
  const day = timetableDay(index, now.date, (await searchParams).date)
  const todayValid = index.isWithinValidity(now.date)
  const board = todayValid ? await stopBoard(payload, index, stopId, 8, instant) : null
  const fromOperator = await operatorAlerts(
    payload,
    { stopIds: [stopId, ...(parent ? [parent.id] : [])] },
    locale,
    instant,
  )
  const timetable = day.dateValid ? (index.timetableFor(stopId, day.date) ?? []) : []
  const path = transitPaths.stop(stopId)
  const dateLink = (d: string) => `${localePath(locale, path)}?date=${gtfsToIsoDate(d)}#timetable`
  const platforms = index.platforms(stopId) ?? []
  const showPlatform = platforms.some((p) => p.platformCode)
  const wheelchair = index.wheelchair(stopId)

  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: t.title, path: transitPaths.home() },
        { label: stop.name, path },
      ]}
    >
      <h1>{stop.name}</h1>
      <SaveToApp
        url={localePath(locale, path)}
        title={stop.name}
        kind="stop"
        locale={locale}
        t={appClientMessages(locale)}
      />
      {parent && (
        <p>
          <a href={localePath(locale, transitPaths.stop(parent.id))}>{parent.name}</a>
        </p>
      )}
      {overlay?.description && <p>{overlay.description}</p>}
      {(overlay?.accessibility || wheelchair !== 'unknown') && (
        <p>
          <strong>{t.accessibility}:</strong>{' '}
          {overlay?.accessibility || (wheelchair === 'accessible' ? t.wheelchair : t.noWheelchair)}
        </p>
      )}
      <StopPlatforms platforms={platforms} locale={locale} />
      <TransitAlerts alerts={alerts} heading={t.alerts} />
      <OperatorAlerts alerts={fromOperator} locale={locale} />

      <section aria-labelledby="lines-here">
        <h2 id="lines-here">{t.linesAtStop}</h2>
        <ul className="transit-lines">
          {lines.map((line) => (
            <li key={line.routeId}>
              <a href={localePath(locale, transitPaths.line(line.routeId))}>
                <LineBadge line={line} />
              </a>
            </li>
          ))}
        </ul>
      </section>

      <NextDepartures
        board={board}
        todayValid={todayValid}
        now={now}
        todaySuggestion={index.nearestValidDate(now.date)}
        dateLink={dateLink}
        locale={locale}
        showPlatform={showPlatform}
        timeZone={index.timezone}
      />
      <StopTimetable
        day={day}
        departures={timetable}
        path={path}
        validity={index.validity}
        timeZone={index.timezone}
        dateLink={dateLink}
        locale={locale}
        showPlatform={showPlatform}
      />
    </PageShell>
  )
}
