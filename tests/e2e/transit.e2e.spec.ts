import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The demo seed puts the real Caltrain feed (April 2016) in service, so "today" is outside
// its validity: the stop page must say so and offer a date inside it.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

const text = {
  en: {
    title: 'Public transport',
    rail: 'Rail',
    towards: 'Towards SAN FRANCISCO STATION',
    outside: 'outside the period the operator has published',
    show: 'Show',
    saturday: 'Departures on Saturday, April 9, 2016',
    memorial: 'Departures on Monday, May 30, 2016',
  },
  es: {
    title: 'Transporte público',
    rail: 'Tren',
    towards: 'Dirección SAN FRANCISCO STATION',
    outside: 'fuera del periodo publicado por el operador',
    show: 'Ver',
    saturday: 'Salidas del sábado, 9 de abril de 2016',
    memorial: 'Salidas del lunes, 30 de mayo de 2016',
  },
}

for (const locale of ['en', 'es'] as const) {
  const t = text[locale]
  test.describe(`transit (${locale})`, () => {
    test('lines by mode lead to a line page with its itinerary per direction', async ({ page }) => {
      await page.goto(`/${locale}/transit`)
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: t.rail })).toBeVisible()
      await expectNoAxeViolations(page)
      await page.getByRole('link', { name: 'Baby Bullet' }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/transit/lines/Bu-16APR$`))
      await expect(page.getByRole('heading', { level: 2, name: t.towards })).toBeVisible()
      const southbound = page.locator('section.transit-direction').nth(1)
      // The longest pattern in full; the line's other patterns are folded below it.
      const stops = southbound.locator(':scope > ol.transit-stops > li')
      await expect(stops).toHaveCount(9)
      await expect(stops.first()).toContainText('San Francisco Caltrain')
      await expect(stops.last()).toContainText('San Jose Diridon Caltrain')
      await expect(southbound.getByRole('img')).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('a stop page offers a valid date, and the date form changes the timetable', async ({
      page,
    }) => {
      await page.goto(`/${locale}/transit/stops/70012`)
      await expect(
        page.getByRole('heading', { level: 1, name: 'San Francisco Caltrain' }),
      ).toBeVisible()
      await expect(page.getByText(t.outside).first()).toBeVisible()
      await expectNoAxeViolations(page)
      // The offered date is the last day of the feed: Sunday 31 March 2019.
      await page.locator('#next-departures ~ p a').first().click()
      await expect(page).toHaveURL(/date=2019-03-31/)
      const rows = page.locator('#timetable table tbody tr')
      await expect(rows).toHaveCount(16)
      // Choose Saturday 9 April 2016 with the GET form.
      await page.locator('#timetable-date').fill('2016-04-09')
      await page.getByRole('button', { name: t.show }).click()
      await expect(page).toHaveURL(/date=2016-04-09/)
      await expect(page.locator('#timetable table caption')).toHaveText(t.saturday)
      await expect(rows).toHaveCount(18)
      await expect(rows.first()).toContainText('08:15')
      await expect(rows.last()).toContainText('00:01')
      await expectNoAxeViolations(page)
      // Memorial Day runs the Sunday service (16 departures, first at 08:15).
      await page.locator('#timetable-date').fill('2016-05-30')
      await page.getByRole('button', { name: t.show }).click()
      await expect(page.locator('#timetable table caption')).toHaveText(t.memorial)
      await expect(rows).toHaveCount(16)
    })
  })
}

test('the departures API answers in order, 400 on bad parameters, 404 on an unknown stop', async ({
  request,
}) => {
  const ok = await request.get(
    '/api/transit/stops/70012/departures?date=2016-04-06&after=07:00&limit=3',
  )
  expect(ok.status()).toBe(200)
  expect(await ok.json()).toEqual([
    {
      routeId: 'Bu-16APR',
      routeName: 'Baby Bullet',
      tripId: '314',
      headsign: 'DIRIDON STATION',
      departure: '07:12:00',
      serviceDate: '2016-04-06',
      stopId: '70012',
      platformCode: 'SB',
    },
    {
      routeId: 'Li-16APR',
      routeName: 'Limited',
      tripId: '216',
      headsign: 'DIRIDON STATION',
      departure: '07:19:00',
      serviceDate: '2016-04-06',
      stopId: '70012',
      platformCode: 'SB',
    },
    {
      routeId: 'Li-16APR',
      routeName: 'Limited',
      tripId: '218',
      headsign: 'TAMIEN STATION',
      departure: '07:24:00',
      serviceDate: '2016-04-06',
      stopId: '70012',
      platformCode: 'SB',
    },
  ])
  const bad = await request.get('/api/transit/stops/70012/departures?after=25:00')
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error).toMatch(/^`after`/)
  expect((await request.get('/api/transit/stops/nope/departures')).status()).toBe(404)
  const lines = await (await request.get('/api/transit/lines')).json()
  expect(lines.map((l: { routeId: string }) => l.routeId)).toEqual([
    'Bu-16APR',
    'Li-16APR',
    'Lo-16APR',
    'TaSj-16APR',
  ])
  const line = await (await request.get('/api/transit/lines/Bu-16APR')).json()
  expect(line.itineraries).toHaveLength(2)
})
