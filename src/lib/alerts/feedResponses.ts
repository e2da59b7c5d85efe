// The alert feeds as the route handlers serve them: the pure builders in src/lib/alerts,
// given this site's origin, languages and names. Read anonymously, whatever the requester.
import { buildAlertsAtom, buildAlertsRss, buildCapIndex } from '@/lib/alerts/feeds'
import { capDocumentFor, findAlerts } from '@/lib/alerts/queries'
import { readServerUrl } from '@/lib/config/env'
import { getMessages } from '@/lib/i18n/messages'
import { operatorFeedItems } from '@/lib/transit/realtime/feedItems'
import { isLocale, locales } from '@/lib/i18n/locales'

import { capPaths, localePath, paths } from '@/lib/content/paths'
import { getPayloadClient } from '@/lib/content/payload'
import { getSiteSettings } from '@/lib/content/read'

async function feedContext(locale: string) {
  const origin = readServerUrl()
  const t = getMessages(locale).alerts
  const { cityName } = await getSiteSettings(locale)
  const url = (path: string) => `${origin}${localePath(locale, path)}`
  return {
    origin,
    locale,
    title: t.feedTitle(cityName),
    description: t.feedDescription(cityName),
    alertUrl: (slug: string) => url(paths.alert(slug)),
    listUrl: url(paths.alerts()),
    rssUrl: url(paths.alertsRss()),
    atomUrl: url(paths.alertsAtom()),
    now: new Date(),
    operatorItems: await operatorFeedItems(await getPayloadClient(), locale, origin),
  }
}

async function currentAlerts(locale: string, now: Date, withdrawn = false) {
  const payload = await getPayloadClient()
  return findAlerts(payload, { locale, since: now, withdrawn })
}

export async function alertsRss(locale: string): Promise<string> {
  const ctx = await feedContext(locale)
  return buildAlertsRss(await currentAlerts(locale, ctx.now), ctx)
}

export async function alertsAtom(locale: string): Promise<string> {
  const ctx = await feedContext(locale)
  return buildAlertsAtom(await currentAlerts(locale, ctx.now), ctx)
}

export async function capIndex(): Promise<string> {
  const origin = readServerUrl()
  const now = new Date()
  const { cityName } = await getSiteSettings(locales[0])
  return buildCapIndex(await currentAlerts(locales[0], now, true), {
    origin,
    title: getMessages(locales[0]).alerts.feedTitle(cityName),
    capUrl: (id) => `${origin}${capPaths.alert(id)}`,
    indexUrl: `${origin}${capPaths.index()}`,
    now,
  })
}

export async function capDocument(id: number): Promise<string | null> {
  const origin = readServerUrl()
  const { cityName } = await getSiteSettings(locales[0])
  return capDocumentFor(await getPayloadClient(), id, {
    locales,
    origin,
    senderName: cityName,
    alertUrl: (locale, slug) => `${origin}${localePath(locale, paths.alert(slug))}`,
  })
}

/**
 * The GET handler of a per-language alert feed route: 404 for a path segment that is not a
 * site language, else the feed with its media type.
 */
export function localeFeedHandler(build: (locale: string) => Promise<string>, type: string) {
  return async function GET(
    _: Request,
    { params }: { params: Promise<{ locale: string }> },
  ): Promise<Response> {
    const { locale } = await params
    if (!isLocale(locale)) return new Response('Not found', { status: 404 })
    return new Response(await build(locale), {
      headers: { 'content-type': `${type}; charset=utf-8` },
    })
  }
}
