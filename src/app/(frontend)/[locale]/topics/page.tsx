import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { TopicGrid } from '@/components/TopicGrid'
import { localePath, paths } from '@/lib/content/paths'
import { listTopics } from '@/lib/topics/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).topics
  return pageMetadata({ locale, path: paths.topics(), title: t.title, description: t.description })
}

/** Every topic; refreshed with the whole site when a topic changes. */
export default async function TopicsPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).topics
  const topics = await listTopics(locale)
  return (
    <PageShell
      locale={locale}
      path={paths.topics()}
      crumbs={[{ label: t.title, path: paths.topics() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <TopicGrid
        headingLevel={2}
        items={topics.map((topic) => ({
          href: localePath(locale, paths.topic(topic.slug)),
          title: topic.title,
          summary: topic.description,
        }))}
      />
    </PageShell>
  )
}
