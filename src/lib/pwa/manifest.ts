// The web app manifest, one per language so the installed app starts in the citizen's language;
// scope is the whole site so switching language stays inside the app.

export const DEFAULT_THEME_COLOR = '#0b5394'
export const DEFAULT_BACKGROUND_COLOR = '#ffffff'

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** A #rrggbb colour, lower-cased, or the fallback for anything else (empty, named, rgb()…). */
export function validColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && HEX_COLOUR.test(value.trim())
    ? value.trim().toLowerCase()
    : fallback
}

export interface AppSettingsInput {
  locale: string
  /** The site settings' city name in that locale (the last-resort app name). */
  cityName?: string | null
  app?: {
    name?: string | null
    shortName?: string | null
    description?: string | null
    themeColor?: string | null
    backgroundColor?: string | null
  } | null
  /** Changes when the icon does (e.g. the media's id and updatedAt), to bust caches. */
  iconVersion?: string | null
}

export interface ManifestIcon {
  src: string
  sizes: string
  type: string
  purpose: 'any' | 'maskable'
}

export interface WebAppManifest {
  id: string
  name: string
  short_name: string
  description?: string
  lang: string
  dir: 'ltr'
  start_url: string
  scope: string
  display: 'standalone'
  orientation: 'any'
  theme_color: string
  background_color: string
  icons: ManifestIcon[]
}

/** The icon files the app serves under /app-icons/ (see appIconSpecs). */
export function appIconUrl(file: string, version?: string | null): string {
  return `/app-icons/${file}${version ? `?v=${encodeURIComponent(version)}` : ''}`
}

function clean(value: string | null | undefined): string {
  return typeof value === 'string' ? value.trim() : ''
}

/** A short name that fits under a home-screen icon: the settings' or the first word(s). */
function shortNameFrom(name: string): string {
  if (name.length <= 12) return name
  const firstWord = name.split(/\s+/)[0] ?? name
  return firstWord.length <= 12 ? firstWord : firstWord.slice(0, 12)
}

export function buildWebAppManifest(input: AppSettingsInput): WebAppManifest {
  const app = input.app ?? {}
  const name = clean(app.name) || clean(input.cityName) || 'Plaza'
  const shortName = clean(app.shortName) || shortNameFrom(name)
  const description = clean(app.description)
  const version = input.iconVersion ?? null
  return {
    // One app per site: the id does not depend on the language, so installing from the
    // Spanish pages after the English ones does not create a second app.
    id: '/',
    name,
    short_name: shortName,
    ...(description ? { description } : {}),
    lang: input.locale,
    dir: 'ltr',
    start_url: `/${input.locale}`,
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: validColour(app.themeColor, DEFAULT_THEME_COLOR),
    background_color: validColour(app.backgroundColor, DEFAULT_BACKGROUND_COLOR),
    icons: [
      {
        src: appIconUrl('icon-192.png', version),
        sizes: '192x192',
        type: 'image/png',
        purpose: 'any',
      },
      {
        src: appIconUrl('icon-512.png', version),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'any',
      },
      {
        src: appIconUrl('maskable-512.png', version),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  }
}
