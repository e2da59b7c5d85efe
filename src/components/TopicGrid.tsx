import type { ContentListItem } from './ContentList'

/** Topics as cards; the whole card is not a link, only the title, to keep link text short. */
export function TopicGrid({
  items,
  headingLevel = 3,
}: {
  items: ContentListItem[]
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="topic-grid">
      {items.map((item) => (
        <li key={item.href} className="topic-grid__item">
          <Heading className="topic-grid__title">
            <a href={item.href}>{item.title}</a>
          </Heading>
          {item.summary && <p>{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
