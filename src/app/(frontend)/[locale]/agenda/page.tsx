import type { Metadata } from 'next'

import { AgendaDayList } from '@/components/AgendaDayList'
import { AgendaFilters } from '@/components/AgendaFilters'
import { CalendarLinks } from '@/components/CalendarLinks'
import { FocusOnArrival } from '@/components/FocusOnArrival'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { agendaSearch, parseAgendaQuery } from '@/lib/agenda/query'
import { readServerUrl } from '@/lib/config/env'
import { agendaPage } from '@/lib/agenda/read'
import { agendaFeeds, localePath, paths } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { listTopics } from '@/lib/topics/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).agenda
  return pageMetadata({ locale, path: paths.events(), title: t.title, description: t.description })
}

/**
 * Rendered per request (it reads the query string) from the cached occurrence index of
 * published events, so "today" is always today and ended events drop off with no editor.
 */
export default async function AgendaPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).agenda
  const { query, problems } = parseAgendaQuery(await searchParams)
  const [settings, topics] = await Promise.all([getSiteSettings(locale), listTopics(locale)])
  const agenda = await agendaPage(locale, query, { timeZone: settings.timezone })
  const action = localePath(locale, paths.events())
  const origin = readServerUrl()
  // Filtered by a topic: that topic's calendar first, where people look for it.
  const topic = query.topic ? topics.find((candidate) => candidate.slug === query.topic) : undefined
  return (
    <PageShell
      locale={locale}
      path={paths.events()}
      crumbs={[{ label: t.title, path: paths.events() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {problems.length > 0 && (
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
      )}
      <AgendaFilters
        action={action}
        query={query}
        topics={topics.map((topic) => ({ slug: topic.slug, title: topic.title }))}
        messages={t}
      />
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
          timeZone={settings.timezone}
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
      <CalendarLinks
        messages={t}
        feeds={[
          ...(topic
            ? [
                {
                  label: t.subscribeTopic(topic.title),
                  url: `${origin}${localePath(locale, agendaFeeds.topic(topic.slug))}`,
                },
              ]
            : []),
          { label: t.subscribeAll, url: `${origin}${localePath(locale, agendaFeeds.all())}` },
        ]}
        rssUrl={localePath(locale, agendaFeeds.rss())}
      />
    </PageShell>
  )
}
