import type { AgendaDay } from '@/lib/agenda/agenda'
import { agendaSearch, type AgendaQuery } from '@/lib/agenda/query'
import { agendaFeeds, localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

import { AgendaDayList } from '../AgendaDayList'
import { CalendarLinks } from '../CalendarLinks'
import { FocusOnArrival } from '../FocusOnArrival'
import { Pagination } from '../Pagination'
import { allEventsFeed, topicFeed } from './calendarFeeds'

/** What was wrong with the filters asked for (they were left out), as a list. */
export function QueryProblems({
  problems,
  t,
}: {
  problems: (keyof Messages['agenda']['problems'])[]
  t: Messages['agenda']
}) {
  if (problems.length === 0) return null
  return (
    <div className="notice" role="region" aria-labelledby="agenda-problems">
      <h2 className="notice__title" id="agenda-problems">
        {t.filters}
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{t.problems[problem]}</li>
        ))}
      </ul>
    </div>
  )
}

/** The events found, by day, with their count (announced) and pages. */
export function AgendaResults({
  agenda,
  query,
  topic,
  action,
  locale,
  timeZone,
  t,
}: {
  agenda: { total: number; days: AgendaDay[]; page: number; pageCount: number }
  query: AgendaQuery
  topic: { title: string } | undefined
  action: string
  locale: string
  timeZone: string
  t: Messages['agenda']
}) {
  return (
    <section aria-labelledby="agenda-results">
      <h2 id="agenda-results" tabIndex={-1}>
        {t.upcoming}
      </h2>
      <FocusOnArrival id="agenda-results" />
      <p role="status">{t.results(agenda.total)}</p>
      {topic && (
        <p>
          <a href="#subscribe">{t.subscribeToTopic(topic.title)}</a>
        </p>
      )}
      {agenda.total === 0 && <p>{t.empty}</p>}
      <AgendaDayList
        days={agenda.days}
        locale={locale}
        timeZone={timeZone}
        messages={t}
        headingLevel={3}
      />
      <Pagination
        page={agenda.page}
        pageCount={agenda.pageCount}
        href={(page) => `${action}${agendaSearch({ ...query, page })}`}
        labels={t}
      />
    </section>
  )
}

/** Calendar feeds: the filtered topic's first, where people look for it, then the whole agenda. */
export function AgendaFeedLinks({
  topic,
  origin,
  locale,
  t,
}: {
  topic: { slug: string; title: string } | undefined
  origin: string
  locale: string
  t: Messages['agenda']
}) {
  return (
    <CalendarLinks
      messages={t}
      feeds={[
        ...(topic ? [topicFeed(topic, origin, locale, t)] : []),
        allEventsFeed(origin, locale, t),
      ]}
      rssUrl={localePath(locale, agendaFeeds.rss())}
    />
  )
}
