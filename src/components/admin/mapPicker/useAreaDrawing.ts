import { useRef, useState } from 'react'

import type { LatLon } from '@/lib/alerts/geometry'
import { circleFromClicks, polygonFromClicks } from '@/lib/geo/mapDrawing'

import type { Mode } from './AreaDrawButtons'

interface TextField {
  setValue: (value: string) => void
}

/**
 * Drawing an alert's area by clicks: a polygon corner by corner (then "finish"), or a circle
 * by centre and edge; each writes its text field. `drawnHere` is the last text drawn here.
 */
export function useAreaDrawing(polygon: TextField, circle: TextField) {
  const [mode, setMode] = useState<Mode>('none')
  const [clicks, setClicks] = useState<LatLon[]>([])
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

  const start = (next: 'polygon' | 'circle') => {
    setMode(next)
    setClicks([])
  }

  const clear = () => {
    polygon.setValue('')
    circle.setValue('')
    setClicks([])
    setMode('none')
  }

  return { mode, clicks, drawnHere, onClick, finishPolygon, start, clear }
}
