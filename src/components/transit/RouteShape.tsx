/**
 * A line's path as inline SVG (no map library, no tiles): the shape projected with an
 * equirectangular projection scaled by the latitude's cosine, stops as dots.
 */
export function RouteShape({
  shape,
  stops,
  color,
  label,
}: {
  shape: [number, number][]
  stops: { lat: number; lon: number }[]
  color: string
  label: string
}) {
  const points = shape.length > 1 ? shape : stops.map((s) => [s.lat, s.lon] as [number, number])
  if (points.length < 2) return null
  const lats = points.map((p) => p[0])
  const lons = points.map((p) => p[1])
  const minLat = Math.min(...lats)
  const maxLat = Math.max(...lats)
  const minLon = Math.min(...lons)
  const maxLon = Math.max(...lons)
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const w = Math.max((maxLon - minLon) * k, 1e-6)
  const h = Math.max(maxLat - minLat, 1e-6)
  const size = 300
  const scale = size / Math.max(w, h)
  const pad = 8
  const x = (lon: number) => pad + (lon - minLon) * k * scale
  const y = (lat: number) => pad + (maxLat - lat) * scale
  const width = Math.round(w * scale + 2 * pad)
  const height = Math.round(h * scale + 2 * pad)
  const d = points
    .map(([lat, lon], i) => `${i ? 'L' : 'M'}${x(lon).toFixed(1)} ${y(lat).toFixed(1)}`)
    .join('')
  return (
    <svg
      className="transit-shape"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <path d={d} fill="none" stroke="#333" strokeWidth={6} strokeLinejoin="round" />
      <path d={d} fill="none" stroke={color || '#0b5cad'} strokeWidth={3} strokeLinejoin="round" />
      {stops.map((s, i) => (
        <circle
          key={i}
          cx={x(s.lon)}
          cy={y(s.lat)}
          r={3.5}
          fill="#fff"
          stroke="#333"
          strokeWidth={1.5}
        />
      ))}
    </svg>
  )
}
