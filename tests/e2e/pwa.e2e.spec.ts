import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'

// The installable city app in Chromium against the production build: manifest, service
// worker, offline pages, "Save to my app". Each test has its own browser context, so its
// own service worker installation.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const STOP = 'centro' // Villamar Centro, a station of the demo feed

let servicePath = (locale: string) => `/${locale}/services/`
test.beforeAll(async ({ request }) => {
  const list = await (await request.get('/api/services?limit=1&sort=title&depth=0')).json()
  const slug = list.docs[0].slug
  servicePath = (locale: string) => `/${locale}/services/${slug}`
})

/** Opens a page and waits until the service worker is installed and controls it. */
async function installApp(page: Page, path: string) {
  await page.goto(path)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

for (const locale of ['en', 'es']) {
  test(`manifest (${locale}) is linked, valid and its icons are right`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}`)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBe(`/${locale}/manifest.webmanifest`)
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
      'content',
      /^#[0-9a-f]{6}$/,
    )
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
    expect(apple).toBeTruthy()

    const response = await request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/manifest+json')
    const manifest = await response.json()
    expect(manifest.name).toBeTruthy()
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
    expect(manifest).toMatchObject({
      start_url: `/${locale}`,
      scope: '/',
      display: 'standalone',
      lang: locale,
    })
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/)
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/)
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])
    for (const icon of [...icons, { src: apple!, sizes: '180x180', type: 'image/png' }]) {
      const file = await request.get(icon.src)
      expect(file.status(), icon.src).toBe(200)
      expect(file.headers()['content-type']).toBe(icon.type)
      const meta = await sharp(await file.body()).metadata()
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes)
      expect(meta.format).toBe('png')
    }
  })
}

test('pages name the city icon for the tab, /favicon.ico answers it, and nothing 404s', async ({
  page,
  request,
}) => {
  const failed: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  for (const path of ['/en', '/es/services', '/en/agenda']) {
    await page.goto(path)
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect(icon, path).toMatch(/^\/app-icons\/icon-192\.png/)
    await page.waitForLoadState('networkidle')
  }
  expect(failed).toEqual([])
  expect(errors).toEqual([])
  const favicon = await request.get('/favicon.ico')
  expect(favicon.status()).toBe(200)
  expect(favicon.headers()['content-type']).toBe('image/png')
  expect((await sharp(await favicon.body()).metadata()).format).toBe('png')
})

test('the service worker is registered for the whole site and controls the page', async ({
  page,
}) => {
  await installApp(page, '/en')
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/')
    const precache = (await caches.keys()).find((name) => name.includes('precache'))
    const urls = precache
      ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname)
      : []
    return {
      scope: registration?.scope,
      active: registration?.active?.state,
      scriptURL: navigator.serviceWorker.controller?.scriptURL,
      urls,
    }
  })
  expect(state.scope).toBe(new URL('/', page.url()).href)
  expect(state.active).toBe('activated')
  expect(state.scriptURL).toMatch(/\/sw\.js$/)
  for (const path of ['/en/offline', '/es/offline', '/en/saved', '/es/saved']) {
    expect(state.urls.some((url) => url === path)).toBe(true)
  }
  expect(state.urls.some((url) => url.startsWith('/_next/static/'))).toBe(true)
})

test('visited pages and the alerts open offline; unvisited ones show the offline page in their language', async ({
  page,
  context,
}) => {
  await installApp(page, '/en')
  const serviceTitle = await (async () => {
    await page.goto(servicePath('en'))
    return page.locator('h1').innerText()
  })()
  await page.goto('/en/alerts')
  await page.goto('/es/alerts')

  await context.setOffline(true)
  await page.goto(servicePath('en'))
  await expect(page.locator('h1')).toHaveText(serviceTitle)
  await page.goto('/en/alerts')
  await expect(page.locator('h1')).toHaveText('Alerts')
  await page.goto('/es/alerts')
  await expect(page.locator('h1')).toHaveText('Avisos')

  await page.goto('/en/topics')
  await expect(page.locator('h1')).toHaveText('You are offline')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(new URL(page.url()).pathname).toBe('/en/topics')
  await page.goto('/es/procedures')
  await expect(page.locator('h1')).toHaveText('Sin conexión')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await context.setOffline(false)
})

for (const locale of ['en', 'es']) {
  test(`the offline page (${locale}) has no axe violations`, async ({ page, context }) => {
    await installApp(page, `/${locale}`)
    await context.setOffline(true)
    await page.goto(`/${locale}/agenda`)
    await expect(page.locator('[data-offline-page]')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await context.setOffline(false)
  })
}

test('a saved stop is listed on the saved page and opens offline, and can be removed', async ({
  page,
  context,
}) => {
  await installApp(page, '/en')
  await page.goto(`/en/transit/stops/${STOP}`)
  const stopName = await page.locator('h1').innerText()
  const button = page.getByRole('button', { name: /Save to my app|Saved in my app/ })
  await expect(button).toHaveAttribute('aria-pressed', 'false')
  await button.click()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
  await expect(
    page.getByRole('status').filter({ hasText: 'will open without a connection' }),
  ).toBeVisible()

  await context.setOffline(true)
  await page.goto('/en/saved')
  const link = page.locator('[data-saved-list] a', { hasText: stopName })
  await expect(link).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await link.click()
  await expect(page.locator('h1')).toHaveText(stopName)
  expect(new URL(page.url()).pathname).toBe(`/en/transit/stops/${STOP}`)

  await page.goto('/en/saved')
  await page.getByRole('button', { name: `Remove ${stopName}` }).click()
  await expect(page.locator('[data-saved-empty]')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'removed' })).toBeVisible()
  // Removed from the device: the stop page is no longer kept for offline use.
  await page.goto(`/en/transit/stops/${STOP}`)
  await expect(page.locator('h1')).toHaveText('You are offline')
  await context.setOffline(false)
})

test('a saved service is listed in Spanish; the saved page has no axe violations', async ({
  page,
  context,
}) => {
  await installApp(page, '/es')
  await page.goto(servicePath('es'))
  const title = await page.locator('h1').innerText()
  await page.getByRole('button', { name: /Guardar en mi app|Guardado en mi app/ }).click()
  await expect(page.getByRole('status').filter({ hasText: 'se abrirá sin conexión' })).toBeVisible()
  await context.setOffline(true)
  await page.goto('/es/saved')
  await expect(page.locator('[data-saved-list] a', { hasText: title })).toBeVisible()
  await expect(page.locator('[data-saved-list]')).toContainText('Servicio')
  expect(await axeViolations(page)).toEqual([])
  await context.setOffline(false)
})

test('without JavaScript there is no dead save button, and a note says why', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/en/transit/stops/${STOP}`)
  await expect(page.locator('h1')).toBeVisible()
  await expect(page.locator('[data-save-to-app]')).toHaveCount(0)
  await context.close()
  // Chromium's "JavaScript disabled" emulation still parses <noscript> as text, so the note
  // is checked in the served HTML: a browser without scripting shows it.
  const html = await (await request.get(`/en/transit/stops/${STOP}`)).text()
  expect(html).toContain(
    '<noscript><p class="save-to-app__note">Saving to your app needs JavaScript.</p></noscript>',
  )
  expect(html).not.toContain('data-save-to-app')
})

test('the admin, the APIs and private responses are never cached', async ({ page, request }) => {
  await installApp(page, '/en')
  await page.goto('/admin')
  await page.goto('/en')
  await page.evaluate(async () => {
    await fetch('/api/alerts?limit=1')
    await fetch('/api/services?limit=1')
    await fetch('/api/search?q=library&locale=en')
  })
  await page.goto(`/en/transit/stops/${STOP}`)
  const cached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        urls.push(new URL(request.url).pathname)
      }
    }
    return urls
  })
  expect(cached.length).toBeGreaterThan(0)
  expect(cached.filter((path) => /^\/(admin|api)(\/|$)/.test(path))).toEqual([])
  // The stop page is rendered per request (Cache-Control: private, no-store): not stored
  // by the worker unless the citizen saves it.
  const stop = await request.get(`/en/transit/stops/${STOP}`)
  expect(stop.headers()['cache-control']).toMatch(/no-store|private/)
  expect(cached).not.toContain(`/en/transit/stops/${STOP}`)
})

test('a push message shows a notification and a click opens its page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications'])
  await installApp(page, '/en')
  const cdp = await context.newCDPSession(page)
  const registrations: { registrationId: string; scopeURL: string }[] = []
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => {
    registrations.push(...event.registrations)
  })
  await cdp.send('ServiceWorker.enable')
  await expect.poll(() => registrations.length).toBeGreaterThan(0)
  const origin = new URL(page.url()).origin
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: registrations[0].registrationId,
    data: JSON.stringify({
      title: 'Flood warning',
      body: 'River Plaza is rising',
      url: '/en/alerts',
      tag: 'alert-e2e',
      lang: 'en',
    }),
  })
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready
        return (await registration.getNotifications({ tag: 'alert-e2e' })).map((n) => ({
          title: n.title,
          body: n.body,
          lang: n.lang,
          icon: n.icon,
          badge: n.badge,
          data: n.data,
        }))
      }),
    )
    .toEqual([
      {
        title: 'Flood warning',
        body: 'River Plaza is rising',
        lang: 'en',
        icon: `${origin}/app-icons/icon-192.png`,
        badge: `${origin}/app-icons/badge-96.png`,
        data: { url: '/en/alerts', lang: 'en' },
      },
    ])
})

test('a new release waits for the reader: the update prompt reloads once into the new worker', async ({
  page,
  context,
}) => {
  await installApp(page, '/en')
  const cdp = await context.newCDPSession(page)
  const versions = new Map<string, string>()
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) versions.set(version.versionId, version.status)
  })
  await cdp.send('ServiceWorker.enable')
  await expect.poll(() => [...versions.values()]).toContain('activated')
  const firstVersion = [...versions.keys()].sort((a, b) => Number(a) - Number(b)).at(-1)

  // A deploy: the build's worker file changes (the route serves it with no-cache).
  const workerFile = path.resolve(process.env.PLAZA_DIST_DIR || '.next-e2e', 'plaza-sw', 'sw.js')
  const released = fs.readFileSync(workerFile)
  let loads = 0
  page.on('load', () => loads++)
  try {
    fs.writeFileSync(
      workerFile,
      Buffer.concat([released, Buffer.from(`\n// release ${Date.now()}\n`)]),
    )
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })

    // The new worker installs and waits; the page keeps its old worker and shows the prompt.
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the city app' })
    await expect(prompt).toBeVisible()
    expect(
      await page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null,
      ),
    ).toBe('installed')
    expect(loads).toBe(0)
    expect(await axeViolations(page)).toEqual([])

    await prompt.getByRole('button', { name: 'Reload' }).click()
    await expect.poll(() => loads).toBe(1)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return { waiting: registration?.waiting ?? null, active: registration?.active?.state }
    })
    expect(after).toEqual({ waiting: null, active: 'activated' })
    const newest = [...versions.keys()].sort((a, b) => Number(a) - Number(b)).at(-1)
    expect(Number(newest)).toBeGreaterThan(Number(firstVersion))
    await expect.poll(() => versions.get(newest!)).toBe('activated')
    await expect(page.locator('.app-update')).toHaveCount(0)
    // Exactly one reload, not a loop.
    await page.waitForTimeout(500)
    expect(loads).toBe(1)
  } finally {
    fs.writeFileSync(workerFile, released)
  }
})
