import { useEffect, useState } from 'react'

import { isSaved, type SavedKind } from '@/lib/pwa/savedItems'

import type { AppClientMessages } from './appMessages'
import { forgetItem, readSavedItems, saveItem } from './savedStore'
import { withTitle } from './withTitle'

/** The page to save: its address, title and kind, in the page's language. */
export interface SavedItemProps {
  url: string
  title: string
  kind: SavedKind
  locale: string
  /** appClientMessages(locale), computed on the server. */
  t: AppClientMessages
}

/** Whether the page is saved on this device (once `ready`), and `toggle` to save or forget it. */
export function useSavedItem({ url, title, kind, locale, t }: SavedItemProps) {
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

  return { ready, saved, busy, message, toggle }
}
