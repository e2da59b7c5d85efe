// CAP 1.2 area geometry as editors paste it: polygon "lat,lon" pairs in a closed ring, circle
// "lat,lon radius-km" (CAP 1.2 §3.2.4).

export interface LatLon {
  lat: number
  lon: number
}

export interface Circle {
  center: LatLon
  radiusKm: number
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Large enough for any city or region; a bigger figure is almost certainly metres typed as km. */
export const MAX_RADIUS_KM = 1000

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

function parsePair(text: string, position: string): Parsed<LatLon> {
  const parts = text.split(',')
  if (parts.length !== 2 || !NUMBER.test(parts[0]) || !NUMBER.test(parts[1])) {
    return {
      ok: false,
      error: `${position} “${text}” is not a “latitude,longitude” pair of numbers.`,
    }
  }
  const lat = Number(parts[0])
  const lon = Number(parts[1])
  if (lat < -90 || lat > 90) {
    return { ok: false, error: `${position} has latitude ${lat}, outside −90 to 90.` }
  }
  if (lon < -180 || lon > 180) {
    return { ok: false, error: `${position} has longitude ${lon}, outside −180 to 180.` }
  }
  return { ok: true, value: { lat, lon } }
}

/** Parses a CAP polygon; the error says which pair is wrong and why. */
export function parsePolygon(text: string): Parsed<LatLon[]> {
  const tokens = text.trim().split(/\s+/).filter(Boolean)
  const points: LatLon[] = []
  for (const [index, token] of tokens.entries()) {
    const pair = parsePair(token, `Point ${index + 1}`)
    if (!pair.ok) return pair
    points.push(pair.value)
  }
  if (points.length < 4) {
    return {
      ok: false,
      error: `A polygon needs at least 4 “latitude,longitude” pairs (a closed ring); got ${points.length}.`,
    }
  }
  const first = points[0]
  const last = points[points.length - 1]
  if (first.lat !== last.lat || first.lon !== last.lon) {
    return {
      ok: false,
      error: 'The polygon is not closed: its last pair must repeat the first one.',
    }
  }
  return { ok: true, value: points }
}

/** Parses a CAP circle "lat,lon radius-km". */
export function parseCircle(text: string): Parsed<Circle> {
  const tokens = text.trim().split(/\s+/).filter(Boolean)
  if (tokens.length !== 2) {
    return {
      ok: false,
      error: 'A circle is “latitude,longitude radius-in-km”, e.g. “39.47,-0.37 2.5”.',
    }
  }
  const center = parsePair(tokens[0], 'The centre')
  if (!center.ok) return center
  if (!NUMBER.test(tokens[1]) || !(Number(tokens[1]) > 0)) {
    return { ok: false, error: `The radius “${tokens[1]}” must be a number of kilometres above 0.` }
  }
  const radiusKm = Number(tokens[1])
  if (radiusKm > MAX_RADIUS_KM) {
    return { ok: false, error: `The radius is ${radiusKm} km; at most ${MAX_RADIUS_KM} km.` }
  }
  return { ok: true, value: { center: center.value, radiusKm } }
}

/** The canonical CAP text: single spaces, numbers as written by JavaScript. */
export function formatPolygon(points: readonly LatLon[]): string {
  return points.map(({ lat, lon }) => `${lat},${lon}`).join(' ')
}

export function formatCircle({ center, radiusKm }: Circle): string {
  return `${center.lat},${center.lon} ${radiusKm}`
}

/** Payload field validators: true, or the message the editor sees. Empty is allowed. */
export function validatePolygonField(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return true
  const parsed = parsePolygon(value)
  return parsed.ok ? true : parsed.error
}

export function validateCircleField(value: unknown): true | string {
  if (typeof value !== 'string' || value.trim() === '') return true
  const parsed = parseCircle(value)
  return parsed.ok ? true : parsed.error
}
