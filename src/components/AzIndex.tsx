import { ContentList, type ContentListItem } from './ContentList'

export interface AzGroup {
  letter: string
  items: ContentListItem[]
}

/**
 * Groups items by initial in the language's alphabet (Spanish "Ñ" has its own letter, "Ó"
 * files under O); anything else goes to "#" at the end.
 */
export function groupByInitial(
  items: ContentListItem[],
  locale: string,
  alphabet: string[],
): AzGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  const sorted = [...items].sort((a, b) => collator.compare(a.title, b.title))
  const groups = alphabet.map((letter) => ({ letter, items: [] as ContentListItem[] }))
  const other: AzGroup = { letter: '#', items: [] }
  for (const item of sorted) {
    const initial = Array.from(item.title.trim())[0] ?? ''
    const group = groups.find((g) => collator.compare(g.letter, initial) === 0) ?? other
    group.items.push(item)
  }
  return other.items.length > 0 ? [...groups, other] : groups
}

function anchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`
}

/**
 * Letter index with in-page anchors, then the procedures under each letter. Letters with
 * nothing under them are plain text (not links), so no link leads nowhere.
 */
export function AzIndex({
  groups,
  label,
  emptyLabel,
}: {
  groups: AzGroup[]
  label: string
  emptyLabel: string
}) {
  return (
    <>
      <nav aria-label={label} className="az-index">
        <ul>
          {groups.map((group) => (
            <li key={group.letter}>
              {group.items.length > 0 ? (
                <a href={`#${anchor(group.letter)}`}>{group.letter}</a>
              ) : (
                <span className="az-index__empty">
                  {group.letter}
                  <span className="visually-hidden"> ({emptyLabel})</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.letter} aria-labelledby={anchor(group.letter)} className="az-group">
            <h2 id={anchor(group.letter)} className="az-group__letter">
              {group.letter}
            </h2>
            <ContentList items={group.items} />
          </section>
        ))}
    </>
  )
}
