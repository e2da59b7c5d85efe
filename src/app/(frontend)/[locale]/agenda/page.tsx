import type { Metadata } from 'next'

import { AgendaFeedLinks, AgendaResults, QueryProblems } from '@/components/agenda/AgendaResults'
import { AgendaFilters } from '@/components/AgendaFilters'
import { PageShell } from '@/components/PageShell'
import { parseAgendaQuery } from '@/lib/agenda/query'
import { readServerUrl } from '@/lib/config/env'
import { agendaPage } from '@/lib/agenda/read'
import { localePath, paths } from '@/lib/content/paths'
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
      <QueryProblems problems={problems} t={t} />
      <AgendaFilters
        action={action}
        query={query}
        topics={topics.map((topic) => ({ slug: topic.slug, title: topic.title }))}
        messages={t}
      />
      <AgendaResults
        agenda={agenda}
        query={query}
        topic={topic}
        action={action}
        locale={locale}
        timeZone={settings.timezone}
        t={t}
      />
      <AgendaFeedLinks topic={topic} origin={readServerUrl()} locale={locale} t={t} />
    </PageShell>
  )
}
