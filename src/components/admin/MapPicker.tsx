'use client'
// Maps where editors draw: an alert's area (polygon or circle) and a service location's
// point are set by clicking a Leaflet map, and stay editable as text in their own fields
// (the map writes the same text, src/lib/geo/mapDrawing.ts, so the CAP output is unchanged).
// Tiles come from the same site setting as the public map; without one, shapes sit on a
// plain background and nothing is requested from another host. Clicking a map is not
// possible from a keyboard: the text fields beside it are the accessible way in.
import { useField } from '@payloadcms/ui'
import type { CircleMarker, LayerGroup, Map as LeafletMap } from 'leaflet'
import { useEffect, useRef, useState } from 'react'

import 'leaflet/dist/leaflet.css'

import { parseCircle, parsePolygon, type LatLon } from '@/lib/alerts/geometry'
import { circleFromClicks, pointFromClick, polygonFromClicks } from '@/lib/geo/mapDrawing'

type Leaflet = typeof import('leaflet')
type Tiles = { tileUrl: string | null; maxZoom: number; centre: [number, number] | null }

const sibling = (path: string, name: string) => path.replace(/[^.]+$/, name)
const latLon = ({ lat, lng }: { lat: number; lng: number }): LatLon => ({ lat, lon: lng })

/**
 * The public map's tile setting (site settings are public) and a starting view for an empty
 * map: the first service's location, which is in the city.
 */
async function readMapSetup(): Promise<Tiles> {
  const json = async (url: string) => {
    try {
      const response = await fetch(url, { credentials: 'include' })
      return response.ok ? await response.json() : null
    } catch {
      return null
    }
  }
  const [settings, services] = await Promise.all([
    json('/api/globals/site-settings?depth=0'),
    json('/api/services?limit=1&depth=0&sort=title&select[locations]=true'),
  ])
  const map = (settings as { map?: { tileUrl?: string; maxZoom?: number } } | null)?.map
  const point = (services as { docs?: { locations?: { point?: [number, number] }[] }[] } | null)
    ?.docs?.[0]?.locations?.[0]?.point
  return {
    tileUrl: map?.tileUrl || null,
    maxZoom: map?.maxZoom ?? 19,
    centre: Array.isArray(point) ? [point[1], point[0]] : null,
  }
}

/** A Leaflet map in `container`, calling `onClick` with each click; `draw` redraws shapes. */
function useLeaflet(
  onClick: (point: LatLon) => void,
  draw: (L: Leaflet, layer: LayerGroup, map: LeafletMap) => void,
  redrawKey: string,
) {
  const container = useRef<HTMLDivElement>(null)
  const state = useRef<{ L: Leaflet; map: LeafletMap; layer: LayerGroup } | null>(null)
  const click = useRef(onClick)
  const drawer = useRef(draw)
  click.current = onClick
  drawer.current = draw
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let cancelled = false
    let map: LeafletMap | null = null
    let resize: ResizeObserver | null = null
    void Promise.all([import('leaflet'), readMapSetup()]).then(([{ default: L }, tiles]) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, { attributionControl: false, scrollWheelZoom: false })
      if (tiles.tileUrl) L.tileLayer(tiles.tileUrl, { maxZoom: tiles.maxZoom }).addTo(map)
      if (tiles.centre) map.setView(tiles.centre, 13)
      else map.setView([0, 0], 2)
      const layer = L.layerGroup().addTo(map)
      map.on('click', (event) => click.current(latLon(event.latlng)))
      state.current = { L, map, layer }
      // The admin lays the form out after the map mounts: keep Leaflet's idea of its size
      // right, or clicks land away from where they are drawn.
      resize = new ResizeObserver(() => map?.invalidateSize())
      resize.observe(container.current)
      setReady(true)
    })
    return () => {
      cancelled = true
      resize?.disconnect()
      map?.remove()
      state.current = null
    }
  }, [])

  useEffect(() => {
    const current = state.current
    if (!current) return
    current.layer.clearLayers()
    drawer.current(current.L, current.layer, current.map)
  }, [ready, redrawKey])

  return { container, ready }
}

/** Fits the view to what is drawn, once per value the editor did not draw on this map. */
function fitOnce(
  map: LeafletMap,
  bounds: import('leaflet').LatLngBounds,
  last: { key?: string },
  key: string,
) {
  if (last.key === key || !bounds.isValid()) return
  last.key = key
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 })
}

const vertex = (L: Leaflet, point: LatLon): CircleMarker =>
  L.circleMarker([point.lat, point.lon], { radius: 5, weight: 2 })

type Mode = 'none' | 'polygon' | 'circle'

/** An alert's area: draw a polygon corner by corner, or a circle by centre and edge. */
export function AreaMapField({ path = 'area.areaMap' }: { path?: string }) {
  const polygon = useField<string>({ path: sibling(path, 'polygon') })
  const circle = useField<string>({ path: sibling(path, 'circle') })
  const [mode, setMode] = useState<Mode>('none')
  const [clicks, setClicks] = useState<LatLon[]>([])
  const fitted = useRef<{ key?: string }>({})
  const drawnHere = useRef<string | null>(null)

  const onClick = (point: LatLon) => {
    if (mode === 'none') return
    if (mode === 'circle' && clicks.length === 1) {
      const text = circleFromClicks(clicks[0], point)
      if (text) {
        drawnHere.current = text
        circle.setValue(text)
      }
      setClicks([])
      setMode('none')
      return
    }
    setClicks([...clicks, point])
  }

  const finishPolygon = () => {
    const text = polygonFromClicks(clicks)
    if (text) {
      drawnHere.current = text
      polygon.setValue(text)
    }
    setClicks([])
    setMode('none')
  }

  const { container } = useLeaflet(
    onClick,
    (L, layer, map) => {
      const parsedPolygon = polygon.value ? parsePolygon(polygon.value) : null
      const parsedCircle = circle.value ? parseCircle(circle.value) : null
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
      const key = `${polygon.value ?? ''}|${circle.value ?? ''}`
      // Do not jump the view under the editor's pointer after their own drawing.
      if (drawnHere.current && key.includes(drawnHere.current)) fitted.current.key = key
      fitOnce(map, bounds, fitted.current, key)
    },
    JSON.stringify([polygon.value, circle.value, clicks, mode]),
  )

  const hint =
    mode === 'polygon'
      ? `Click each corner of the area (${clicks.length} so far), then “Finish polygon”.`
      : mode === 'circle'
        ? clicks.length === 0
          ? 'Click the centre of the circle.'
          : 'Click a point on the edge of the circle.'
        : 'Draw on the map, or type the area in the fields below.'

  return (
    <div className="plaza-map-picker" style={{ marginBottom: '1.5rem' }}>
      <p style={{ marginBottom: '0.5rem' }}>
        <strong>Area on the map</strong> <span aria-live="polite">{hint}</span>
      </p>
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginBottom: '0.5rem' }}>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            setMode('polygon')
            setClicks([])
          }}
        >
          Draw polygon
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={mode !== 'polygon' || clicks.length < 3}
          onClick={finishPolygon}
        >
          Finish polygon
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            setMode('circle')
            setClicks([])
          }}
        >
          Draw circle
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => {
            polygon.setValue('')
            circle.setValue('')
            setClicks([])
            setMode('none')
          }}
        >
          Clear area
        </button>
      </div>
      <div
        ref={container}
        role="region"
        aria-label="Alert area map"
        data-mode={mode}
        style={{
          height: 360,
          background: '#e8eef2',
          cursor: mode === 'none' ? 'grab' : 'crosshair',
        }}
      />
    </div>
  )
}

/** A service location's point: click the map to place it. */
export function PointMapField({ path = 'locations.0.pointMap' }: { path?: string }) {
  const point = useField<[number, number] | null>({ path: sibling(path, 'point') })
  const fitted = useRef<{ key?: string }>({})
  const placedHere = useRef<string | null>(null)
  const value = Array.isArray(point.value) ? point.value : null
  const valid = value && Number.isFinite(Number(value[0])) && Number.isFinite(Number(value[1]))

  const { container } = useLeaflet(
    (clicked) => {
      const next = pointFromClick(clicked)
      placedHere.current = JSON.stringify(next)
      point.setValue(next)
    },
    (L, layer, map) => {
      if (!valid) return
      const [lng, lat] = value.map(Number)
      vertex(L, { lat, lon: lng }).addTo(layer)
      const key = JSON.stringify(value)
      if (placedHere.current === key) fitted.current.key = key
      if (fitted.current.key !== key) {
        fitted.current.key = key
        map.setView([lat, lng], Math.max(map.getZoom(), 15))
      }
    },
    JSON.stringify(value),
  )

  return (
    <div className="plaza-map-picker" style={{ marginBottom: '1.5rem' }}>
      <p style={{ marginBottom: '0.5rem' }}>
        <strong>Location on the map</strong> Click to place the point, or type the coordinates
        above.
      </p>
      <div
        ref={container}
        role="region"
        aria-label="Location map"
        style={{ height: 300, background: '#e8eef2', cursor: 'crosshair' }}
      />
    </div>
  )
}
