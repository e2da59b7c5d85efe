'use client'

import { useSavedItem, type SavedItemProps } from './useSavedItem'

/**
 * "Save to my app" on a stop or service page: a toggle button (aria-pressed) that keeps the
 * item and a copy of the page on this device. Needs JavaScript: without it a short note
 * says so and no dead button is shown.
 */
export function SaveToApp(item: SavedItemProps) {
  const { t } = item
  const { ready, saved, busy, message, toggle } = useSavedItem(item)

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
