import { expect, test } from '@playwright/test'

import {
  APP_SCRIPTS_FALLBACK_MS,
  APP_SCRIPTS_MARK,
} from '../../src/components/appScriptsAfterPaint'

// The citizen pages' app chunk is not in their HTML: it is added once the largest content has
// been painted (src/components/appScriptsAfterPaint.ts, scripts/lib/appScriptsAfterPaint.mjs),
// and the page still hydrates. The admin keeps Next's own script tags.
const CITIZEN_PAGES = ['/en', '/es/services', '/en/agenda', '/en/transit', '/en/saved']

function afterPaintChunks(html: string): string[] {
  const lists = [...html.matchAll(/"otherChunks":(\[[^\]]*\])/g)]
  return lists.flatMap((m) =>
    (JSON.parse(m[1]) as Array<string | { path: string }>).map(
      (chunk) => `/_next/${typeof chunk === 'string' ? chunk : chunk.path}`,
    ),
  )
}

const scriptSources = (html: string) =>
  [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])

test.describe('app scripts after the first paint', () => {
  test('citizen pages name their app chunk only in the chunk-group bootstrap', async ({
    request,
  }) => {
    for (const path of CITIZEN_PAGES) {
      const html = await (await request.get(path)).text()
      const chunks = afterPaintChunks(html)
      expect(chunks.length, `${path}: chunks loaded after paint`).toBeGreaterThan(0)
      const sources = scriptSources(html)
      for (const chunk of chunks) expect(sources, `${path}: ${chunk}`).not.toContain(chunk)
      expect(html, `${path}: no preload of the app chunk`).not.toMatch(
        new RegExp(`rel="preload"[^>]*href="${chunks[0].replace(/[.?]/g, '\\$&')}"`),
      )
      // Turbopack's runtime stays: the chunk registers with it when it arrives.
      expect(
        sources.some((src) => /\/turbopack-[^/]+\.js$/.test(src)),
        path,
      ).toBe(true)
    }
  })

  test('the admin keeps its chunks in its HTML', async ({ request }) => {
    const html = await (await request.get('/admin/login')).text()
    const sources = scriptSources(html)
    for (const chunk of afterPaintChunks(html)) expect(sources).toContain(chunk)
  })

  test('the chunk is requested after the largest paint, and the page hydrates', async ({
    page,
  }) => {
    const appChunk = afterPaintChunks(await (await page.request.get('/en/services')).text())[0]
    await page.goto('/en/services')
    // The service worker is registered from a React effect: proof that the page hydrated.
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()))
    // Chromium adds a script's resource timing entry a little after the script has run.
    await page.waitForFunction(
      (chunk) =>
        performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname === chunk),
      appChunk,
    )
    const timings = await page.evaluate(
      async ({ mark, chunk }) => {
        const lcp = await new Promise<number>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({
            type: 'largest-contentful-paint',
            buffered: true,
          })
        })
        const resource = performance
          .getEntriesByType('resource')
          .find((entry) => new URL(entry.name).pathname === chunk)
        return {
          lcp,
          mark: performance.getEntriesByName(mark)[0]?.startTime ?? null,
          requested: resource?.startTime ?? null,
          scripts: [...document.scripts].filter((s) => s.getAttribute('src') === chunk).length,
        }
      },
      { mark: APP_SCRIPTS_MARK, chunk: appChunk },
    )
    expect(timings.mark).not.toBeNull()
    expect(timings.requested).not.toBeNull()
    // At the largest paint, or at the fallback when a busy machine paints later than that.
    expect(timings.mark!).toBeGreaterThanOrEqual(Math.min(timings.lcp, APP_SCRIPTS_FALLBACK_MS))
    expect(timings.requested!).toBeGreaterThanOrEqual(timings.mark!)
    expect(timings.scripts).toBe(1)
  })

  test('a page opened in a background tab hydrates without waiting for a paint', async ({
    context,
  }) => {
    const page = await context.newPage()
    // Emulate a hidden document before any script runs: no paint is reported for it.
    await page.addInitScript(() => {
      Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' })
    })
    await page.goto('/en/agenda')
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()))
    const { mark, parsed } = await page.evaluate((name) => {
      const navigation = performance.getEntriesByType(
        'navigation',
      )[0] as PerformanceNavigationTiming
      return {
        mark: performance.getEntriesByName(name)[0]?.startTime ?? null,
        parsed: navigation.domContentLoadedEventStart,
      }
    }, APP_SCRIPTS_MARK)
    // Added while the <head> was parsed, not after a paint.
    expect(mark).not.toBeNull()
    expect(mark!).toBeLessThan(parsed)
  })
})
