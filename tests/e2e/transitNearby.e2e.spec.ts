import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { services } from '@/lib/seed/data/services'

// Villamar's timetable has its stops among the demo services: the City Hall citizen office
// is 80 m from Villamar Centro, the station where metro L1, bus 12 and night bus N1 call.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SLUG = 'citizen-office-city-hall'
const [lng, lat] = services.find((s) => s.slug === SLUG)!.locations[0].lngLat
// Madrid: no Villamar stop within a kilometre.
const FAR = { lat: 40.4168, lng: -3.7038 }
const LINES = [
  'L1 Olivereta – Platja del Cabanyal',
  '12 Benicalap – La Fonteta',
  'N1 Búho: Villamar Centro – El Grau',
]

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

const text = {
  en: { heading: 'Public transport nearby', distance: '80 m away', none: 'within 1 km' },
  es: { heading: 'Transporte público cercano', distance: 'a 80 m', none: 'a menos de 1 km' },
}

for (const locale of ['en', 'es'] as const) {
  const t = text[locale]
  test.describe(`nearby stops (${locale})`, () => {
    test('a service page lists the nearest stop with its lines, and the links work', async ({
      page,
    }) => {
      await page.goto(`/${locale}/services/${SLUG}`)
      const region = page.getByRole('region', { name: t.heading })
      const first = region.locator('.near-results__item').first()
      await expect(first).toContainText(t.distance)
      await expect(first.getByRole('listitem')).toHaveText(LINES)
      await expectNoAxeViolations(page)
      await region.getByRole('link', { name: 'Villamar Centro', exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/transit/stops/centro$`))
      await expect(page.getByRole('heading', { level: 1, name: 'Villamar Centro' })).toBeVisible()
      await page.goBack()
      await page
        .getByRole('region', { name: t.heading })
        .getByRole('link', { name: LINES[0] })
        .first()
        .click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/transit/lines/L1$`))
    })

    test('the near-me page lists stops near the starting point, without JavaScript', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`/${locale}/services/near?lat=${lat}&lng=${lng}`)
      const region = page.getByRole('region', { name: t.heading })
      await expect(
        region.getByRole('link', { name: 'Villamar Centro', exact: true }),
      ).toHaveAttribute('href', `/${locale}/transit/stops/centro`)
      await context.close()
    })

    test('the near-me page lists a district’s stops, and says when no stop is near', async ({
      page,
    }) => {
      await page.goto(`/${locale}/services/near?district=ciutat-vella`)
      await expect(
        page.getByRole('region', { name: t.heading }).locator('.near-results__item').first(),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`/${locale}/services/near?lat=${FAR.lat}&lng=${FAR.lng}`)
      await expect(page.getByRole('region', { name: t.heading })).toContainText(t.none)
    })
  })
}

test('GET /api/nearby names the stops near the origin, nearest first', async ({ request }) => {
  const response = await request.get(`/api/nearby?lat=${lat}&lng=${lng}&limit=1`)
  expect(response.status()).toBe(200)
  const body = (await response.json()) as {
    stops: { stopId: string; url: string; distanceMetres: number }[]
  }
  expect([body.stops[0].stopId, body.stops[0].url]).toEqual(['centro', '/en/transit/stops/centro'])
  const distances = body.stops.map((s) => s.distanceMetres)
  expect(distances).toEqual([...distances].sort((a, b) => a - b))
  expect(Math.max(...distances)).toBeLessThanOrEqual(1000)
})
