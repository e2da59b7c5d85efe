/**
 * A titled block of a procedure page: a paragraph, or a bulleted list for editors'
 * repeated items. Renders nothing when there is nothing to say.
 */
export function TextSection({
  id,
  heading,
  text,
  items,
}: {
  id: string
  heading: string
  text?: string | null
  items?: { text: string; id?: string | null }[] | null
}) {
  const list = items ?? []
  if (!text && list.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {text && <p className="pre-line">{text}</p>}
      {list.length > 0 && (
        <ul>
          {list.map((item, index) => (
            <li key={item.id ?? index} className="pre-line">
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
