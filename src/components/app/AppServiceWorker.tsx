'use client'

import { useEffect, useState } from 'react'

/**
 * Registers the service worker (production only). A new version waits until the visitor
 * accepts the reload prompt, then takes over (SKIP_WAITING).
 */
export function AppServiceWorker({ t }: { t: { updateAvailable: string; reload: string } }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null)

  useEffect(() => {
    // Browsers (and privacy modes) without service workers, or with a partial implementation,
    // keep the site as a plain website: never let registration break the page.
    const container = navigator.serviceWorker as ServiceWorkerContainer | undefined
    if (process.env.NODE_ENV !== 'production' || typeof container?.register !== 'function') return
    let cancelled = false
    const offer = (worker: ServiceWorker | null) => {
      // Only an update: the first install has no controller and nothing to replace.
      if (worker && navigator.serviceWorker.controller && !cancelled) setWaiting(worker)
    }
    container
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then((registration) => {
        offer(registration.waiting)
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') offer(installing)
          })
        })
      })
      .catch(() => {
        // No worker (e.g. a development build): the site works as a plain website.
      })
    return () => {
      cancelled = true
    }
  }, [])

  if (!waiting) return null

  function reload() {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    })
    waiting?.postMessage({ type: 'SKIP_WAITING' })
  }

  return (
    <div className="app-update" role="status">
      <p>
        {t.updateAvailable}{' '}
        <button type="button" className="app-update__reload" onClick={reload}>
          {t.reload}
        </button>
      </p>
    </div>
  )
}
