import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'

import { distanceMetres, type LngLat } from '@/lib/geo/distance'
import { districts } from '@/lib/seed/data/districts'
import { services } from '@/lib/seed/data/services'

// WCAG 2.2 AA, as in accessibility.e2e.spec.ts.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The seeded service whose location is nearest to `from`, by brute force over the seed. */
function nearestSeededService(from: LngLat) {
  return services
    .flatMap((service) =>
      service.locations.map((location) => ({
        service,
        metres: distanceMetres(from, location.lngLat),
      })),
    )
    .sort((a, b) => a.metres - b.metres)[0].service
}

const firstResult = (page: Page) => page.locator('.near-results__item').first()

// 30 m or so from the Campanar sports centre, in the north-west of Villamar.
const HERE = { latitude: 39.4861, longitude: -0.3993 }

test.describe('services near you', () => {
  test('lists the nearest service first from the browser location', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      geolocation: HERE,
      permissions: ['geolocation'],
    })
    const page = await context.newPage()
    await page.goto('/en/services/near')
    await page.getByRole('button', { name: 'Use my location' }).click()
    await expect(page).toHaveURL(/lat=39\.4861/)
    await expect(page.getByRole('heading', { name: 'Nearest to your location' })).toBeVisible()
    const expected = nearestSeededService([HERE.longitude, HERE.latitude])
    await expect(firstResult(page).getByRole('link')).toHaveText(expected.title.en)
    await expect(firstResult(page)).toContainText(/\d+ m away \(about \d+ min on foot\)/)
    await expect(firstResult(page)).toContainText(/Open|Closed/)
    await context.close()
  })

  test('works without JavaScript: pick a district, or type a postcode', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/en/services/near')
    // The geolocation button needs JavaScript, so it is not offered.
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0)
    const district = districts.find((d) => d.slug === 'benimaclet')!
    await page.getByLabel('District').selectOption(district.slug)
    await page.getByRole('button', { name: 'Show nearby services' }).click()
    await expect(
      page.getByRole('heading', { name: `Nearest to the centre of ${district.name.en}` }),
    ).toBeVisible()
    await expect(firstResult(page).getByRole('link')).toHaveText(
      nearestSeededService(district.centre).title.en,
    )

    await page.goto('/en/services/near')
    await page.getByLabel('Postcode').fill('46015')
    await page.getByRole('button', { name: 'Show nearby services' }).click()
    const campanar = districts.find((d) => d.postalCodes.includes('46015'))!
    await expect(
      page.getByRole('heading', {
        name: `Nearest to postcode 46015 (centre of ${campanar.name.en})`,
      }),
    ).toBeVisible()
    await expect(firstResult(page).getByRole('link')).toHaveText(
      nearestSeededService(campanar.centre).title.en,
    )

    await page.goto('/en/services/near?postcode=99999')
    await expect(page.getByRole('alert')).toContainText(
      'We do not know the postcode “99999” in the city',
    )
    await expect(page.locator('.near-results__item')).toHaveCount(0)
    await context.close()
  })

  test('filters keep only wheelchair-accessible places', async ({ page }) => {
    await page.goto('/en/services/near?district=poblats-maritims&accessible=true')
    // The services found (the transit stops nearby are listed after them, in #stops).
    const items = page.locator('#results .near-results__item')
    await expect(items).toHaveCount(10)
    for (const text of await items.allTextContents()) expect(text).toContain('Fully accessible')
  })

  test('the map loads Leaflet on demand, only from this site, with focusable markers', async ({
    page,
  }) => {
    const hosts = new Set<string>()
    page.on('request', (request) => hosts.add(new URL(request.url()).host))
    await page.goto('/en')
    await expect(page.locator('.leaflet-container')).toHaveCount(0)
    await page.goto('/en/services/near?district=ciutat-vella')
    const markers = page.locator('.near-map__marker')
    await expect(markers).toHaveCount(10)
    await expect(markers.first()).toHaveAttribute('tabindex', '0')
    await expect(markers.first()).toHaveAttribute('aria-label', /^1\. /)
    await markers.first().focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.leaflet-popup-content a')).toBeVisible()
    expect([...hosts]).toEqual([new URL(page.url()).host])
  })

  test('a focused marker is drawn above the markers it overlaps (WCAG 2.4.11)', async ({
    page,
  }) => {
    await page.goto('/en/services/near?district=ciutat-vella')
    const markers = page.locator('.near-map__marker')
    await expect(markers).toHaveCount(10)
    const onTop = (marker: Locator) =>
      marker.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return hit === el || el.contains(hit)
      })
    // Markers on screen whose centre another marker covers.
    const coveredMarkers = () =>
      markers.evaluateAll((els) =>
        els.flatMap((el, i) => {
          const box = el.getBoundingClientRect()
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
          return hit && hit !== el && !el.contains(hit) && hit.closest('.near-map__marker')
            ? [i]
            : []
        }),
      )
    await page.locator('.leaflet-container').scrollIntoViewIfNeeded()
    // Zoomed out until the district's markers pile up on one another.
    const zoomOut = page.locator('.leaflet-control-zoom-out')
    const settled = page.locator('.leaflet-container.leaflet-zoom-anim')
    await expect
      .poll(
        async () => {
          await expect(settled).toHaveCount(0)
          const covered = await coveredMarkers()
          if (covered.length === 0) await zoomOut.click()
          return covered.length
        },
        { intervals: [500], timeout: 20_000 },
      )
      .toBeGreaterThan(0)
    await expect(settled).toHaveCount(0)
    const covered = await coveredMarkers()
    // The check can fail: some markers are covered while nothing has focus.
    expect(covered.length).toBeGreaterThan(0)
    for (const i of covered) {
      await markers.nth(i).focus()
      expect(await onTop(markers.nth(i)), `marker ${i + 1} focused`).toBe(true)
    }
    // Focus moving on puts the marker back in its place.
    await markers.nth(covered[0]).blur()
    expect(await onTop(markers.nth(covered[0]))).toBe(false)
  })

  test('a service page shows a map of its locations and other services nearby', async ({
    page,
  }) => {
    await page.goto('/en/services/citizen-office-city-hall')
    await expect(page.locator('.service-map .near-map__marker')).toHaveCount(1)
    const nearby = page.getByRole('region', { name: 'Other services nearby' })
    await expect(nearby.locator('.near-results__item')).toHaveCount(5)
    await expect(nearby).not.toContainText('Citizen Service Office – City Hall')
  })

  test('the JSON API answers 400 to bad input and sorts by distance', async ({ request }) => {
    const bad = await request.get('/api/nearby?lat=100&lng=0&limit=5000&x=1')
    expect(bad.status()).toBe(400)
    expect((await bad.json()).error).toMatch(/lat must be between -90 and 90/)
    const ok = await request.get(`/api/nearby?lat=${HERE.latitude}&lng=${HERE.longitude}&limit=5`)
    expect(ok.status()).toBe(200)
    const body = (await ok.json()) as { results: { distanceMetres: number }[] }
    const distances = body.results.map((r) => r.distanceMetres)
    expect(distances).toHaveLength(5)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
  })

  for (const locale of ['en', 'es']) {
    test(`the near-me page with its map has no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/services/near?district=ciutat-vella`)
      await expect(page.locator('.near-map__marker')).toHaveCount(10)
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
      expect(summary).toEqual([])
    })
  }
})
