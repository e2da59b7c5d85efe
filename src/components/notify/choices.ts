// The citizen's choices in the "Notify me" form, kept in this browser so the form shows them
// again next time (the site keeps them only with the subscription).
export type AlertsChoice = 'all' | 'severe' | 'matching' | 'none'

export interface Choices {
  alerts: AlertsChoice
  districts: number[]
  lines: number[]
  topics: number[]
  lat: string
  lng: string
  radiusKm: string
}

const STORE = 'plaza.notify.choices'

export const EMPTY: Choices = {
  alerts: 'all',
  districts: [],
  lines: [],
  topics: [],
  lat: '',
  lng: '',
  radiusKm: '2',
}

/** The stored choices over the defaults, or null when none are stored. */
export function loadChoices(): Choices | null {
  const stored = localStorage.getItem(STORE)
  return stored ? { ...EMPTY, ...(JSON.parse(stored) as Partial<Choices>) } : null
}

export function saveChoices(choices: Choices): void {
  localStorage.setItem(STORE, JSON.stringify(choices))
}

export function forgetChoices(): void {
  localStorage.removeItem(STORE)
}
