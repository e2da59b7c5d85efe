/// <reference lib="webworker" />
// Plaza's service worker, bundled with its precache list by scripts/build-sw.ts; served at
// /sw.js with scope "/".
import {
  CacheFirst,
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  type PrecacheEntry,
  Serwist,
  type SerwistPlugin,
  StaleWhileRevalidate,
} from 'serwist'

import {
  CACHE_ALERTS,
  CACHE_PAGES,
  CACHE_SAVED,
  CACHE_STATIC,
  forbidsStoring,
  isAlertsPage,
  isNeverCached,
  isStaticAsset,
  notificationTarget,
  offlineFallbackFor,
  parsePushMessage,
} from '@/lib/pwa/swRules'

/** The site's languages at build time (esbuild `define`, from PLAZA_LOCALES). */
declare const PLAZA_LOCALES: string[]

declare const self: ServiceWorkerGlobalScope & {
  __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
}

/** Only whole, same-origin, shareable responses are stored (never private or no-store). */
const storableOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.status === 200 &&
    response.type === 'basic' &&
    !forbidsStoring(response.headers.get('Cache-Control'))
      ? response
      : null,
}

// Declared before `serwist` so the plugin below can reach it lazily.
// eslint-disable-next-line prefer-const
let serwist: Serwist

/**
 * A page that is neither online nor in its strategy's cache: a page saved with "Save to my
 * app", else the offline page in the page's language (both kept by the precache).
 */
const savedOrOffline: SerwistPlugin = {
  handlerDidError: async ({ request }) => {
    const saved = await caches
      .open(CACHE_SAVED)
      .then((cache) => cache.match(request.url, { ignoreVary: true, ignoreSearch: true }))
    if (saved) return saved
    return serwist.matchPrecache(offlineFallbackFor(new URL(request.url).pathname, PLAZA_LOCALES))
  },
}

const isPageRequest = (request: Request, url: URL) =>
  request.mode === 'navigate' && url.origin === self.location.origin && !isNeverCached(url.pathname)

serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 6 },
  // A new worker waits until the page's reload prompt is accepted (SKIP_WAITING below), so an
  // open page never runs against a worker of another build.
  skipWaiting: false,
  // The very first worker has no predecessor: let it control the open page at once.
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    // Alerts: shown at once from the cache, refreshed behind (the list and each alert).
    {
      matcher: ({ request, url }) => isPageRequest(request, url) && isAlertsPage(url.pathname),
      handler: new StaleWhileRevalidate({
        cacheName: CACHE_ALERTS,
        plugins: [
          storableOnly,
          new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 7 * 24 * 3600 }),
          savedOrOffline,
        ],
      }),
    },
    // Every other page: the network first, the last copy seen when offline.
    {
      matcher: ({ request, url }) => isPageRequest(request, url),
      handler: new NetworkFirst({
        cacheName: CACHE_PAGES,
        networkTimeoutSeconds: 8,
        plugins: [
          storableOnly,
          new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 }),
          savedOrOffline,
        ],
      }),
    },
    // Hashed build assets, icons and optimised images: immutable, cache first.
    {
      matcher: ({ request, url }) =>
        request.method === 'GET' &&
        url.origin === self.location.origin &&
        isStaticAsset(url.pathname),
      handler: new CacheFirst({
        cacheName: CACHE_STATIC,
        plugins: [
          new CacheableResponsePlugin({ statuses: [200] }),
          storableOnly,
          new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 60 * 24 * 3600 }),
        ],
      }),
    },
    // Nothing else is matched: /admin, /api/**, /[locale]/my/** and anything else go to
    // the network untouched and are never stored.
  ],
})

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') void self.skipWaiting()
})

self.addEventListener('push', (event) => {
  const message = parsePushMessage(event.data ? event.data.text() : null)
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      tag: message.tag,
      lang: message.lang,
      icon: '/app-icons/icon-192.png',
      badge: '/app-icons/badge-96.png',
      data: { url: message.url, lang: message.lang },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const data = (event.notification.data ?? {}) as { url?: string; lang?: string }
  const target = notificationTarget(data.url ?? '/', self.location.origin, data.lang)
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const open = windows.find((client) => client.url === target)
      if (open) {
        await open.focus()
        return
      }
      await self.clients.openWindow(target)
    })(),
  )
})

serwist.addEventListeners()
