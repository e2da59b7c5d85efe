import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CalendarLinks } from '@/components/CalendarLinks'
import { ContentList } from '@/components/ContentList'
import { PageShell } from '@/components/PageShell'
import { publishedSlugs } from '@/lib/content/payload'
import { readServerUrl } from '@/lib/config/env'
import { agendaFeeds, localePath, paths } from '@/lib/content/paths'
import { listProceduresByTopic } from '@/lib/procedures/read'
import { listServicesByTopic } from '@/lib/services/read'
import { getTopicBySlug } from '@/lib/topics/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../../_lib/localeParams'
import { pageMetadata } from '../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamicParams = true

export function generateStaticParams() {
  return publishedSlugs('topics')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const { slug } = await params
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) notFound()
  return pageMetadata({
    locale,
    path: paths.topic(slug),
    title: topic.title,
    description: topic.description,
  })
}

export default async function TopicPage({ params }: Props) {
  const locale = await localeFrom(params)
  const { slug } = await params
  const t = getMessages(locale)
  const topic = await getTopicBySlug(slug, locale)
  if (!topic) notFound()
  const [procedures, services] = await Promise.all([
    listProceduresByTopic(topic.id, locale),
    listServicesByTopic(topic.id, locale),
  ])
  const origin = readServerUrl()
  const collator = new Intl.Collator(locale)
  const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title)
  return (
    <PageShell
      locale={locale}
      path={paths.topic(slug)}
      crumbs={[
        { label: t.topics.title, path: paths.topics() },
        { label: topic.title, path: paths.topic(slug) },
      ]}
    >
      <h1>{topic.title}</h1>
      {topic.description && <p className="lead">{topic.description}</p>}
      {procedures.length === 0 && services.length === 0 && <p>{t.topics.empty}</p>}
      {procedures.length > 0 && (
        <section aria-labelledby="topic-procedures">
          <h2 id="topic-procedures">{t.topics.procedures}</h2>
          <ContentList
            items={procedures.toSorted(byTitle).map((procedure) => ({
              href: localePath(locale, paths.procedure(procedure.slug)),
              title: procedure.title,
              summary: procedure.summary,
            }))}
          />
        </section>
      )}
      {services.length > 0 && (
        <section aria-labelledby="topic-services">
          <h2 id="topic-services">{t.topics.services}</h2>
          <ContentList
            items={services.toSorted(byTitle).map((service) => ({
              href: localePath(locale, paths.service(service.slug)),
              title: service.title,
              summary: service.summary,
              tag:
                service.status.state === 'normal'
                  ? undefined
                  : t.services.status[service.status.state],
            }))}
          />
        </section>
      )}
      <section aria-labelledby="topic-events">
        <h2 id="topic-events">{t.agenda.title}</h2>
        <p>
          <a href={`${localePath(locale, paths.events())}?topic=${encodeURIComponent(slug)}`}>
            {t.agenda.topicAgenda(topic.title)}
          </a>
        </p>
      </section>
      <CalendarLinks
        messages={t.agenda}
        feeds={[
          {
            label: t.agenda.subscribeTopic(topic.title),
            url: `${origin}${localePath(locale, agendaFeeds.topic(slug))}`,
          },
        ]}
      />
    </PageShell>
  )
}
