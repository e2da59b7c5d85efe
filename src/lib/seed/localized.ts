/** The demo city is written in these languages; English first, as Payload's default locale. */
export const SEED_LOCALES = ['en', 'es'] as const

export type SeedLocale = (typeof SEED_LOCALES)[number]

/** A value given in every seeded language, e.g. `{ en: 'Libraries', es: 'Bibliotecas' }`. */
export type Localized<T = string> = Readonly<Record<SeedLocale, T>>
