'use client'

import type { SavedKind } from '@/lib/pwa/savedItems'

import type { AppClientMessages } from './appMessages'
import { useSavedItem } from './useSavedItem'

/**
 * "Save to my app" on a stop or service page: a toggle button (aria-pressed) that keeps the
 * item and a copy of the page on this device. Needs JavaScript: without it a short note
 * says so and no dead button is shown.
 */
export function SaveToApp({
  url,
  title,
  kind,
  locale,
  t,
}: {
  url: string
  title: string
  kind: SavedKind
  locale: string
  /** appClientMessages(locale), computed on the server. */
  t: AppClientMessages
}) {
  const { ready, saved, busy, message, toggle } = useSavedItem({ url, title, kind, locale, t })

  return (
    <div className="save-to-app">
      {ready ? (
        <button
          type="button"
          className="save-to-app__button"
          aria-pressed={saved}
          aria-busy={busy || undefined}
          disabled={busy}
          onClick={toggle}
          data-save-to-app=""
        >
          {saved ? t.savedButton : t.save}
        </button>
      ) : (
        <noscript>
          <p className="save-to-app__note">{t.saveNeedsJs}</p>
        </noscript>
      )}
      <p className="save-to-app__message" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}
