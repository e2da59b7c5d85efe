import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import ical, { type VEvent } from 'node-ical'

import { baseURL } from '../../playwright.config'

// The city app's tasks are one tap from home in every language and on a phone, and the
// agenda filtered by a topic (and the topic page) offer that topic's calendar feed.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const LOCALES = ['en', 'es'] as const
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }
/** The site's public address, as the feeds announce it (scripts/test.sh sets it). */
const ORIGIN = process.env.PLAZA_SERVER_URL || baseURL

const TASKS = [
  ['find nearby services', '/services/near'],
  ['transit', '/transit'],
  ['alerts', '/alerts'],
  ['procedures online', '/procedures'],
  ['my e-office notifications', '/my/notifications'],
  ['agenda', '/agenda'],
] as const

const MENU = { en: 'Menu', es: 'Menú' }

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

/** Visible header controls grouped into rows by their vertical centre. */
async function headerRows(page: Page): Promise<number[]> {
  const boxes = await page
    .locator('.site-header a:visible, .site-header summary:visible, .site-header input:visible')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect()
        return box.top + box.height / 2
      }),
    )
  const rows: number[] = []
  for (const centre of boxes.sort((a, b) => a - b)) {
    if (rows.length === 0 || centre - rows[rows.length - 1] > 12) rows.push(centre)
  }
  return rows
}

for (const locale of LOCALES) {
  for (const viewport of [PHONE, DESKTOP]) {
    test.describe(`home at ${viewport.width}px (${locale})`, () => {
      test.use({ viewport })

      test('links to each of the six tasks, visible without opening anything', async ({
        page,
        request,
      }) => {
        const response = await page.goto(`/${locale}`)
        expect(response?.status()).toBe(200)
        const tasks = page.locator('section.top-tasks')
        await expect(tasks.getByRole('heading', { level: 2 })).toBeVisible()
        for (const [task, path] of TASKS) {
          const href = `/${locale}${path}`
          const link = tasks.locator(`a[href="${href}"]`)
          await expect(link, task).toHaveCount(1)
          await expect(link, task).toBeVisible()
          await expect(link, task).toHaveAccessibleName(/\S/)
          // A target of at least 24 by 24 CSS pixels (WCAG 2.2, 2.5.8).
          const box = (await link.boundingBox())!
          expect(Math.min(box.width, box.height), task).toBeGreaterThanOrEqual(24)
          expect((await request.get(href)).status(), task).toBe(200)
        }
        await expectNoAxeViolations(page)
      })
    })
  }

  test.describe(`header at 390px (${locale})`, () => {
    test.use({ viewport: PHONE })

    test('stays within two rows, with the navigation behind a Menu disclosure', async ({
      page,
    }) => {
      await page.goto(`/${locale}`)
      const header = page.locator('header.site-header')
      const rows = await headerRows(page)
      expect(rows.length, `header control rows at ${rows.join(', ')}`).toBeLessThanOrEqual(2)
      // Two rows of 44px controls, their padding and the bottom border: about 140px.
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(160)

      const menu = header.locator('summary', { hasText: MENU[locale] })
      const nav = header.getByRole('navigation', { name: locale === 'en' ? 'Main' : 'Principal' })
      await expect(menu).toBeVisible()
      await expect(nav).toBeHidden()
      // Keyboard: reach the menu with Tab, see where focus is, open it with Enter.
      for (
        let i = 0;
        i < 10 && !(await menu.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab')
      }
      await expect(menu).toBeFocused()
      expect(await menu.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
      await page.keyboard.press('Enter')
      await expect(header.locator('details.site-menu')).toHaveJSProperty('open', true)
      await expect(nav).toBeVisible()
      await expect(nav.locator(`a[href="/${locale}/transit"]`)).toBeVisible()
      await expect(nav.locator(`a[href="/${locale}/my/notifications"]`)).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('opens its menu without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE })
      const page = await context.newPage()
      await page.goto(`/${locale}`)
      const nav = page.getByRole('navigation', { name: locale === 'en' ? 'Main' : 'Principal' })
      await expect(nav).toBeHidden()
      await page.locator('summary', { hasText: MENU[locale] }).click()
      await expect(nav.locator(`a[href="/${locale}/agenda"]`)).toBeVisible()
      await context.close()
    })
  })

  test(`header at 1280px (${locale}) shows the navigation with no menu button`, async ({
    page,
  }) => {
    await page.setViewportSize(DESKTOP)
    await page.goto(`/${locale}`)
    await expect(page.locator('summary', { hasText: MENU[locale] })).toBeHidden()
    const nav = page.getByRole('navigation', { name: locale === 'en' ? 'Main' : 'Principal' })
    for (const path of ['/transit', '/agenda', '/alerts', '/my/notifications']) {
      await expect(nav.locator(`a[href="/${locale}${path}"]`)).toBeVisible()
    }
    expect((await headerRows(page)).length).toBeLessThanOrEqual(2)
  })
}

const vevents = (text: string) =>
  Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as VEvent[]
const eventSlug = (event: VEvent) => {
  const url = event.url as unknown
  const text = typeof url === 'string' ? url : ((url as { val?: string })?.val ?? '')
  return text.split('/').pop()
}

test.describe('subscribing to one topic', () => {
  for (const locale of LOCALES) {
    for (const [where, path] of [
      ['the agenda filtered by the topic', `/${locale}/agenda?topic=sport`],
      ['the topic page', `/${locale}/topics/sport`],
    ] as const) {
      test(`${where} offers the topic's webcal and https feeds (${locale})`, async ({
        page,
        request,
      }) => {
        const feedUrl = `${ORIGIN}/${locale}/agenda/topics/sport.ics`
        expect((await page.goto(path))?.status()).toBe(200)
        const subscribe = page.getByRole('region', {
          name: locale === 'en' ? 'Subscribe' : 'Suscribirse',
        })
        const webcal = subscribe.locator(`a[href="${feedUrl.replace(/^https?:/, 'webcal:')}"]`)
        await expect(webcal).toBeVisible()
        await expect(webcal).toContainText(locale === 'en' ? 'Events about' : 'Eventos de')
        await expect(subscribe.locator('code', { hasText: feedUrl })).toBeVisible()
        if (path.includes('?topic=')) {
          // Beside the filtered results, a link down to the subscription.
          await expect(page.locator('#main a[href="#subscribe"]')).toBeVisible()
        }

        // The feed answers with this topic's events only.
        const feed = await request.get(feedUrl.replace(ORIGIN, ''))
        expect(feed.status()).toBe(200)
        const slugs = vevents(await feed.text()).map(eventSlug)
        const topic = (await (await request.get('/api/topics?where[slug][equals]=sport')).json())
          .docs[0]
        const sport = await (
          await request.get(`/api/events?where[topics][in]=${topic.id}&limit=100&depth=0`)
        ).json()
        const sportSlugs = new Set(sport.docs.map((event: { slug: string }) => event.slug))
        expect(slugs.length).toBeGreaterThan(0)
        for (const slug of slugs) expect(sportSlugs, slug).toContain(slug)
        expect(slugs).not.toContain('symphony-season-concert')
      })
    }
  }

  test('the unfiltered agenda offers the whole agenda only', async ({ page }) => {
    await page.goto('/en/agenda')
    const subscribe = page.getByRole('region', { name: 'Subscribe' })
    await expect(subscribe.locator('a[href^="webcal:"]')).toHaveCount(1)
    await expect(subscribe.locator('a[href$="/en/agenda.ics"]')).toBeVisible()
  })
})
