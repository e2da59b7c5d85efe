import type { Metadata } from 'next'

import { AzIndex, groupByInitial } from '@/components/AzIndex'
import { PageShell } from '@/components/PageShell'
import { localePath, paths } from '@/lib/content/paths'
import { listProcedures } from '@/lib/procedures/read'
import { listTopics } from '@/lib/topics/read'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).procedures
  return pageMetadata({
    locale,
    path: paths.procedures(),
    title: t.title,
    description: t.description,
  })
}

/** The A–Z of procedures, then the topics that group them (each topic has its own page). */
export default async function ProceduresPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale)
  const [procedures, topics] = await Promise.all([listProcedures(locale), listTopics(locale)])
  const groups = groupByInitial(
    procedures.map((procedure) => ({
      href: localePath(locale, paths.procedure(procedure.slug)),
      title: procedure.title,
      summary: procedure.summary,
    })),
    locale,
    t.alphabet,
  )
  const countByTopic = new Map<number, number>()
  for (const procedure of procedures) {
    for (const topic of procedure.topics ?? []) {
      const id = typeof topic === 'object' ? topic.id : topic
      countByTopic.set(id, (countByTopic.get(id) ?? 0) + 1)
    }
  }
  const topicsWithProcedures = topics.filter((topic) => countByTopic.has(topic.id))
  return (
    <PageShell
      locale={locale}
      path={paths.procedures()}
      crumbs={[{ label: t.procedures.title, path: paths.procedures() }]}
    >
      <h1>{t.procedures.title}</h1>
      <p className="lead">{t.procedures.description}</p>
      {procedures.length === 0 ? (
        <p>{t.procedures.empty}</p>
      ) : (
        <AzIndex
          groups={groups}
          label={t.procedures.azIndex}
          emptyLabel={t.procedures.noProcedures}
        />
      )}
      {topicsWithProcedures.length > 0 && (
        <section aria-labelledby="by-topic" className="by-topic">
          <h2 id="by-topic">{t.procedures.byTopic}</h2>
          <ul className="content-list">
            {topicsWithProcedures.map((topic) => (
              <li key={topic.id}>
                <a href={localePath(locale, paths.topic(topic.slug))}>{topic.title}</a>{' '}
                <span className="muted">
                  ({t.procedures.proceduresInTopic(countByTopic.get(topic.id) ?? 0)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  )
}
