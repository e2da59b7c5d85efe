import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { TopicAgenda, TopicLists } from '@/components/topic/TopicContent'
import { publishedSlugs } from '@/lib/content/payload'
import { readServerUrl } from '@/lib/config/env'
import { paths } from '@/lib/content/paths'
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
      <TopicLists procedures={procedures} services={services} locale={locale} t={t} />
      <TopicAgenda slug={slug} title={topic.title} origin={readServerUrl()} locale={locale} t={t} />
    </PageShell>
  )
}
