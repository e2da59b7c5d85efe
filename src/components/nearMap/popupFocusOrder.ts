import type { Marker } from 'leaflet'

/** The popup's own keys: Escape and Shift+Tab back to its marker, Tab past its end onwards. */
function listenInsidePopup(
  popup: HTMLElement,
  marker: Marker,
  markerElement: HTMLElement,
  focusables: () => HTMLElement[],
  next: () => HTMLElement | null,
) {
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

/**
 * Makes an open popup sit right after its marker in the focus order: it is drawn in its own pane
 * after every marker, so Tab would land on a marker hidden under it (WCAG 2.2 2.4.11).
 */
export function keepPopupInFocusOrder(marker: Marker, next: () => HTMLElement | null) {
  const markerElement = marker.getElement()
  if (!markerElement) return
  const popupElement = () => marker.getPopup()?.getElement()
  const focusables = () => [
    ...(popupElement()?.querySelectorAll<HTMLElement>('a[href], button') ?? []),
  ]
  let listening = false
  markerElement.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') return void marker.closePopup()
    if (event.key !== 'Enter' && event.key !== ' ') return
    // Opened here rather than by Leaflet (which toggles on Enter's keypress, cancelled by
    // this): Space too, as for any role="button", and focus moves into the popup.
    event.preventDefault()
    marker.openPopup()
    const popup = popupElement()
    if (!popup) return
    // Leaflet keeps the popup's element from one opening to the next: listen once.
    if (!listening) {
      listening = true
      listenInsidePopup(popup, marker, markerElement, focusables, next)
    }
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
