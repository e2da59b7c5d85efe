// Drawing the near-me map with the Leaflet module the component imports on mount (only types
// here: Leaflet's code stays out of the page's first load).
import type { Map as LeafletMap, Marker } from 'leaflet'

import type { NearMapProps } from '../NearMap'
import { keepPopupInFocusOrder } from './popupFocusOrder'

type Leaflet = typeof import('leaflet')

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/** The map with its named zoom controls, attribution and tiles, viewing every point. */
function createMap(L: Leaflet, container: HTMLElement, props: NearMapProps): LeafletMap {
  const { markers, origin, tileUrl, attribution, maxZoom, controls } = props
  const map = L.map(container, {
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
  return map
}

/** The numbered markers, then the origin's, each named and with its popup; in focus order. */
function addMarkers(
  L: Leaflet,
  map: LeafletMap,
  container: HTMLElement,
  { markers, origin }: NearMapProps,
): Marker[] {
  const added: Marker[] = []
  // Narrower than Leaflet's 300 px default so auto-pan can bring the whole popup into a phone's
  // map, close button included.
  const maxWidth = Math.max(120, Math.min(300, container.clientWidth - 100))
  const popup = (html: string) => L.popup({ autoPanPadding: [24, 24], maxWidth }).setContent(html)
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
  return added
}

/** Above every marker's own z-index, which Leaflet sets to its pixel row (map height at most). */
const FOCUSED_MARKER_RAISE = 10_000

/** Draws the map in `container`: markers named, popups closable by name and in focus order. */
export function drawNearMap(L: Leaflet, container: HTMLElement, props: NearMapProps): LeafletMap {
  const map = createMap(L, container, props)
  const added = addMarkers(L, map, container, props)
  added.forEach((one, index) => {
    one.getPopup()?.on('add', (event) => {
      const close = event.target.getElement()?.querySelector('.leaflet-popup-close-button')
      close?.setAttribute('aria-label', props.controls.closePopup)
      close?.setAttribute('title', props.controls.closePopup)
    })
    keepPopupInFocusOrder(one, () => added[index + 1]?.getElement() ?? null)
    // Services in one building, or a street apart, overlap at the city's zoom: the focused
    // marker is drawn above the others so that focus is never hidden (WCAG 2.4.11).
    const element = one.getElement()
    element?.addEventListener('focus', () => one.setZIndexOffset(FOCUSED_MARKER_RAISE))
    element?.addEventListener('blur', () => one.setZIndexOffset(0))
  })
  return map
}
