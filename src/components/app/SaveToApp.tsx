'use client'

import { useEffect, useState } from 'react'

import { isSaved, type SavedKind } from '@/lib/pwa/savedItems'

import type { AppClientMessages } from './appMessages'
import { forgetItem, readSavedItems, saveItem } from './savedStore'
import { withTitle } from './withTitle'

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
  const [ready, setReady] = useState(false)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  useEffect(() => {
    setSaved(isSaved(readSavedItems(), url))
    setReady(true)
  }, [url])

  async function toggle() {
    setBusy(true)
    try {
      if (saved) {
        await forgetItem(url)
        setSaved(false)
        setMessage(withTitle(t.unsavedMessage, title))
      } else {
        const kept = await saveItem({ url, title, kind, locale, savedAt: new Date().toISOString() })
        setSaved(true)
        setMessage(withTitle(kept ? t.savedMessage : t.savedNotOffline, title))
      }
    } finally {
      setBusy(false)
    }
  }

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
