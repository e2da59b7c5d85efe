import type { ContentListItem } from './ContentList'

/** The most used procedures, as large links: what most visitors come for. */
export function TopTasks({ heading, items }: { heading: string; items: ContentListItem[] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby="top-tasks" className="top-tasks">
      <h2 id="top-tasks">{heading}</h2>
      <ul className="top-tasks__list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} className="top-tasks__link">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
