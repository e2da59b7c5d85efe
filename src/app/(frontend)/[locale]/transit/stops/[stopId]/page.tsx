import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { appClientMessages } from '@/components/app/appMessages'
import { SaveToApp } from '@/components/app/SaveToApp'
import { PageShell } from '@/components/PageShell'
import { LineBadge } from '@/components/transit/LineBadge'
import { LiveStatus } from '@/components/transit/LiveStatus'
import { OperatorAlerts } from '@/components/transit/OperatorAlerts'
import { TransitAlerts } from '@/components/transit/TransitAlerts'
import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import type { Departure } from '@/lib/transit/query'
import type { LiveDeparture } from '@/lib/transit/realtime/apply'
import { operatorAlerts, stopBoard } from '@/lib/transit/realtime/live'
import { formatServiceDate, transitPaths } from '@/lib/transit/paths'
import {
  activeAlertsFor,
  activeTransit,
  lineOverlays,
  stopOverlay,
  withOverlay,
} from '@/lib/transit/read'
import { formatClock, gtfsToIsoDate, isoToGtfsDate, wallClock } from '@/lib/transit/time'

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

function DepartureTable({
  departures,
  caption,
  locale,
  serviceDate,
  showPlatform,
  timeZone,
}: {
  /** Live departures get a status column (predicted time, cancelled, skipped). */
  departures: Departure[] | LiveDeparture[]
  timeZone?: string
  caption: string
  locale: string
  serviceDate: string
  /** At a station: which platform each departure leaves from. */
  showPlatform: boolean
}) {
  const t = getMessages(locale).transit
  return (
    <table className="transit-departures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.time}</th>
          <th scope="col">{t.line}</th>
          <th scope="col">{t.destination}</th>
          {showPlatform && <th scope="col">{t.platform}</th>}
          {timeZone && <th scope="col">{t.live.status}</th>}
        </tr>
      </thead>
      <tbody>
        {departures.map((d) => (
          <tr key={`${d.serviceDate}-${d.tripId}-${d.stopId}`}>
            <td>
              <time dateTime={new Date(d.at).toISOString()}>{d.time}</time>
              {/* The local date can differ from the day shown: trips past midnight, and
                  on a spring-forward night, early trips that leave the evening before. */}
              {d.date > serviceDate && (
                <span className="transit-departures__next"> ({t.afterMidnight})</span>
              )}
              {d.date < serviceDate && (
                <span className="transit-departures__next"> ({t.previousDay})</span>
              )}
            </td>
            <td>{d.routeName}</td>
            <td>{d.headsign}</td>
            {showPlatform && <td>{d.platformCode}</td>}
            {timeZone && 'status' in d && (
              <td>
                <LiveStatus departure={d} locale={locale} timeZone={timeZone} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export default async function StopPage({ params, searchParams }: Props) {
  const { locale, stopId, payload, active, stop } = await load(params)
  const t = getMessages(locale).transit
  const index = active.index
  const [overlays, overlay] = await Promise.all([
    lineOverlays(payload, locale),
    stopOverlay(payload, stopId, locale),
  ])
  const parent = stop.parent >= 0 ? index.timetable.stops[stop.parent] : null
  const parentOverlay = parent ? await stopOverlay(payload, parent.id, locale) : null
  const alertIds = [overlay?.id, parentOverlay?.id].filter(
    (id): id is number => typeof id === 'number',
  )
  const alerts = await activeAlertsFor(payload, 'affects.stops', alertIds, locale)
  const lines = index
    .linesAtStop(stopId)
    .map((line) => withOverlay(line, overlays.get(line.routeId)))

  const instant = Date.now()
  const now = wallClock(instant, index.timezone)
  const requested = (await searchParams).date
  const requestedText = typeof requested === 'string' && requested !== '' ? requested : null
  const parsedDate = requestedText ? isoToGtfsDate(requestedText) : null
  const todayValid = index.isWithinValidity(now.date)
  // With no date asked for, the field starts on a day the timetable covers (today, or the
  // nearest such day): a default outside its min/max would make "Show" raise only the
  // browser's range error. The validity is stated beside the field.
  const date =
    parsedDate ?? (todayValid ? now.date : (index.nearestValidDate(now.date) ?? now.date))
  const dateValid = index.isWithinValidity(date)
  const suggestion = index.nearestValidDate(date)
  const board = todayValid ? await stopBoard(payload, index, stopId, 8, instant) : null
  const next = board?.departures ?? []
  const fromOperator = await operatorAlerts(
    payload,
    { stopIds: [stopId, ...(parent ? [parent.id] : [])] },
    locale,
    instant,
  )
  const timetable = dateValid ? (index.timetableFor(stopId, date) ?? []) : []
  const path = transitPaths.stop(stopId)
  const dateLink = (d: string) => `${localePath(locale, path)}?date=${gtfsToIsoDate(d)}#timetable`
  const todaySuggestion = index.nearestValidDate(now.date)
  const validity = index.validity
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
      {platforms.length > 0 && (
        <section aria-labelledby="platforms">
          <h2 id="platforms">{t.platforms}</h2>
          <ul className="transit-platforms">
            {platforms.map((p) => (
              <li key={p.stopId}>
                <a href={localePath(locale, transitPaths.stop(p.stopId))}>
                  {p.platformCode ? `${t.platform} ${p.platformCode}` : p.name}
                </a>
                {p.wheelchair === 'accessible' && <> · {t.wheelchair}</>}
                {p.wheelchair === 'not-accessible' && <> · {t.noWheelchair}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
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

      <section aria-labelledby="next-departures">
        <h2 id="next-departures">{t.nextDepartures}</h2>
        {board?.mode === 'stale' && (
          <p className="notice" role="status">
            {t.live.staleNotice}
          </p>
        )}
        {board?.mode === 'live' && <p>{t.live.liveCaption}</p>}
        {!todayValid ? (
          <p className="notice" role="status">
            {t.outsideValidity(formatServiceDate(now.date, locale))}{' '}
            {todaySuggestion && (
              <a href={dateLink(todaySuggestion)}>
                {t.tryDate(formatServiceDate(todaySuggestion, locale))}
              </a>
            )}
          </p>
        ) : next.length === 0 ? (
          <p>{t.noDepartures}</p>
        ) : (
          <DepartureTable
            departures={next}
            caption={t.nextDeparturesAt(
              formatClock(now.seconds),
              formatServiceDate(now.date, locale),
            )}
            locale={locale}
            serviceDate={gtfsToIsoDate(now.date)}
            showPlatform={showPlatform}
            timeZone={board?.mode === 'off' ? undefined : index.timezone}
          />
        )}
      </section>

      <section aria-labelledby="timetable-heading" id="timetable">
        <h2 id="timetable-heading">{t.timetable}</h2>
        <form
          method="get"
          action={`${localePath(locale, path)}#timetable`}
          className="transit-date"
        >
          {validity && (
            <p id="timetable-validity">
              {t.validity(
                formatServiceDate(validity.start, locale),
                formatServiceDate(validity.end, locale),
                index.timezone,
              )}
            </p>
          )}
          <label htmlFor="timetable-date">{t.date}</label>{' '}
          <input
            id="timetable-date"
            name="date"
            type="date"
            defaultValue={gtfsToIsoDate(date)}
            min={validity ? gtfsToIsoDate(validity.start) : undefined}
            max={validity ? gtfsToIsoDate(validity.end) : undefined}
            aria-describedby={validity ? 'timetable-validity' : undefined}
            required
          />{' '}
          <button type="submit">{t.show}</button>
        </form>
        {requestedText && !parsedDate && <p role="alert">{t.invalidDate}</p>}
        {!dateValid ? (
          <p className="notice" role="status">
            {t.outsideValidity(formatServiceDate(date, locale))}{' '}
            {suggestion && (
              <a href={dateLink(suggestion)}>{t.tryDate(formatServiceDate(suggestion, locale))}</a>
            )}
          </p>
        ) : timetable.length === 0 ? (
          <p>{t.noDepartures}</p>
        ) : (
          <DepartureTable
            departures={timetable}
            caption={t.timetableFor(formatServiceDate(date, locale))}
            locale={locale}
            serviceDate={gtfsToIsoDate(date)}
            showPlatform={showPlatform}
          />
        )}
      </section>
    </PageShell>
  )
}
