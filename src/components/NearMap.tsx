'use client'
// The map beside a list of places is an enhancement only: the list says everything it shows.
// Leaflet loads only when a map mounts; tiles come only from the site settings' URL.
import { useEffect, useRef } from 'react'

import 'leaflet/dist/leaflet.css'

import { drawNearMap } from './nearMap/drawNearMap'

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
  /** Leaflet's own control names are English: given here in the page's language. */
  controls: { zoomIn: string; zoomOut: string; closePopup: string }
  className?: string
}

export function NearMap(props: NearMapProps) {
  const { markers, origin, tileUrl, label, controls, className = 'near-map' } = props
  const container = useRef<HTMLDivElement>(null)
  const key = JSON.stringify({ markers, origin, tileUrl, controls })

  useEffect(() => {
    let map: import('leaflet').Map | null = null
    let cancelled = false
    void import('leaflet').then(({ default: L }) => {
      if (cancelled || !container.current) return
      map = drawNearMap(L, container.current, props)
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
