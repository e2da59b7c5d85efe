'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/**
 * In the admin's live preview (draft mode only), re-render the page each time the editor
 * saves. The admin is served from the same origin as the site. Rendered only in draft
 * mode, so visitors never download it.
 */
export function LivePreviewListener() {
  const router = useRouter()
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={origin} />
}
