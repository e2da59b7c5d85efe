'use client'

import { useEffect, useState } from 'react'

import type { SavedItem } from '@/lib/pwa/savedItems'

import type { AppClientMessages } from './appMessages'
import { forgetItem, readSavedItems } from './savedStore'
import { withTitle } from './withTitle'

/** The saved stops and services, read from this device; each can be removed. */
export function SavedList({ t }: { t: AppClientMessages }) {
  const [items, setItems] = useState<SavedItem[] | null>(null)
  const [message, setMessage] = useState('')

  useEffect(() => {
    setItems(readSavedItems())
  }, [])

  async function remove(item: SavedItem) {
    await forgetItem(item.url)
    setItems(readSavedItems())
    setMessage(withTitle(t.removed, item.title))
  }

  return (
    <>
      {items === null ? (
        <noscript>
          <p>{t.savedNeedsJs}</p>
        </noscript>
      ) : items.length === 0 ? (
        <p data-saved-empty="">{t.savedEmpty}</p>
      ) : (
        <ul className="saved-list" data-saved-list="">
          {items.map((item) => (
            <li key={item.url} className="saved-list__item">
              <span className="saved-list__kind">{t.kinds[item.kind]}</span>{' '}
              <a href={item.url}>{item.title}</a>{' '}
              <button
                type="button"
                className="saved-list__remove"
                aria-label={withTitle(t.removeLabel, item.title)}
                onClick={() => remove(item)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="saved-list__message" role="status" aria-live="polite">
        {message}
      </p>
    </>
  )
}
