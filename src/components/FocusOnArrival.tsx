'use client'
// After a filter form, moves focus to the "#<heading id>" target like a skip link, so results
// are not dozens of Tab presses away and screen readers read the heading.
import { useEffect } from 'react'

export function FocusOnArrival({ id }: { id: string }) {
  useEffect(() => {
    if (window.location.hash !== `#${id}`) return
    const target = document.getElementById(id)
    if (target && document.activeElement !== target) target.focus()
  }, [id])
  return null
}
