import type { LineSummary } from '@/lib/transit/lines'

/**
 * The line's colour as a decorative swatch beside its name in the page's own text colour:
 * feed colours (white, pale yellow…) cannot be trusted to contrast with any background.
 */
export function LineBadge({ line }: { line: LineSummary }) {
  return (
    <span className="transit-line">
      <span
        className="transit-line__swatch"
        aria-hidden="true"
        style={{ backgroundColor: line.color || 'currentColor' }}
      />
      <span className="transit-line__name">{line.name}</span>
    </span>
  )
}
