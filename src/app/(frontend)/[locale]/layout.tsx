import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { alertDismissScript } from '@/components/alertDismissal'
import { appScriptsAfterPaintScript } from '@/components/appScriptsAfterPaint'
import { AppServiceWorker } from '@/components/app/AppServiceWorker'
import { appIconUrl, DEFAULT_THEME_COLOR, validColour } from '@/lib/pwa/manifest'
import { readServerUrl } from '@/lib/config/env'
import { getAppSettings, getSiteSettings } from '@/lib/content/read'
import { defaultLocale, isLocale, locales } from '@/lib/i18n/locales'
import { getMessages } from '@/lib/i18n/messages'

import { feedAlternates } from '../_lib/pageMetadata'

import '../styles'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  return {
    metadataBase: new URL(readServerUrl()),
    title: { template: `%s · ${settings.cityName}`, default: settings.cityName },
    applicationName: settings.cityName,
    alternates: { types: feedAlternates(locale) },
    // The installable city app (src/lib/pwa): this language's manifest, the tab's icon (the
    // browser would otherwise ask for /favicon.ico on every first visit) and the iOS icon.
    manifest: `/${locale}/manifest.webmanifest`,
    icons: { icon: appIconUrl('icon-192.png'), apple: appIconUrl('apple-touch-icon.png') },
  }
}

export async function generateViewport({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Viewport> {
  const { locale } = await params
  const app = isLocale(locale) ? (await getAppSettings(locale)).app : null
  return {
    width: 'device-width',
    initialScale: 1,
    themeColor: validColour(app?.themeColor, DEFAULT_THEME_COLOR),
  }
}

/** The citizen site's root layout: one per language, so `<html lang>` is always right. */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  // Plain strings only: the prompt is on every page, so it never imports the catalogues.
  const { updateAvailable, reload } = getMessages(isLocale(locale) ? locale : defaultLocale).app
  return (
    <html lang={isLocale(locale) ? locale : defaultLocale}>
      <head>
        {/* Before Next's chunk-group bootstrap at the end of <body>, whose chunk list it reads. */}
        <script dangerouslySetInnerHTML={{ __html: appScriptsAfterPaintScript }} />
        {/* In the head, not between header and banner: Chrome paints what it has at an inline
            script, so the first paint held only the header. */}
        <script dangerouslySetInnerHTML={{ __html: alertDismissScript }} />
      </head>
      <body>
        {children}
        <AppServiceWorker t={{ updateAvailable, reload }} />
      </body>
    </html>
  )
}
