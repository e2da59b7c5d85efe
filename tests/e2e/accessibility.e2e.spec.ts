import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

// WCAG 2.2 AA, as axe-core tags it: zero violations on the main citizen pages, both languages.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

for (const locale of ['en', 'es']) {
  test.describe(`accessibility (${locale})`, () => {
    let servicePath = ''
    test.beforeAll(async ({ request }) => {
      const list = await (await request.get('/api/services?limit=1&sort=title&depth=0')).json()
      servicePath = `/${locale}/services/${list.docs[0].slug}`
    })

    const pages: [string, () => string][] = [
      ['home', () => `/${locale}`],
      ['services list', () => `/${locale}/services`],
      ['service page', () => servicePath],
      ['procedures list', () => `/${locale}/procedures`],
      ['procedure page', () => `/${locale}/procedures/register-certificate`],
    ]
    for (const [name, path] of pages) {
      test(`${name} has no axe violations`, async ({ page }) => {
        const response = await page.goto(path())
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
