'use client'

import { useSavedItem, type SavedItemProps } from './useSavedItem'

/**
 * "Save to my app": a toggle (aria-pressed) keeping the item and its page on this device.
 * Without JavaScript a note says so instead of a dead button.
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
