'use client'
// The map beside a list of places: an enhancement only, the list says everything the map
// shows. Leaflet is imported when the map mounts, so its code loads only on pages that
// draw a map. Tiles come only from the URL configured in site settings; without one the
// markers sit on a plain background and nothing is requested from another host.
// Markers are numbered like the list, focusable with the keyboard (role="button",
// Enter opens the popup) and named with aria-label. Keyboard use of the popup is decided in
// `keepPopupInFocusOrder` below.
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
  /** Leaflet's own control names are English: given here in the page's language. */
  controls: { zoomIn: string; zoomOut: string; closePopup: string }
  className?: string
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/**
 * A popup is drawn in its own pane, after every marker in the DOM and on top of them, so by
 * default Tab from an open popup's marker lands on the next marker hidden underneath it
 * (WCAG 2.2 2.4.11), and closing it drops focus on <body>. So the popup behaves as if it sat
 * right after its marker in the focus order: opening it by keyboard moves focus into it, Tab
 * past its end goes on to the next marker, Shift+Tab before its start and Escape go back to
 * its marker, and it closes as soon as focus is anywhere else (no marker is left under it).
 */
function keepPopupInFocusOrder(marker: import('leaflet').Marker, next: () => HTMLElement | null) {
  const markerElement = marker.getElement()
  if (!markerElement) return
  const popupElement = () => marker.getPopup()?.getElement()
  const focusables = () => [
    ...(popupElement()?.querySelectorAll<HTMLElement>('a[href], button') ?? []),
  ]
  let listening = false
  const listen = (popup: HTMLElement) => {
    // Leaflet keeps the popup's element from one opening to the next: listen once.
    if (listening) return
    listening = true
    popup.addEventListener('keydown', (event) => {
      const list = focusables()
      if (event.key === 'Escape') {
        // Focus first: a popup removed while it holds focus drops it on <body>.
        event.preventDefault()
        markerElement.focus()
        marker.closePopup()
      } else if (event.key === 'Tab' && event.shiftKey && event.target === list[0]) {
        event.preventDefault()
        markerElement.focus()
      } else if (event.key === 'Tab' && !event.shiftKey && event.target === list.at(-1)) {
        const after = next()
        if (after) {
          event.preventDefault()
          after.focus()
        }
      }
    })
    // The close button too gives focus back before Leaflet removes the popup (capture: this
    // runs before Leaflet's own click handler on the button).
    popup.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('.leaflet-popup-close-button')) markerElement.focus()
      },
      true,
    )
    popup.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null
      if (to !== markerElement && !popup.contains(to)) marker.closePopup()
    })
  }
  markerElement.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return void marker.closePopup()
    if (event.key !== 'Enter' && event.key !== ' ') return
    // Opened here rather than by Leaflet (which toggles on Enter's keypress, cancelled by
    // this): Space too, as for any role="button", and focus moves into the popup.
    event.preventDefault()
    marker.openPopup()
    const popup = popupElement()
    if (!popup) return
    listen(popup)
    focusables()[0]?.focus()
  })
  markerElement.addEventListener('focusout', (event) => {
    if (!popupElement()?.contains(event.relatedTarget as Node | null)) marker.closePopup()
  })
  // The close button removes the popup while it holds focus: give focus back to the marker.
  marker.on('popupclose', () => {
    if (popupElement()?.contains(document.activeElement)) markerElement.focus()
  })
}

export function NearMap({
  markers,
  origin,
  tileUrl,
  attribution,
  maxZoom,
  label,
  controls,
  className = 'near-map',
}: NearMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const key = JSON.stringify({ markers, origin, tileUrl, controls })

  useEffect(() => {
    let map: import('leaflet').Map | null = null
    let cancelled = false
    void import('leaflet').then(({ default: L }) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, {
        attributionControl: false,
        zoomControl: false,
        scrollWheelZoom: false,
      })
      L.control.zoom({ zoomInTitle: controls.zoomIn, zoomOutTitle: controls.zoomOut }).addTo(map)
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
      const added: import('leaflet').Marker[] = []
      // Narrow enough to fit inside the map with its padding (Leaflet's default is 300 px,
      // wider than a phone's map), so auto-pan can bring all of it, close button included,
      // into view.
      const maxWidth = Math.max(120, Math.min(300, container.current.clientWidth - 100))
      const popup = (html: string) =>
        L.popup({ autoPanPadding: [24, 24], maxWidth }).setContent(html)
      for (const marker of markers) {
        const name = `${marker.number}. ${marker.label}`
        const one = L.marker([marker.lat, marker.lng], {
          keyboard: true,
          icon: L.divIcon({
            className: 'near-map__marker',
            html: `<span aria-hidden="true">${marker.number}</span>`,
            iconSize: [28, 28],
          }),
        })
          .bindPopup(popup(`<a href="${escapeHtml(marker.href)}">${escapeHtml(name)}</a>`))
          .addTo(map)
        one.getElement()?.setAttribute('aria-label', name)
        added.push(one)
      }
      if (origin) {
        // 24 px: the smallest target WCAG 2.2 allows (2.5.8), like the numbered markers.
        const here = L.marker([origin.lat, origin.lng], {
          keyboard: true,
          icon: L.divIcon({ className: 'near-map__origin', iconSize: [24, 24] }),
        })
          .bindPopup(popup(`<p>${escapeHtml(origin.label)}</p>`))
          .addTo(map)
        here.getElement()?.setAttribute('aria-label', origin.label)
        added.push(here)
      }
      added.forEach((one, index) => {
        one.getPopup()?.on('add', (event) => {
          const close = event.target.getElement()?.querySelector('.leaflet-popup-close-button')
          close?.setAttribute('aria-label', controls.closePopup)
          close?.setAttribute('title', controls.closePopup)
        })
        keepPopupInFocusOrder(one, () => added[index + 1]?.getElement() ?? null)
      })
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
