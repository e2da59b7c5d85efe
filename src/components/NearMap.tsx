'use client'
// The map beside a list of places: an enhancement only, the list says everything the map
// shows. Leaflet is imported when the map mounts, so its code loads only on pages that
// draw a map. Tiles come only from the URL configured in site settings; without one the
// markers sit on a plain background and nothing is requested from another host.
// Markers are numbered like the list, focusable with the keyboard (role="button",
// Enter opens the popup) and named with aria-label.
import { useEffect, useRef } from 'react'

import 'leaflet/dist/leaflet.css'

export interface NearMapMarker {
  /** The number shown on the marker and in the list. */
  number: number
  label: string
  href: string
  lat: number
  lng: number
}

export interface NearMapProps {
  markers: NearMapMarker[]
  /** Where distances were measured from, if anywhere. */
  origin?: { lat: number; lng: number; label: string } | null
  tileUrl: string | null
  attribution: string | null
  maxZoom: number
  /** The map's accessible name. */
  label: string
  className?: string
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

export function NearMap({
  markers,
  origin,
  tileUrl,
  attribution,
  maxZoom,
  label,
  className = 'near-map',
}: NearMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const key = JSON.stringify({ markers, origin, tileUrl })

  useEffect(() => {
    let map: import('leaflet').Map | null = null
    let cancelled = false
    void import('leaflet').then(({ default: L }) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, { attributionControl: false, scrollWheelZoom: false })
      const attributions = L.control.attribution({ prefix: false }).addTo(map)
      if (attribution) attributions.addAttribution(escapeHtml(attribution))
      if (tileUrl) L.tileLayer(tileUrl, { maxZoom }).addTo(map)
      // The view first: Leaflet only creates marker elements on a map that has one, and
      // the markers' accessible names are set on those elements.
      const points: [number, number][] = markers.map((marker) => [marker.lat, marker.lng])
      if (origin) points.push([origin.lat, origin.lng])
      if (points.length === 1) map.setView(points[0], Math.min(16, maxZoom))
      else if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [24, 24] })
      else map.setView([0, 0], 1)
      for (const marker of markers) {
        const name = `${marker.number}. ${marker.label}`
        const added = L.marker([marker.lat, marker.lng], {
          keyboard: true,
          icon: L.divIcon({
            className: 'near-map__marker',
            html: `<span aria-hidden="true">${marker.number}</span>`,
            iconSize: [28, 28],
          }),
        })
          .bindPopup(`<a href="${escapeHtml(marker.href)}">${escapeHtml(name)}</a>`)
          .addTo(map)
        added.getElement()?.setAttribute('aria-label', name)
      }
      if (origin) {
        const here = L.marker([origin.lat, origin.lng], {
          keyboard: true,
          icon: L.divIcon({ className: 'near-map__origin', iconSize: [18, 18] }),
        })
          .bindPopup(escapeHtml(origin.label))
          .addTo(map)
        here.getElement()?.setAttribute('aria-label', origin.label)
      }
    })
    return () => {
      cancelled = true
      map?.remove()
    }
    // `key` stands for the props the map is drawn from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return <div ref={container} className={className} role="region" aria-label={label} />
}
