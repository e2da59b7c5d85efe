import { localePath, paths } from '@/lib/content/paths'
import type { Topic } from '@/payload-types'

/** "Filed under" links to the topic pages of a service or procedure. */
export function TopicLinks({
  locale,
  topics,
  heading,
}: {
  locale: string
  topics: (number | Topic)[] | null | undefined
  heading: string
}) {
  const published = (topics ?? []).filter((topic): topic is Topic => typeof topic === 'object')
  if (published.length === 0) return null
  return (
    <section aria-labelledby="topic-links">
      <h2 id="topic-links">{heading}</h2>
      <ul className="inline-list">
        {published.map((topic) => (
          <li key={topic.id}>
            <a href={localePath(locale, paths.topic(topic.slug))}>{topic.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
}
