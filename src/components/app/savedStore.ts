// Browser side of "Save to my app": the list in localStorage and the page copies in the
// Cache Storage cache the service worker reads when offline.
import {
  addSavedItem,
  parseSavedItems,
  removeSavedItem,
  SAVED_ITEMS_KEY,
  type SavedItem,
} from '@/lib/pwa/savedItems'
import { CACHE_SAVED, isNeverCached } from '@/lib/pwa/swRules'

export function readSavedItems(): SavedItem[] {
  try {
    return parseSavedItems(window.localStorage.getItem(SAVED_ITEMS_KEY))
  } catch {
    return []
  }
}

function writeSavedItems(items: SavedItem[]): void {
  window.localStorage.setItem(SAVED_ITEMS_KEY, JSON.stringify(items))
}

/** Stores the item and a copy of its page; false when the copy could not be kept. */
export async function saveItem(item: SavedItem): Promise<boolean> {
  writeSavedItems(addSavedItem(readSavedItems(), item))
  // Private areas (/my, /admin, /api) are never copied, whatever asks for it.
  if (!('caches' in window) || isNeverCached(new URL(item.url, window.location.href).pathname)) {
    return false
  }
  try {
    const response = await fetch(item.url, { credentials: 'same-origin' })
    if (!response.ok) return false
    const cache = await caches.open(CACHE_SAVED)
    await cache.put(item.url, response)
    return true
  } catch {
    return false
  }
}

export async function forgetItem(url: string): Promise<void> {
  writeSavedItems(removeSavedItem(readSavedItems(), url))
  if (!('caches' in window)) return
  try {
    const cache = await caches.open(CACHE_SAVED)
    await cache.delete(url, { ignoreVary: true, ignoreSearch: true })
  } catch {
    // The list no longer shows it; a stray copy is harmless and replaced on a new save.
  }
}
