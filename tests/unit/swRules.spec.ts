import { describe, expect, it } from 'vitest'

import {
  addSavedItem,
  isSaved,
  parseSavedItems,
  removeSavedItem,
  type SavedItem,
} from '@/lib/pwa/savedItems'
import {
  forbidsStoring,
  isAlertsPage,
  isNeverCached,
  isStaticAsset,
  localeOfPath,
  notificationTarget,
  offlineFallbackFor,
  parsePushMessage,
} from '@/lib/pwa/swRules'

describe('what the service worker never caches', () => {
  it('leaves the admin, the APIs, the e-office inbox and draft routes alone', () => {
    for (const path of [
      '/admin',
      '/admin/collections/alerts',
      '/api',
      '/api/alerts',
      '/api/eoffice/messages',
      '/api/push/subscriptions',
      '/en/my',
      '/es/my/notifications',
      '/next/exit-preview',
      '/sw.js',
    ]) {
      expect(isNeverCached(path), path).toBe(true)
    }
  })

  it('caches public pages, including ones whose names start like private ones', () => {
    for (const path of ['/en', '/es/alerts', '/en/services/library', '/en/mystery', '/apiary']) {
      expect(isNeverCached(path), path).toBe(false)
    }
  })

  it('refuses responses marked private or no-store', () => {
    expect(forbidsStoring('private, max-age=0')).toBe(true)
    expect(forbidsStoring('no-cache, no-store, must-revalidate')).toBe(true)
    expect(forbidsStoring('Private')).toBe(true)
    expect(forbidsStoring('s-maxage=300, stale-while-revalidate')).toBe(false)
    expect(forbidsStoring('no-cache')).toBe(false)
    expect(forbidsStoring(null)).toBe(false)
  })

  it('knows alerts pages and static assets', () => {
    expect(isAlertsPage('/en/alerts')).toBe(true)
    expect(isAlertsPage('/es/alerts/flood-warning')).toBe(true)
    expect(isAlertsPage('/en/alerts/rss.xml')).toBe(false)
    expect(isAlertsPage('/en/services')).toBe(false)
    expect(isStaticAsset('/_next/static/chunks/app.js')).toBe(true)
    expect(isStaticAsset('/app-icons/icon-192.png')).toBe(true)
    expect(isStaticAsset('/api/media/file/x.png')).toBe(false)
  })
})

describe('offline fallback', () => {
  it('is the offline page in the language of the page asked for', () => {
    expect(offlineFallbackFor('/es/services/biblioteca')).toBe('/es/offline')
    expect(offlineFallbackFor('/en/transit/stops/12')).toBe('/en/offline')
    expect(offlineFallbackFor('/')).toBe('/en/offline')
    expect(offlineFallbackFor('/fr/x', ['fr', 'en'])).toBe('/fr/offline')
    expect(localeOfPath('/de/x', ['es', 'en'])).toBe('es')
  })
})

describe('push messages', () => {
  it('reads the agreed payload', () => {
    expect(
      parsePushMessage(
        JSON.stringify({
          title: 'Flood warning',
          body: 'River Plaza is rising',
          url: '/en/alerts/flood',
          tag: 'alert-7',
          lang: 'en',
        }),
      ),
    ).toEqual({
      title: 'Flood warning',
      body: 'River Plaza is rising',
      url: '/en/alerts/flood',
      tag: 'alert-7',
      lang: 'en',
    })
  })

  it('still shows something for a malformed payload', () => {
    expect(parsePushMessage('not json')).toMatchObject({ title: 'Plaza', body: 'not json' })
    expect(parsePushMessage(null)).toMatchObject({ title: 'Plaza', url: '/', lang: 'en' })
    expect(parsePushMessage(JSON.stringify({ title: 5, lang: '<script>' }))).toMatchObject({
      title: 'Plaza',
      lang: 'en',
    })
  })

  it('opens same-origin paths and https URLs only', () => {
    const origin = 'https://city.example'
    expect(notificationTarget('/es/alerts/x', origin)).toBe('https://city.example/es/alerts/x')
    expect(notificationTarget('https://eoffice.example/n/1', origin)).toBe(
      'https://eoffice.example/n/1',
    )
    for (const bad of [
      'javascript:alert(1)',
      'http://evil.example/',
      '//evil.example/x',
      'data:,x',
    ]) {
      expect(notificationTarget(bad, origin, 'es'), bad).toBe('https://city.example/es')
    }
  })
})

describe('saved items', () => {
  const item = (url: string, title = url): SavedItem => ({
    url,
    title,
    kind: 'stop',
    locale: 'en',
    savedAt: '2026-11-26T09:00:00.000Z',
  })

  it('adds (newest first, no duplicates), finds and removes', () => {
    let items = addSavedItem([], item('/en/transit/stops/1'))
    items = addSavedItem(items, item('/en/services/library'))
    items = addSavedItem(items, item('/en/transit/stops/1', 'Renamed'))
    expect(items.map((i) => i.title)).toEqual(['Renamed', '/en/services/library'])
    expect(isSaved(items, '/en/services/library')).toBe(true)
    expect(removeSavedItem(items, '/en/services/library')).toHaveLength(1)
  })

  it('drops anything stored that is not a valid item', () => {
    expect(parseSavedItems('{oops')).toEqual([])
    expect(parseSavedItems(JSON.stringify({ url: '/x' }))).toEqual([])
    const stored = [
      item('/en/transit/stops/1'),
      { ...item('//evil.example/x') },
      { ...item('/en/x'), kind: 'page' },
      'text',
    ]
    expect(parseSavedItems(JSON.stringify(stored)).map((i) => i.url)).toEqual([
      '/en/transit/stops/1',
    ])
  })
})
