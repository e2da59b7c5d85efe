export interface ContentListItem {
  href: string
  title: string
  summary?: string | null
  /** A short status shown as a tag beside the title, e.g. "Closed". */
  tag?: string
}

/** A list of links to pages, each with its summary; the common shape of every index. */
export function ContentList({
  items,
  headingLevel = 3,
}: {
  items: ContentListItem[]
  headingLevel?: 2 | 3 | 4
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <ul className="content-list">
      {items.map((item) => (
        <li key={item.href}>
          <Heading className="content-list__title">
            <a href={item.href}>{item.title}</a>
            {item.tag && <strong className="tag">{item.tag}</strong>}
          </Heading>
          {item.summary && <p>{item.summary}</p>}
        </li>
      ))}
    </ul>
  )
}
