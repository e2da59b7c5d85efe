'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * In the admin's live preview (draft mode only), re-render the page each time the editor
 * saves. It speaks Payload's two-message protocol itself (announce "ready" to the admin
 * window; refresh on a "payload-document-event"): the official
 * @payloadcms/live-preview-react is published only at 3.90.1, and Payload refuses to run
 * with a @payloadcms package at another version than its own.
 * The admin is served from the same origin as the site, so only that origin is trusted.
 * Rendered only in draft mode, so visitors never download it.
 */
export function LivePreviewListener() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null
      if (event.origin === origin && data && data.type === 'payload-document-event')
        router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = window.opener ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
