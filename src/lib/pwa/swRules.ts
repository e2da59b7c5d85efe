// What the service worker may cache and how it answers, as pure functions of URLs and
// headers: bundled into the worker by scripts/build-sw.ts and unit-tested on their own.

/** The demo's languages; the worker is built with the site's own (PLAZA_LOCALES). */
export const SITE_LOCALES: readonly string[] = ['en', 'es']
const LANGUAGE_CODE = /^[a-z]{2}(-[a-z]{2})?$/

/** Cache names (the precache is Serwist's own). */
export const CACHE_PAGES = 'plaza-pages'
export const CACHE_ALERTS = 'plaza-alerts'
export const CACHE_STATIC = 'plaza-static'
/** Pages the citizen saved with "Save to my app": no expiry, removed with the item. */
export const CACHE_SAVED = 'plaza-saved'

/**
 * Never cached nor stored: the admin and API, the e-office inbox, draft-mode routes and the
 * service worker itself.
 */
export function isNeverCached(pathname: string): boolean {
  return (
    /^\/(admin|api|next)(\/|$)/.test(pathname) ||
    /^\/[a-z]{2}(-[A-Za-z]{2})?\/my(\/|$)/.test(pathname) ||
    pathname === '/sw.js'
  )
}

/** The alerts list and alert pages, answered stale-while-revalidate. */
export function isAlertsPage(pathname: string): boolean {
  return /^\/[a-z]{2}(-[A-Za-z]{2})?\/alerts(\/[a-z0-9-]+)?\/?$/.test(pathname)
}

/** Next's hashed build assets and optimised images: immutable, cache first. */
export function isStaticAsset(pathname: string): boolean {
  return (
    pathname.startsWith('/_next/static/') ||
    pathname.startsWith('/_next/image') ||
    pathname.startsWith('/icons/') ||
    pathname.startsWith('/app-icons/')
  )
}

/** The site language of a path: its first segment, or the default (first) language. */
export function localeOfPath(pathname: string, locales: readonly string[] = SITE_LOCALES): string {
  const first = pathname.split('/')[1] ?? ''
  return locales.includes(first) ? first : locales[0]
}

export function offlinePagePath(locale: string): string {
  return `/${locale}/offline`
}

export function savedPagePath(locale: string): string {
  return `/${locale}/saved`
}

/** The offline page to show for a page that is neither online nor cached. */
export function offlineFallbackFor(
  pathname: string,
  locales: readonly string[] = SITE_LOCALES,
): string {
  return offlinePagePath(localeOfPath(pathname, locales))
}

/** True when a response says it must not be stored (private or no-store). */
export function forbidsStoring(cacheControl: string | null | undefined): boolean {
  if (!cacheControl) return false
  return cacheControl
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim().split('=')[0])
    .some((directive) => directive === 'private' || directive === 'no-store')
}

export interface PushMessage {
  title: string
  body: string
  url: string
  tag?: string
  lang: string
}

/**
 * The push payload ({title, body, url, tag, lang}); anything else still shows a notification,
 * so the browser never counts a silent push against us.
 */
export function parsePushMessage(data: unknown, fallbackTitle = 'Plaza'): PushMessage {
  let value: unknown = data
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data)
    } catch {
      value = { body: data }
    }
  }
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>
  const text = (key: string, max: number) =>
    typeof record[key] === 'string' ? (record[key] as string).trim().slice(0, max) : ''
  const lang = text('lang', 10)
  return {
    title: text('title', 200) || fallbackTitle,
    body: text('body', 1000),
    url: text('url', 2000) || '/',
    ...(text('tag', 200) ? { tag: text('tag', 200) } : {}),
    lang: LANGUAGE_CODE.test(lang) ? lang : SITE_LOCALES[0],
  }
}

/**
 * Where a notification click may go: a same-origin path or an absolute https URL; anything else
 * (javascript:, data:, "//host") goes home.
 */
export function notificationTarget(url: string, origin: string, locale?: string): string {
  const home = new URL(
    `/${locale && LANGUAGE_CODE.test(locale) ? locale : SITE_LOCALES[0]}`,
    origin,
  ).href
  if (typeof url !== 'string' || url === '') return home
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) {
    const resolved = new URL(url, origin)
    return resolved.origin === origin ? resolved.href : home
  }
  try {
    const absolute = new URL(url)
    if (absolute.origin === origin) return absolute.href
    return absolute.protocol === 'https:' ? absolute.href : home
  } catch {
    return home
  }
}
