import type { ContentListItem } from './ContentList'

/**
 * What people come for, as large links one tap from the home page (at least 24px targets,
 * one column on a phone): the city app's tasks, each named for what it does.
 */
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
