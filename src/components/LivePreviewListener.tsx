'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Re-renders the page when the editor saves in the admin's live preview (draft mode only).
 * Speaks Payload's protocol itself (@payloadcms/live-preview-react lags Payload's version);
 * only the site's own origin is trusted, as the admin is served from it.
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
