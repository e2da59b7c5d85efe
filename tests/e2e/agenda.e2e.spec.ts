import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { XMLParser } from 'fast-xml-parser'
import ical, { type VEvent } from 'node-ical'
import fs from 'node:fs'

import { loginToken } from '../helpers/e2eAuth'

// The demo city's agenda, seeded relative to the moment the test database was prepared.
const CITY_TZ = 'Europe/Madrid'
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function cityDay(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: CITY_TZ }).format(new Date())
  const date = new Date(`${today}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + offsetDays)
  return date.toISOString().slice(0, 10)
}

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]

/** node-ical gives URL;VALUE=URI as { params, val }. */
const urlOf = (event: VEvent) => {
  const url = event.url as unknown
  return typeof url === 'string' ? url : ((url as { val?: string } | undefined)?.val ?? '')
}

const listedTitles = (page: Page) =>
  page.locator('#main .agenda__item h4 a, #main .agenda__item h3 a').allTextContents()

async function filterJourney(page: Page) {
  await page.goto('/en/agenda')
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible()
  // Quick link: today and the six days after it. Story time is seeded two days ahead, the
  // craft market 18 days ahead.
  await page.getByRole('link', { name: 'Next 7 days' }).click()
  // The period links lead to the results (#agenda-results), where focus lands.
  await expect(page).toHaveURL(/\/en\/agenda\?when=week(#agenda-results)?$/)
  const thisWeek = await listedTitles(page)
  expect(thisWeek).toContain('Story time for under-6s')
  expect(thisWeek).not.toContain('Craft market')

  // The form: a date range, a topic and free entry only.
  await page.getByLabel('Dates').check()
  await page.getByLabel('From', { exact: true }).fill(cityDay(0))
  await page.getByLabel('To', { exact: true }).fill(cityDay(10))
  await page.getByLabel('Topic').selectOption('culture-leisure')
  await page.getByLabel('Free entry only').check()
  await page.getByRole('button', { name: 'Show events' }).click()
  await expect(page).toHaveURL(/topic=culture-leisure/)
  await expect(page).toHaveURL(/free=1/)
  const titles = await listedTitles(page)
  expect(titles).toContain('Story time for under-6s') // free, culture, in two days
  expect(titles).not.toContain('Villamar Symphony: Dvořák’s New World') // priced
  expect(titles).not.toContain('Free health checks') // another topic
  await expect(page.getByLabel('Topic')).toHaveValue('culture-leisure')
}

test.describe('agenda filters', () => {
  test('work without JavaScript: links, form and paging', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await filterJourney(page)
    await page.goto('/en/agenda')
    await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible()
    await page.getByRole('link', { name: 'Next page' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible()
    await context.close()
  })

  test('work with JavaScript', async ({ page }) => {
    await filterJourney(page)
  })

  test('explain a date range that ends before it starts', async ({ page }) => {
    await page.goto(`/es/agenda?when=range&from=${cityDay(5)}&to=${cityDay(1)}`)
    await expect(page.getByText('La fecha «hasta» es anterior a «desde»')).toBeVisible()
  })
})

test.describe('event pages', () => {
  test('show a cancelled event clearly, and the earlier date of a rescheduled one', async ({
    page,
  }) => {
    await page.goto('/en/agenda/three-on-three-basketball')
    await expect(page.getByRole('region', { name: 'Cancelled' })).toContainText(
      'This event has been cancelled.',
    )
    await page.goto('/es/agenda/jazz-in-the-courtyard')
    await expect(page.getByRole('region', { name: 'Cambio de fecha' })).toContainText(
      'Estaba previsto para el',
    )
  })

  test('list a repeating event’s dates with a venue, map link and JSON-LD', async ({ page }) => {
    await page.goto('/en/agenda/saturday-farmers-market')
    await expect(page.getByText('This event repeats.')).toBeVisible()
    expect(await page.locator('.event-dates li').count()).toBeGreaterThan(5)
    await expect(page.getByRole('link', { name: 'View on OpenStreetMap' })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\//,
    )
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
    const jsonLd = blocks.map((text) => JSON.parse(text)).find((node) => node['@type'] === 'Event')
    expect(jsonLd['@type']).toBe('Event')
    expect(jsonLd.eventStatus).toBe('https://schema.org/EventScheduled')
    expect(jsonLd.location.address.streetAddress).toContain('Plaza del Ayuntamiento')
  })

  test('"Add to calendar" downloads an .ics with the event', async ({ page }) => {
    await page.goto('/en/agenda/saturday-farmers-market')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('saturday-farmers-market.ics')
    const text = fs.readFileSync((await download.path())!, 'utf8')
    const [event] = vevents(text)
    expect(event.summary).toBe('Saturday farmers’ market')
    expect(event.rrule?.toString()).toMatch(/FREQ=WEEKLY/)
    expect(Object.keys(event.exdate ?? {}).length).toBeGreaterThan(0)
    expect(event.uid).toMatch(/^event-\d+@127\.0\.0\.1$/)
  })
})

test.describe('agenda feeds', () => {
  test('the whole agenda is an iCalendar feed of published events, drafts never', async ({
    request,
  }) => {
    const token = await loginToken(request, 'editor')
    const slug = `unapproved-draft-${Date.now()}`
    const draft = await request.post('/api/events?draft=true', {
      headers: { Authorization: `JWT ${token}` },
      data: {
        title: 'Unapproved draft event',
        slug,
        summary: 'Not for the public.',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        _status: 'draft',
      },
    })
    expect(draft.ok(), await draft.text()).toBe(true)

    for (const locale of ['en', 'es']) {
      const response = await request.get(`/${locale}/agenda.ics`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
      const text = await response.text()
      expect(text).toContain('X-WR-CALNAME:')
      const events = vevents(text)
      expect(events.length).toBeGreaterThan(20)
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
      expect(text).not.toContain(slug)
      expect(text).not.toContain('Unapproved draft event')
      const cancelled = events.find((e) => urlOf(e).endsWith('/three-on-three-basketball'))
      expect(cancelled?.status).toBe('CANCELLED')
      const museum = events.find((e) => urlOf(e).endsWith('/museum-free-sunday'))
      expect(museum?.rrule?.toString()).toContain('BYSETPOS=1')
    }
    expect((await request.get(`/en/agenda/${slug}.ics`)).status()).toBe(404)
  })

  test('a topic feed carries only that topic', async ({ request }) => {
    const response = await request.get('/en/agenda/topics/sport.ics')
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    const urls = vevents(await response.text()).map((e) => urlOf(e))
    expect(urls.some((url) => url.endsWith('/climbing-taster'))).toBe(true)
    expect(urls.some((url) => url.endsWith('/symphony-season-concert'))).toBe(false)
    expect((await request.get('/en/agenda/topics/no-such-topic.ics')).status()).toBe(404)
  })

  test('RSS 2.0 lists upcoming dates with the required fields', async ({ request }) => {
    const response = await request.get('/es/agenda/rss.xml')
    expect(response.headers()['content-type']).toContain('application/rss+xml')
    const rss = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).rss
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.title).toBeTruthy()
    expect(rss.channel.link).toMatch(/\/es\/agenda$/)
    expect(rss.channel.item.length).toBeGreaterThan(10)
    for (const item of rss.channel.item) {
      expect(item.title).toBeTruthy()
      expect(item.link).toMatch(/\/es\/agenda\//)
      expect(item.description).toBeTruthy()
    }
  })
})

for (const locale of ['en', 'es']) {
  test.describe(`agenda accessibility (${locale})`, () => {
    for (const path of [
      `/${locale}/agenda`,
      `/${locale}/agenda?when=week&free=1`,
      `/${locale}/agenda/saturday-farmers-market`,
      `/${locale}/agenda/three-on-three-basketball`,
    ]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(200)
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
        expect(summary).toEqual([])
      })
    }
  })
}
