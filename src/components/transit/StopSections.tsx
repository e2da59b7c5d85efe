import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import type { Platform } from '@/lib/transit/patterns'
import type { Departure } from '@/lib/transit/departureIndex'
import type { StopBoard } from '@/lib/transit/realtime/live'
import { formatServiceDate, transitPaths } from '@/lib/transit/paths'
import { formatClock, gtfsToIsoDate } from '@/lib/transit/time'
import type { TransitIndex } from '@/lib/transit/query'

import { DepartureTable } from './DepartureTable'

/** The next departures from now, then the whole timetable of the day asked for. */
export function StopDepartures({
  times,
  index,
  path,
  locale,
  showPlatform,
}: {
  times: {
    now: { date: string; seconds: number }
    day: TimetableDay
    todayValid: boolean
    board: StopBoard | null
    timetable: Departure[]
  }
  index: TransitIndex
  path: string
  locale: string
  showPlatform: boolean
}) {
  const { now, day, todayValid, board, timetable } = times
  const dateLink = (d: string) => `${localePath(locale, path)}?date=${gtfsToIsoDate(d)}#timetable`
  return (
    <>
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
    </>
  )
}

/** The next departures from now: live when the operator's feed is fresh, else scheduled. */
export function NextDepartures({
  board,
  todayValid,
  now,
  todaySuggestion,
  dateLink,
  locale,
  showPlatform,
  timeZone,
}: {
  board: StopBoard | null
  todayValid: boolean
  now: { date: string; seconds: number }
  todaySuggestion: string | null
  dateLink: (date: string) => string
  locale: string
  showPlatform: boolean
  timeZone: string
}) {
  const t = getMessages(locale).transit
  const next = board?.departures ?? []
  return (
    <section aria-labelledby="next-departures">
      <h2 id="next-departures">{t.nextDepartures}</h2>
      {board?.mode === 'stale' && (
        <p className="notice" role="status">
          {t.live.staleNotice}
        </p>
      )}
      {board?.mode === 'live' && <p>{t.live.liveCaption}</p>}
      {!todayValid ? (
        <OutsideValidity
          date={now.date}
          suggestion={todaySuggestion}
          dateLink={dateLink}
          locale={locale}
        />
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
          timeZone={board?.mode === 'off' ? undefined : timeZone}
        />
      )}
    </section>
  )
}

/** The day chosen for a stop's timetable, from the `date` query parameter. */
export interface TimetableDay {
  /** What the visitor typed, when anything. */
  requestedText: string | null
  /** That, as a GTFS date, when it is one. */
  parsedDate: string | null
  date: string
  dateValid: boolean
  suggestion: string | null
}

/** A whole day's timetable, with a plain GET form to choose the day. */
export function StopTimetable({
  day,
  departures,
  path,
  validity,
  timeZone,
  dateLink,
  locale,
  showPlatform,
}: {
  day: TimetableDay
  departures: Departure[]
  path: string
  validity: { start: string; end: string } | null
  timeZone: string
  dateLink: (date: string) => string
  locale: string
  showPlatform: boolean
}) {
  const t = getMessages(locale).transit
  const { requestedText, parsedDate, date, dateValid, suggestion } = day
  return (
    <section aria-labelledby="timetable-heading" id="timetable">
      <h2 id="timetable-heading">{t.timetable}</h2>
      <TimetableDateForm
        date={date}
        path={path}
        validity={validity}
        timeZone={timeZone}
        locale={locale}
      />
      {requestedText && !parsedDate && <p role="alert">{t.invalidDate}</p>}
      {!dateValid ? (
        <OutsideValidity date={date} suggestion={suggestion} dateLink={dateLink} locale={locale} />
      ) : departures.length === 0 ? (
        <p>{t.noDepartures}</p>
      ) : (
        <DepartureTable
          departures={departures}
          caption={t.timetableFor(formatServiceDate(date, locale))}
          locale={locale}
          serviceDate={gtfsToIsoDate(date)}
          showPlatform={showPlatform}
        />
      )}
    </section>
  )
}

/** A stop's platforms, each linking to its own page, with step-free access as text. */
export function StopPlatforms({ platforms, locale }: { platforms: Platform[]; locale: string }) {
  const t = getMessages(locale).transit
  if (platforms.length === 0) return null
  return (
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
  )
}

/** The day is outside the timetable's validity: says so, with a link to the nearest day it covers. */
function OutsideValidity({
  date,
  suggestion,
  dateLink,
  locale,
}: {
  date: string
  suggestion: string | null
  dateLink: (date: string) => string
  locale: string
}) {
  const t = getMessages(locale).transit
  return (
    <p className="notice" role="status">
      {t.outsideValidity(formatServiceDate(date, locale))}{' '}
      {suggestion && (
        <a href={dateLink(suggestion)}>{t.tryDate(formatServiceDate(suggestion, locale))}</a>
      )}
    </p>
  )
}

/** A plain GET form choosing the timetable's day, bounded by the timetable's validity. */
function TimetableDateForm({
  date,
  path,
  validity,
  timeZone,
  locale,
}: {
  date: string
  path: string
  validity: { start: string; end: string } | null
  timeZone: string
  locale: string
}) {
  const t = getMessages(locale).transit
  return (
    <form method="get" action={`${localePath(locale, path)}#timetable`} className="transit-date">
      {validity && (
        <p id="timetable-validity">
          {t.validity(
            formatServiceDate(validity.start, locale),
            formatServiceDate(validity.end, locale),
            timeZone,
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
  )
}
