import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { publicHolidaysBetween } from '@/lib/hours/publicHolidays'
import { formatServiceDate } from '@/lib/transit/paths'
import { addDays, gtfsToIsoDate, wallClock, weekdayIndex } from '@/lib/transit/time'

// The demo seed generates Villamar's own timetable for the day it runs, valid for a year
// (src/lib/seed/villamarTransit.ts), so the pages show today's departures.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

// Dates in the coming weeks, in the city: a working Tuesday, a Saturday, and the first
// public holiday that falls on a weekday.
const today = wallClock(Date.now(), 'Europe/Madrid').date
const holidays = new Set(
  publicHolidaysBetween(gtfsToIsoDate(today), gtfsToIsoDate(addDays(today, 364))).map((h) =>
    h.date.replaceAll('-', ''),
  ),
)
const nextDay = (matches: (date: string) => boolean) => {
  let date = addDays(today, 1)
  while (!matches(date)) date = addDays(date, 1)
  return date
}
const tuesday = nextDay((d) => weekdayIndex(d) === 1 && !holidays.has(d))
const saturday = nextDay((d) => weekdayIndex(d) === 5)
const holiday = nextDay((d) => weekdayIndex(d) < 5 && holidays.has(d))

const text = {
  en: {
    title: 'Public transport',
    metro: 'Metro',
    bus: 'Bus',
    towards: 'Towards Platja del Cabanyal',
    outside: 'outside the period the operator has published',
    show: 'Show',
    nextDay: 'next day',
    departuresOn: (date: string) => `Departures on ${formatServiceDate(date, 'en')}`,
  },
  es: {
    title: 'Transporte público',
    metro: 'Metro',
    bus: 'Autobús',
    towards: 'Dirección Platja del Cabanyal',
    outside: 'fuera del periodo publicado por el operador',
    show: 'Ver',
    nextDay: 'día siguiente',
    departuresOn: (date: string) => `Salidas del ${formatServiceDate(date, 'es')}`,
  },
}

for (const locale of ['en', 'es'] as const) {
  const t = text[locale]
  test.describe(`transit (${locale})`, () => {
    test('lines by mode lead to a line page with its itinerary per direction', async ({ page }) => {
      await page.goto(`/${locale}/transit`)
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: t.metro })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: t.bus })).toBeVisible()
      await expect(
        page.getByRole('link', { name: 'N1 Búho: Villamar Centro – El Grau' }),
      ).toBeVisible()
      await expectNoAxeViolations(page)
      await page.getByRole('link', { name: 'L1 Olivereta – Platja del Cabanyal' }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/transit/lines/L1$`))
      await expect(page.getByRole('heading', { level: 2, name: t.towards })).toBeVisible()
      const eastbound = page.locator('section.transit-direction').first()
      // The longest pattern in full; the line's other patterns are folded below it.
      const stops = eastbound.locator(':scope > ol.transit-stops > li')
      await expect(stops).toHaveCount(8)
      await expect(stops.first()).toContainText('Olivereta')
      await expect(stops.nth(2)).toContainText('Villamar Centro')
      await expect(stops.last()).toContainText('Platja del Cabanyal')
      await expect(eastbound.getByRole('img')).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('a station shows departures today, until after midnight, from all its platforms', async ({
      page,
    }) => {
      await page.goto(`/${locale}/transit/stops/centro`)
      await expect(page.getByRole('heading', { level: 1, name: 'Villamar Centro' })).toBeVisible()
      await expect(page.getByText(t.outside)).toHaveCount(0)
      const next = page.locator('#next-departures ~ table tbody tr')
      await expect(next).toHaveCount(8)
      const timetable = page.locator('#timetable table')
      await expect(timetable.locator('caption')).toHaveText(t.departuresOn(today))
      const routes = await timetable.locator('tbody tr td:nth-child(2)').allInnerTexts()
      expect(new Set(routes.map((name) => name.split(' ')[0]))).toEqual(new Set(['L1', '12', 'N1']))
      // The night bus's last trips leave in the small hours of the next day.
      await expect(timetable.locator('tbody tr').last()).toContainText(t.nextDay)
      await expectNoAxeViolations(page)
    })

    test('the date form shows weekday, weekend and holiday timetables', async ({ page }) => {
      await page.goto(`/${locale}/transit/stops/b-poli-campanar`)
      const rows = page.locator('#timetable table tbody tr')
      for (const [date, first] of [
        [tuesday, '06:00'],
        [saturday, '07:00'],
        [holiday, '07:00'],
      ]) {
        await page.locator('#timetable-date').fill(gtfsToIsoDate(date))
        await page.getByRole('button', { name: t.show }).click()
        await expect(page).toHaveURL(new RegExp(`date=${gtfsToIsoDate(date)}`))
        await expect(page.locator('#timetable table caption')).toHaveText(t.departuresOn(date))
        await expect(rows.first()).toContainText(first)
      }
      await expectNoAxeViolations(page)
    })
  })
}

test('the departures API answers in order, 400 on bad parameters, 404 on an unknown stop', async ({
  request,
}) => {
  const ok = await request.get(
    `/api/transit/stops/b-poli-campanar/departures?date=${gtfsToIsoDate(tuesday)}&after=07:00&limit=3`,
  )
  expect(ok.status()).toBe(200)
  const trip = (departure: string) => ({
    routeId: '3',
    routeName: '3 Campanar – Benimaclet',
    tripId: `3-LAB-0-${departure.replace(':', '')}`,
    headsign: 'Polideportivo de Benimaclet',
    departure: `${departure}:00`,
    serviceDate: gtfsToIsoDate(tuesday),
    stopId: 'b-poli-campanar',
    platformCode: '',
    // A date and time asked for is the timetable: no realtime applies.
    status: 'scheduled',
    predicted: null,
    delaySeconds: null,
    cancelled: false,
    skipped: false,
  })
  expect(await ok.json()).toEqual([trip('07:00'), trip('07:12'), trip('07:24')])
  const bad = await request.get('/api/transit/stops/centro/departures?after=25:00')
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error).toMatch(/^`after`/)
  expect((await request.get('/api/transit/stops/nope/departures')).status()).toBe(404)
  const lines = await (await request.get('/api/transit/lines')).json()
  expect(lines.map((l: { routeId: string }) => l.routeId)).toEqual(['L1', '3', '7', '12', 'N1'])
  const line = await (await request.get('/api/transit/lines/L1')).json()
  expect(line.itineraries).toHaveLength(2)
})
