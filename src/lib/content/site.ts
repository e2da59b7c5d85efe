import { cache } from 'react'

import { contentLocale, getPayloadClient } from './payload'

export const getSiteSettings = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
    select: { cityName: true, tagline: true, timezone: true, contact: true },
  })
})

export const getNavigation = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'navigation',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
  })
})

/** The installable app's settings (manifest colours, names): see src/lib/app. */
export const getAppSettings = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    locale: contentLocale(locale),
    depth: 0,
    overrideAccess: false,
    select: { app: true },
  })
})
