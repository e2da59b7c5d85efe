import { localePath } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'

import { LivePreviewListener } from './LivePreviewListener'

/** Shown while an editor previews drafts: says so and links out of preview to the same page. */
export function PreviewBanner({
  locale,
  path,
  messages,
}: {
  locale: string
  path: string
  messages: Messages['shell']
}) {
  return (
    <div className="preview-banner" role="status">
      <LivePreviewListener />
      {messages.previewing}{' '}
      <a href={`/next/exit-preview?path=${encodeURIComponent(localePath(locale, path))}`}>
        {messages.exitPreview}
      </a>
    </div>
  )
}
