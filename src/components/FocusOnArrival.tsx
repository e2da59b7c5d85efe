'use client'
// After a filter or search form is sent, the new page would start again at the top, and the
// results would be 25 to 37 Tab presses away. The forms send people to "#<heading id>", and
// this moves focus to that heading (tabIndex={-1}), which screen readers then read out, like
// a skip link. A link shared with the same fragment lands in the same place.
import { useEffect } from 'react'

export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    if (window.location.hash !== `#${id}`) return
    const target = document.getElementById(id)
    if (target && document.activeElement !== target) target.focus()
  }, [id])
  return null
}
