import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { loginToken } from '../helpers/e2eAuth'

// Alerts end to end against the production build: an editor publishes over REST, the banner
// shows on every page within seconds, citizens can dismiss it, and the pages pass axe.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const created: number[] = []
let token = ''

async function publishAlert(
  request: APIRequestContext,
  data: Record<string, unknown>,
): Promise<{ id: number; slug: string; headline: string }> {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
  const response = await request.post('/api/alerts?locale=en', {
    headers: { Authorization: `JWT ${token}` },
    data: {
      headline: `E2E storm warning ${unique}`,
      slug: `e2e-storm-${unique}`,
      description: 'Strong winds expected this afternoon.',
      instruction: 'Secure loose objects on balconies.',
      eventType: 'Wind',
      severity: 'Moderate',
      urgency: 'Expected',
      certainty: 'Likely',
      categories: ['Met'],
      status: 'Actual',
      onset: new Date(Date.now() - 60_000).toISOString(),
      expires: new Date(Date.now() + 3_600_000).toISOString(),
      area: { description: 'Whole city' },
      _status: 'published',
      ...data,
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = await response.json()
  created.push(doc.id)
  return doc
}

/** The banner item of the seeded weather warning (its headline depends on the season). */
const weatherItem = (page: Page, locale: string) =>
  page.locator('.alert-banner__item', {
    has: page.locator(`a[href="/${locale}/alerts/weather-warning"]`),
  })

test.beforeAll(async ({ request }) => {
  token = await loginToken(request, 'editor')
})

test.afterAll(async ({ request }) => {
  // Leave the site as the other tests expect it.
  for (const id of created) {
    await request.delete(`/api/alerts/${id}`, { headers: { Authorization: `JWT ${token}` } })
  }
})

test('a published alert shows in the banner of another page and in the RSS within 5 s', async ({
  page,
  request,
}) => {
  const alert = await publishAlert(request, {})
  const published = Date.now()
  await expect
    .poll(async () => (await (await request.get('/en/services')).text()).includes(alert.headline), {
      timeout: 5_000,
      intervals: [100],
    })
    .toBe(true)
  const seenAfter = Date.now() - published
  expect(seenAfter).toBeLessThan(5_000)
  await page.goto('/en/procedures')
  const banner = page.getByRole('region', { name: 'Alerts' })
  await expect(banner.getByRole('link', { name: alert.headline })).toBeVisible()
  await expect
    .poll(async () => (await (await request.get('/en/alerts/rss.xml')).text()).includes(alert.slug))
    .toBe(true)
  const cap = await request.get(`/alerts/${alert.id}.cap.xml`)
  expect(cap.status()).toBe(200)
  expect(await cap.text()).toContain('<msgType>Alert</msgType>')
})

test('the gravest immediate alerts interrupt (role="alert") and cannot be dismissed', async ({
  page,
  request,
}) => {
  const alert = await publishAlert(request, { severity: 'Extreme', urgency: 'Immediate' })
  await expect
    .poll(async () => (await (await request.get('/en')).text()).includes(alert.headline))
    .toBe(true)
  await page.goto('/en')
  const urgent = page.getByRole('alert').filter({ hasText: alert.headline })
  await expect(urgent).toBeVisible()
  const item = page.locator('.alert-banner__item', { hasText: alert.headline })
  await expect(item.getByRole('button')).toHaveCount(0)
  // The most severe comes first.
  await expect(page.locator('.alert-banner__item').first()).toContainText(alert.headline)
})

test('a dismissed alert stays dismissed on other pages, by keyboard, and others stay', async ({
  page,
}) => {
  await page.goto('/en')
  const banner = page.getByRole('region', { name: 'Alerts' })
  // The seeded weather warning's headline depends on the season of the seed date.
  const weather = weatherItem(page, 'en')
  await expect(weather).toBeVisible()
  const headline = (await weather.getByRole('link').textContent())!
  const dismiss = weather.getByRole('button', { name: `Dismiss alert: ${headline}` })
  await dismiss.focus()
  await page.keyboard.press('Enter')
  await expect(weather).toBeHidden()
  // Focus moves on rather than being lost with the hidden button.
  await expect(page.locator(':focus')).not.toHaveCount(0)
  const roadWorks = banner.locator('.alert-banner__item', { hasText: 'Road works' })
  await expect(roadWorks).toBeVisible()

  await page.goto('/es/services')
  await expect(page.locator('.alert-banner__item').first()).toBeVisible()
  await expect(weatherItem(page, 'es')).toBeHidden()
  await expect(
    page.locator('.alert-banner__item', { hasText: 'Obras en la avenida' }),
  ).toBeVisible()
})

test('without JavaScript the banner shows and offers no dismiss button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/en')
  await expect(weatherItem(page, 'en')).toBeVisible()
  await expect(page.locator('.alert-banner__dismiss').first()).toBeHidden()
  await context.close()
})

test('an affected service page names the alert in force', async ({ page }) => {
  await page.goto('/en/services/russafa-day-centre')
  const section = page.getByRole('region', { name: 'Current alerts' })
  // The seeded weather warning affects the day centre in every season (its headline varies).
  await expect(section.locator('a[href="/en/alerts/weather-warning"]')).toHaveText(/ warning: /)
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])
})

for (const locale of ['en', 'es']) {
  const pages: [string, string][] = [
    ['alert list', `/${locale}/alerts`],
    ['alert page', `/${locale}/alerts/weather-warning`],
    ['home page with the banner', `/${locale}`],
  ]
  for (const [name, path] of pages) {
    test(`${name} (${locale}) has no axe violations`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await expect(page.locator('[data-alert-banner]')).toBeVisible()
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
      expect(summary).toEqual([])
    })
  }
}
