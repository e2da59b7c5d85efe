// A Leaflet map for the admin's map fields: loaded on demand, with the public map's tiles.
import type { CircleMarker, LayerGroup, Map as LeafletMap } from 'leaflet'
import { useEffect, useRef, useState } from 'react'

import type { LatLon } from '@/lib/alerts/geometry'

export type Leaflet = typeof import('leaflet')
type Tiles = { tileUrl: string | null; maxZoom: number; centre: [number, number] | null }

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
export function useLeaflet(
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
export function fitOnce(
  map: LeafletMap,
  bounds: import('leaflet').LatLngBounds,
  last: { key?: string },
  key: string,
) {
  if (last.key === key || !bounds.isValid()) return
  last.key = key
  map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 })
}

export const vertex = (L: Leaflet, point: LatLon): CircleMarker =>
  L.circleMarker([point.lat, point.lon], { radius: 5, weight: 2 })
