// Checked by the `opening_hours` reference library, so what editors type is exactly what
// "open now" understands.
import OpeningHours from 'opening_hours'

import { readCityAddress } from './holidayRegion'

export type OpeningHoursCheck = { ok: true; warnings: string[] } | { ok: false; error: string }

export function checkOpeningHours(value: string): OpeningHoursCheck {
  const text = value.trim()
  if (!text) return { ok: false, error: 'Opening hours are empty.' }
  if (text.length > 500)
    return { ok: false, error: 'Opening hours are longer than 500 characters.' }
  try {
    // Public holidays ("PH") and sunrise/sunset are those of the city (holidayRegion.ts).
    const hours = new OpeningHours(text, readCityAddress())
    return { ok: true, warnings: hours.getWarnings() }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const firstLine = message.split('\n')[0].replace(/\s+/g, ' ').trim()
    return {
      ok: false,
      error: `Opening hours are not valid OpenStreetMap opening_hours syntax (e.g. "Mo-Fr 09:00-14:00; Sa 10:00-13:00; PH off"): ${firstLine}`,
    }
  }
}
