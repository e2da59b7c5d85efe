import { describe, expect, it } from 'vitest'

import { parseCircle, parsePolygon } from '@/lib/alerts/geometry'
import { circleFromClicks, pointFromClick, polygonFromClicks } from '@/lib/geo/mapDrawing'

describe('map drawing', () => {
  it('closes the clicked corners into a CAP polygon that the alert field accepts', () => {
    const text = polygonFromClicks([
      { lat: 39.4712345678, lon: -0.3771234567 },
      { lat: 39.48, lon: -0.37 },
      { lat: 39.48, lon: -0.37 },
      { lat: 39.47, lon: -0.36 },
    ])
    expect(text).toBe('39.471235,-0.377123 39.48,-0.37 39.47,-0.36 39.471235,-0.377123')
    expect(parsePolygon(text!).ok).toBe(true)
  })

  it('needs three distinct corners', () => {
    expect(
      polygonFromClicks([
        { lat: 1, lon: 1 },
        { lat: 2, lon: 2 },
        { lat: 1, lon: 1 },
      ]),
    ).toBeNull()
  })

  it('makes a CAP circle from a centre and an edge point', () => {
    // 0.01° of latitude is about 1.112 km.
    const text = circleFromClicks({ lat: 39.47, lon: -0.37 }, { lat: 39.48, lon: -0.37 })
    expect(text).toBe('39.47,-0.37 1.112')
    const parsed = parseCircle(text!)
    expect(parsed.ok && parsed.value.radiusKm).toBe(1.112)
    expect(circleFromClicks({ lat: 39.47, lon: -0.37 }, { lat: 39.47, lon: -0.37 })).toBeNull()
  })

  it('stores a clicked point as Payload’s [longitude, latitude]', () => {
    expect(pointFromClick({ lat: 39.46991234567, lon: -0.37631234567 })).toEqual([
      -0.376312, 39.469912,
    ])
  })
})
