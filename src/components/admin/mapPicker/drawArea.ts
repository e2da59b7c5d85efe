import type { LayerGroup, Map as LeafletMap } from 'leaflet'

import { parseCircle, parsePolygon, type LatLon } from '@/lib/alerts/geometry'

import type { Mode } from './AreaDrawButtons'
import { fitOnce, vertex, type Leaflet } from './useLeaflet'

interface AreaDrawing {
  polygon: string | null | undefined
  circle: string | null | undefined
  clicks: LatLon[]
  mode: Mode
  /** The text the editor last drew on this map, if any. */
  drawnHere: string | null
  fitted: { key?: string }
}

/** Draws the alert's polygon and circle, and the corners clicked so far, then fits the view. */
export function drawArea(
  L: Leaflet,
  layer: LayerGroup,
  map: LeafletMap,
  { polygon, circle, clicks, mode, drawnHere, fitted }: AreaDrawing,
) {
  const parsedPolygon = polygon ? parsePolygon(polygon) : null
  const parsedCircle = circle ? parseCircle(circle) : null
  const bounds = L.latLngBounds([])
  if (parsedPolygon?.ok) {
    const shape = L.polygon(parsedPolygon.value.map((p) => [p.lat, p.lon] as [number, number]))
    shape.addTo(layer)
    bounds.extend(shape.getBounds())
  }
  if (parsedCircle?.ok) {
    const { center, radiusKm } = parsedCircle.value
    const shape = L.circle([center.lat, center.lon], { radius: radiusKm * 1000 }).addTo(layer)
    // A circle's bounds need a map; its centre and radius give them directly.
    bounds.extend(L.latLng(center.lat, center.lon).toBounds(radiusKm * 2000))
    void shape
  }
  if (clicks.length > 0) {
    clicks.forEach((point) => vertex(L, point).addTo(layer))
    if (mode === 'polygon' && clicks.length > 1)
      L.polyline(
        clicks.map((p) => [p.lat, p.lon] as [number, number]),
        { dashArray: '4 4' },
      ).addTo(layer)
  }
  const key = `${polygon ?? ''}|${circle ?? ''}`
  // Do not jump the view under the editor's pointer after their own drawing.
  if (drawnHere && key.includes(drawnHere)) fitted.key = key
  fitOnce(map, bounds, fitted, key)
}
