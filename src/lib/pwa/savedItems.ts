// "Save to my app": saved stops and services kept on the device without an account; pure list
// operations here, browser parts in src/components/app/.

export const SAVED_ITEMS_KEY = 'plaza:saved-items'
export const SAVED_KINDS = ['stop', 'service'] as const
export type SavedKind = (typeof SAVED_KINDS)[number]

export interface SavedItem {
  /** Same-origin path of the page, e.g. /es/transit/stops/123. */
  url: string
  title: string
  kind: SavedKind
  locale: string
  savedAt: string
}

function isSavedItem(value: unknown): value is SavedItem {
  if (!value || typeof value !== 'object') return false
  const item = value as Record<string, unknown>
  return (
    typeof item.url === 'string' &&
    item.url.startsWith('/') &&
    !item.url.startsWith('//') &&
    typeof item.title === 'string' &&
    typeof item.locale === 'string' &&
    typeof item.savedAt === 'string' &&
    (SAVED_KINDS as readonly string[]).includes(item.kind as string)
  )
}

/** The stored list; anything unreadable or malformed is dropped rather than trusted. */
export function parseSavedItems(raw: string | null | undefined): SavedItem[] {
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    return Array.isArray(value) ? value.filter(isSavedItem) : []
  } catch {
    return []
  }
}

export function addSavedItem(items: SavedItem[], item: SavedItem): SavedItem[] {
  return [item, ...items.filter((existing) => existing.url !== item.url)]
}

export function removeSavedItem(items: SavedItem[], url: string): SavedItem[] {
  return items.filter((item) => item.url !== url)
}

export function isSaved(items: SavedItem[], url: string): boolean {
  return items.some((item) => item.url === url)
}
