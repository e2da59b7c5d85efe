import { expect, test } from '@playwright/test'

// A page that answers with Critical-CH makes Chrome throw away a first-time visitor's page and
// ask for it again with the hint: a whole round trip before the first paint. Only the admin
// themes itself from the colour-scheme hint (next.config.mjs), so only it asks for it.
const CITIZEN_PAGES = [
  '/en',
  '/es',
  '/en/services',
  '/en/agenda',
  '/en/alerts',
  '/en/transit',
  '/en/search?q=library',
  '/en/notifications',
  '/en/saved',
]

test.describe('client hints', () => {
  test('citizen pages do not make the browser repeat the navigation for a hint', async ({
    request,
  }) => {
    for (const path of CITIZEN_PAGES) {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status(), path).toBe(200)
      const headers = response.headers()
      expect(headers['critical-ch'], `${path}: Critical-CH`).toBeUndefined()
      expect(headers['accept-ch'], `${path}: Accept-CH`).toBeUndefined()
      expect(headers.vary ?? '', `${path}: Vary`).not.toMatch(/sec-ch-prefers-color-scheme/i)
    }
  })

  test('the admin still asks for the colour scheme it themes itself from', async ({ request }) => {
    const headers = (await request.get('/admin/login')).headers()
    expect(headers['accept-ch']).toMatch(/Sec-CH-Prefers-Color-Scheme/)
    expect(headers['critical-ch']).toMatch(/Sec-CH-Prefers-Color-Scheme/)
  })

  test('a first visit in the browser fetches the page once', async ({ page }) => {
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto('/en/services')
    await expect(page.locator('h1')).toBeVisible()
    expect(documents).toHaveLength(1)
  })
})
