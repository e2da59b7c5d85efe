'use client'
// "Use my location": rendered only once JavaScript runs, so nobody sees a button that does
// nothing; the district and postcode form works for everyone.
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

export interface UseMyLocationLabels {
  useMyLocation: string
  locating: string
  locationDenied: string
  locationUnavailable: string
}

export function UseMyLocation({
  action,
  filters,
  labels,
}: {
  /** The near-me page's path. */
  action: string
  /** Filters to keep (topic, openNow, accessible), as query parameters. */
  filters: Record<string, string>
  labels: UseMyLocationLabels
}) {
  const router = useRouter()
  const [ready, setReady] = useState(false)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null

  function locate() {
    if (!('geolocation' in navigator)) return setMessage(labels.locationUnavailable)
    setBusy(true)
    setMessage(labels.locating)
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        // Five decimals (about a metre) is all the list needs, and keeps URLs short.
        const query = new URLSearchParams({
          ...filters,
          lat: coords.latitude.toFixed(5),
          lng: coords.longitude.toFixed(5),
        })
        setMessage('')
        setBusy(false)
        router.push(`${action}?${query}#results-heading`)
      },
      (error) => {
        setBusy(false)
        setMessage(
          error.code === error.PERMISSION_DENIED
            ? labels.locationDenied
            : labels.locationUnavailable,
        )
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    )
  }

  return (
    <div className="near-locate">
      <button type="button" className="button" onClick={locate} disabled={busy}>
        {labels.useMyLocation}
      </button>
      <p role="status" className="near-locate__status">
        {message}
      </p>
    </div>
  )
}
