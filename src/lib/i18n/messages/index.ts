import { en, type Messages } from './en'
import { es } from './es'

export type { Messages }

const catalogues: Record<string, Messages> = { en, es }

/** The UI strings for a locale; languages without a catalogue yet fall back to English. */
export function getMessages(locale: string): Messages {
  return catalogues[locale] ?? en
}
