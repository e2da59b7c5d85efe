import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import { appClientMessages } from '@/components/app/appMessages'
import { SaveToApp } from '@/components/app/SaveToApp'
import { PageShell } from '@/components/PageShell'
import { OperatorAlerts } from '@/components/transit/OperatorAlerts'
import { LinesAtStop, StopFacts } from '@/components/transit/StopFacts'
import { StopDepartures, StopPlatforms, type TimetableDay } from '@/components/transit/StopSections'
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
import { isoToGtfsDate, wallClock } from '@/lib/transit/time'

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
  // Defaults to a day the timetable covers: outside its min/max, "Show" would raise only the
  // browser's range error.
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
  { stopId, parent }: { stopId: string; parent: { id: string } | null },
  locale: string,
) {
  const parentId = parent?.id ?? null
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

/**
 * The stop's times: the next departures (live when today is in the timetable), the day's
 * timetable asked for, and the operator's alerts for the stop, all as of one instant.
 */
async function readStopTimes(
  payload: Payload,
  index: TransitIndex,
  stop: { stopId: string; parent: { id: string } | null },
  { locale, requestedDate }: { locale: string; requestedDate: string | string[] | undefined },
) {
  const { stopId, parent } = stop
  const instant = Date.now()
  const now = wallClock(instant, index.timezone)
  const day = timetableDay(index, now.date, requestedDate)
  const todayValid = index.isWithinValidity(now.date)
  const board = todayValid ? await stopBoard(payload, index, stopId, 8, instant) : null
  const fromOperator = await operatorAlerts(
    payload,
    { stopIds: [stopId, ...(parent ? [parent.id] : [])] },
    locale,
    instant,
  )
  const timetable = day.dateValid ? (index.timetableFor(stopId, day.date) ?? []) : []
  return { now, day, todayValid, board, fromOperator, timetable }
}

export default async function StopPage({ params, searchParams }: Props) {
  const { locale, stopId, payload, active, stop } = await load(params)
  const t = getMessages(locale).transit
  const index = active.index
  const parent = stop.parent >= 0 ? index.timetable.stops[stop.parent] : null
  const { overlay, alerts, lines } = await stopContent(payload, index, { stopId, parent }, locale)

  const times = await readStopTimes(
    payload,
    index,
    { stopId, parent },
    { locale, requestedDate: (await searchParams).date },
  )
  const path = transitPaths.stop(stopId)
  const platforms = index.platforms(stopId) ?? []
  const showPlatform = platforms.some((p) => p.platformCode)

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
      <StopFacts
        parent={parent}
        overlay={overlay}
        wheelchair={index.wheelchair(stopId)}
        locale={locale}
        t={t}
      />
      <StopPlatforms platforms={platforms} locale={locale} />
      <TransitAlerts alerts={alerts} heading={t.alerts} />
      <OperatorAlerts alerts={times.fromOperator} locale={locale} />

      <LinesAtStop lines={lines} locale={locale} t={t} />

      <StopDepartures
        times={times}
        index={index}
        path={path}
        locale={locale}
        showPlatform={showPlatform}
      />
    </PageShell>
  )
}
