/** Previous/next links between pages of results; plain links, so no script is needed. */
export function Pagination({
  page,
  pageCount,
  href,
  labels,
}: {
  page: number
  pageCount: number
  href: (page: number) => string
  labels: {
    pagination: string
    previous: string
    next: string
    pageOf: (p: number, c: number) => string
  }
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={labels.pagination} className="pagination">
      <ul className="inline-list">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {labels.previous}
            </a>
          </li>
        )}
        <li aria-current="page">{labels.pageOf(page, pageCount)}</li>
        {page < pageCount && (
          <li>
            <a href={href(page + 1)} rel="next">
              {labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
