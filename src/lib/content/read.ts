import { cache } from 'react'

import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'

import { contentLocale, getPayloadClient } from './payload'

// Per-request pages keep the last good copy when the database is down; globals' drafts are not
// read here, so one copy per language serves everyone.
const keptSettings = lastGood<Awaited<ReturnType<typeof readSiteSettings>>>({
  onFallback: fallbackLogger('site settings'),
})
const keptNavigation = lastGood<Awaited<ReturnType<typeof readNavigation>>>({
  onFallback: fallbackLogger('navigation'),
})
const keptAppSettings = lastGood<Awaited<ReturnType<typeof readAppSettings>>>({
  onFallback: fallbackLogger('app settings'),
})

async function readSiteSettings(locale: string) {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
    select: { cityName: true, tagline: true, timezone: true, contact: true, openData: true },
  })
}

export const getSiteSettings = cache((locale: string) =>
  keptSettings.read(locale, () => readSiteSettings(locale)),
)

async function readNavigation(locale: string) {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'navigation',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
  })
}

export const getNavigation = cache((locale: string) =>
  keptNavigation.read(locale, () => readNavigation(locale)),
)

async function readAppSettings(locale: string) {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
    select: { app: true },
  })
}

/** The installable app's settings (manifest colours, names): see src/lib/pwa. */
export const getAppSettings = cache((locale: string) =>
  keptAppSettings.read(locale, () => readAppSettings(locale)),
)
