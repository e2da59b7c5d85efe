export type Mode = 'none' | 'polygon' | 'circle'

/** What the editor does next on the area map, read out as it changes. */
export function areaHint(mode: Mode, clicks: number): string {
  return mode === 'polygon'
    ? `Click each corner of the area (${clicks} so far), then “Finish polygon”.`
    : mode === 'circle'
      ? clicks === 0
        ? 'Click the centre of the circle.'
        : 'Click a point on the edge of the circle.'
      : 'Draw on the map, or type the area in the fields below.'
}

interface Props {
  mode: Mode
  /** Points clicked so far in this drawing. */
  clicks: number
  start: (mode: 'polygon' | 'circle') => void
  finishPolygon: () => void
  clear: () => void
}

/** The area map's toolbar: start a polygon or a circle, finish a polygon, clear the area. */
export function AreaDrawButtons({ mode, clicks, start, finishPolygon, clear }: Props) {
  return (
    <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBottom: '0.5rem' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => start('polygon')}
      >
        Draw polygon
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        disabled={mode !== 'polygon' || clicks < 3}
        onClick={finishPolygon}
      >
        Finish polygon
      </button>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={() => start('circle')}
      >
        Draw circle
      </button>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={clear}>
        Clear area
      </button>
    </div>
  )
}
