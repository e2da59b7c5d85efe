'use client'
// Maps where editors draw an alert's area or a location's point. The map writes the same text
// as the fields beside it, which stay the keyboard-accessible way in.
import { useField } from '@payloadcms/ui'
import { useRef } from 'react'

import 'leaflet/dist/leaflet.css'

import { pointFromClick } from '@/lib/geo/mapDrawing'

import { AreaDrawButtons, areaHint } from './mapPicker/AreaDrawButtons'
import { drawArea } from './mapPicker/drawArea'
import { useAreaDrawing } from './mapPicker/useAreaDrawing'
import { useLeaflet, vertex } from './mapPicker/useLeaflet'

const sibling = (path: string, name: string) => path.replace(/[^.]+$/, name)

/** An alert's area: draw a polygon corner by corner, or a circle by centre and edge. */
export function AreaMapField({ path = 'area.areaMap' }: { path?: string }) {
  const polygon = useField<string>({ path: sibling(path, 'polygon') })
  const circle = useField<string>({ path: sibling(path, 'circle') })
  const fitted = useRef<{ key?: string }>({})
  const { mode, clicks, drawnHere, onClick, finishPolygon, start, clear } = useAreaDrawing(
    polygon,
    circle,
  )

  const { container } = useLeaflet(
    onClick,
    (L, layer, map) =>
      drawArea(L, layer, map, {
        polygon: polygon.value,
        circle: circle.value,
        clicks,
        mode,
        drawnHere: drawnHere.current,
        fitted: fitted.current,
      }),
    JSON.stringify([polygon.value, circle.value, clicks, mode]),
  )

  const hint = areaHint(mode, clicks.length)

  return (
    <div className="plaza-map-picker" style={{ marginBottom: '1.5rem' }}>
      <p style={{ marginBottom: '0.5rem' }}>
        <strong>Area on the map</strong> <span aria-live="polite">{hint}</span>
      </p>
      <AreaDrawButtons
        mode={mode}
        clicks={clicks.length}
        start={start}
        finishPolygon={finishPolygon}
        clear={clear}
      />
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
